package vn.hungyen.khcn.legal.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hungyen.khcn.content.domain.TextSection;

/**
 * Các điều: the articles of a legal text, each headed by a line "Điều 12. …". One place for how an article is
 * recognized and named, for the document's page (each heading an anchor, {@code #dieu-12}) and for the search, which
 * links a hit to the article its snippet comes from.
 */
public final class Articles {

    /** An article's heading line, the article's number in group 1. */
    public static final Pattern HEADING = Pattern.compile("(?U)^Điều (\\d+)\\b.*");

    private Articles() {
    }

    /** The anchor of article {@code number} on the document's page: {@code dieu-12}. */
    public static String anchor(String number) {
        return "dieu-" + number;
    }

    /**
     * The articles of {@code text}, in text order, each from the start of its heading line: the first heading of each
     * number only (an amending law quotes the articles it rewrites; the page anchors the first).
     */
    public static List<TextSection> in(String text) {
        List<TextSection> articles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            String heading = line.strip();
            Matcher m = HEADING.matcher(heading);
            if (m.matches() && seen.add(m.group(1))) {
                articles.add(new TextSection(anchor(m.group(1)), start + line.indexOf(heading),
                        "Điều " + m.group(1)));
            }
            start = end + 1;
        }
        return articles;
    }
}
