package vn.hungyen.khcn.plan.intake;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a column of a task table, or a labelled line of a numbered paragraph ("Cơ quan chủ trì: Sở Nội vụ"), holds.
 * Header cells and labels are read by their words, never by position: "Cơ quan (đơn vị) chủ trì", "Chủ trì" and
 * "Đơn vị thực hiện chính" are all the lead.
 */
enum TaskField {
    NUMBER("^(s[ốo]\\s*)?(tt|stt|thứ tự|số thứ tự)$"),
    LEAD("chủ\\s*trì|thực\\s*hiện\\s*chính|cơ\\s*quan\\s*thực\\s*hiện|đơn\\s*vị\\s*thực\\s*hiện|đơn\\s*vị\\s*đầu\\s*mối|cơ\\s*quan\\s*đầu\\s*mối|trách\\s*nhiệm\\s*thực\\s*hiện|đơn\\s*vị\\s*chịu\\s*trách\\s*nhiệm"),
    COORDINATING("phối\\s*hợp"),
    DEADLINE("thời\\s*gian|thời\\s*hạn|tiến\\s*độ|thời\\s*điểm|hoàn\\s*thành|năm\\s*thực\\s*hiện"),
    OUTPUT("sản\\s*phẩm|kết\\s*quả|hình\\s*thức|đầu\\s*ra"),
    KPI("chỉ\\s*tiêu|mục\\s*tiêu"),
    BUDGET("kinh\\s*phí|dự\\s*toán|nguồn\\s*vốn|tổng\\s*mức|nguồn\\s*lực|triệu\\s*đồng|tỷ\\s*đồng"),
    NOTE("ghi\\s*chú"),
    TITLE("nhiệm\\s*vụ|nội\\s*dung|giải\\s*pháp|công\\s*việc|hoạt\\s*động|đề\\s*án|dự\\s*án|tên|danh\\s*sách|chương\\s*trình|văn\\s*bản");

    private final Pattern words;

    TaskField(String regex) {
        this.words = Pattern.compile(regex);
    }

    /** The field a header cell names; {@code null} when it names none of them. */
    static @Nullable TaskField ofHeader(String cell) {
        String s = normal(cell);
        if (s.isEmpty() || s.length() > 80) {
            return null;
        }
        if (NUMBER.words.matcher(s).find()) {
            return NUMBER;
        }
        // Order matters: "Cơ quan chủ trì" before "thực hiện"; "Thời gian hoàn thành" before "kết quả"; "Cơ quan
        // phối hợp thực hiện" is coordinating; "Nội dung nhiệm vụ" is the title even though it says "nhiệm vụ".
        if (COORDINATING.words.matcher(s).find() && !s.contains("chủ trì")) {
            return COORDINATING;
        }
        for (TaskField f : new TaskField[] {LEAD, DEADLINE, BUDGET, KPI, OUTPUT, NOTE, TITLE}) {
            if (f.words.matcher(s).find()) {
                return f;
            }
        }
        return null;
    }

    /** A header cell of column numbers, "(1)", "1", "A", "(2)=(3)+(4)": a second header row. */
    static boolean isColumnNumber(String cell) {
        String s = cell.strip();
        return s.isEmpty() || s.matches("\\(?[0-9A-Z]{1,2}\\)?([=+\\-x*/]\\(?[0-9A-Z]{1,2}\\)?)*");
    }

    static String normal(String cell) {
        return cell.toLowerCase(Locale.ROOT).replace('\n', ' ').replaceAll("[()/:*.,\\-–]", " ")
                .replaceAll("\\s+", " ").strip();
    }
}
