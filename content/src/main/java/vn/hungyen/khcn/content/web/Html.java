package vn.hungyen.khcn.content.web;

/** Escaping for the exported pages and every feed: text goes into HTML and XML only through here. */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * JSON inside a {@code <script>} element. Not only "</" matters: "<!--" followed by "<script" puts the HTML parser
     * in a state where "</script>" no longer ends the element, and the rest of the page vanishes into the script. So
     * {@code <}, {@code >} and {@code &} are written as JSON escapes ({@code \u005Cu003c} …), which no HTML parser
     * reads as markup and every JSON parser reads back as the same characters; and U+2028/U+2029, which end a line
     * in older JavaScript. In JSON these characters occur only inside strings, where the escape means the same.
     */
    public static String scriptJson(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
