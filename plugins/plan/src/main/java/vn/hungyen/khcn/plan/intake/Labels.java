package vn.hungyen.khcn.plan.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled parts of a task written as a paragraph: "Cơ quan chủ trì: Sở Nội vụ; Cơ quan phối hợp: …; Thời gian
 * thực hiện: Hoàn thành trước ngày 31 tháng 10 năm 2025", on one line or on lines of their own ("a) Chủ trì: …",
 * "- Thời hạn: …"). A label counts only with its colon, so "chủ trì, phối hợp với" in a sentence is no label.
 */
final class Labels {

    /** One labelled value. @param start where its label starts in the text */
    record Part(TaskField field, String value, int start) {
    }

    private static final String MARK = "(?:(?<=^)|(?<=[\\s;.,:]))(?:[a-zđ]\\)\\s*|[-–+•]\\s*)?";
    private static final Pattern LABEL = Pattern.compile(MARK + "((?:cơ\\s*quan|đơn\\s*vị)?\\s*(?:\\((?:cơ\\s*quan|đơn\\s*vị)\\)\\s*)?"
            + "(?:/\\s*(?:cơ\\s*quan|đơn\\s*vị)\\s*)?"
            + "(?:chủ\\s*trì(?:\\s*thực\\s*hiện)?|phối\\s*hợp(?:\\s*thực\\s*hiện)?|thực\\s*hiện(?:\\s*chính)?)"
            + "|thời\\s*gian(?:\\s*(?:thực\\s*hiện|hoàn\\s*thành|trình))?|thời\\s*hạn(?:\\s*(?:thực\\s*hiện|hoàn\\s*thành|trình))?"
            + "|tiến\\s*độ(?:\\s*(?:thực\\s*hiện|hoàn\\s*thành))?"
            + "|sản\\s*phẩm(?:\\s*(?:đầu\\s*ra|chính))?|kết\\s*quả(?:\\s*(?:đầu\\s*ra|dự\\s*kiến))?|hình\\s*thức\\s*văn\\s*bản|hình\\s*thức"
            + "|chỉ\\s*tiêu|kinh\\s*phí(?:\\s*thực\\s*hiện)?)\\s*:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Labels() {
    }

    /** The labelled parts of {@code text}, in order; each value runs to the next label. */
    static List<Part> in(String text) {
        List<int[]> spans = new ArrayList<>();
        List<TaskField> fields = new ArrayList<>();
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            TaskField field = fieldOf(m.group(1));
            if (field != null) {
                spans.add(new int[] {m.start(), m.end()});
                fields.add(field);
            }
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
            String value = text.substring(spans.get(i)[1], end).strip().replaceAll("[;,.]+$", "").strip();
            parts.add(new Part(fields.get(i), value, spans.get(i)[0]));
        }
        return parts;
    }

    /** Whether a line starts with a label ("a) Cơ quan chủ trì: …", "- Thời hạn: …"). */
    static boolean startsWithLabel(String line) {
        List<Part> parts = in(line.strip());
        return !parts.isEmpty() && parts.getFirst().start() == 0;
    }

    private static @org.jspecify.annotations.Nullable TaskField fieldOf(String label) {
        String s = TaskField.normal(label);
        if (s.contains("phối hợp")) {
            return TaskField.COORDINATING;
        }
        if (s.startsWith("thời") || s.startsWith("tiến")) {
            return TaskField.DEADLINE;
        }
        if (s.contains("chủ trì") || s.startsWith("cơ quan") || s.startsWith("đơn vị")) {
            return TaskField.LEAD;
        }
        if (s.contains("thực hiện")) {
            return null; // "Tổ chức thực hiện:" is a heading, not the unit that does the task
        }
        if (s.startsWith("chỉ tiêu")) {
            return TaskField.KPI;
        }
        if (s.startsWith("kinh phí")) {
            return TaskField.BUDGET;
        }
        return TaskField.OUTPUT;
    }
}
