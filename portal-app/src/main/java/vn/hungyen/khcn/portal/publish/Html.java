package vn.hungyen.khcn.portal.publish;

/** Escaping for the exported pages and feeds: text goes into HTML and XML only through here. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
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

    /** JSON inside a {@code <script>} element: "</" would end the element, so it is written "<\/". */
    static String scriptJson(String json) {
        return json.replace("</", "<\\/");
    }
}
