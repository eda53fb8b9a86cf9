package vn.hungyen.khcn.portal.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must not show in the Vietnamese UI: English words of the framework or of the code, internal codes and file
 * names. Shared by the in-process page walk and the real-browser one, so both fail on the same words.
 */
public final class NotVietnamese {

    /**
     * English words a page of this portal could only show by mistake (a framework's default, a code's name); the
     * Vietnamese text of the plan, the laws and the results has none of them as a whole word.
     */
    private static final Pattern ENGLISH = Pattern.compile("\\b(?:Upload|Drop|File|Files|Error|Could not|navigate"
            + "|Whitelabel|Not Found|Forbidden|Search|Login|Logout|Sign in|Page|Home|Back|Rule|Save|Cancel|Delete"
            + "|Published|Draft|Archived|the|and|of|with|for|direct|section|produced|managed|published"
            + "|ADMIN|EDITOR|DRAFT|PUBLISHED|ARCHIVED|trademark|null|true|false)\\b");
    /** File names of the code's data files, a missing bundle key ({@code !core.x!}), a raw section path. */
    private static final Pattern INTERNAL = Pattern.compile("\\b[\\w-]+\\.(?:tsv|csv|java|properties|class)\\b"
            + "|![a-z]+\\.[\\w.-]+!|\\b[IVX]+_\\d+(?:\\.\\d+)*\\.?|\\(plan\\)|\\btitle:|\\bstate:|\\btext:");

    private NotVietnamese() {
    }

    /** Every English or internal word in the text, each with a little of its context. */
    public static List<String> findIn(String text) {
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(ENGLISH, INTERNAL)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int from = Math.max(0, m.start() - 30);
                int to = Math.min(text.length(), m.end() + 30);
                found.add("'" + m.group() + "' in …" + text.substring(from, to).replace('\n', ' ') + "…");
            }
        }
        return found;
    }
}
