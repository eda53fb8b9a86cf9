package vn.hungyen.khcn.plan.importer;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Nhiệm vụ/giải pháp: one numbered row of the appendix ("1.1", "1.2.1" …) with its activities. Parent
 * tasks (1.2, 1.3) carry only a title.
 *
 * @param code       số thứ tự as printed
 * @param parentCode "1.2" for "1.2.1"; {@code null} for two-part codes
 * @param title      column (2), with page-break fragments joined back
 * @param target     column (3) of the task's own row — chỉ tiêu/sản phẩm; an activity with an empty target
 *                   falls under this one (the cell was merged over several rows in the source)
 * @param sourceLine 1-based line of the task row in the text export
 */
public record ParsedTask(String code, String parentCode, String title, StructuredText target,
        List<ParsedActivity> activities, int sourceLine) {

    /** The bundled plan's "1.1", "1.2.1"; a plan read from another document's "II.3", "2.a", "4.c.1". */
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,8}([.\\-][0-9A-Za-z]{1,8}){0,6}");

    public ParsedTask {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("bad task code: " + code);
        }
        if (parentCode != null && (parentCode.equals(code) || !CODE.matcher(parentCode).matches())) {
            throw new IllegalArgumentException(parentCode + " is not the parent of " + code);
        }
        title = Texts.clean(title);
        Objects.requireNonNull(target, "target");
        activities = List.copyOf(activities);
        if (sourceLine < 1) {
            throw new IllegalArgumentException("sourceLine is 1-based");
        }
    }

    /** The group number, i.e. the first part of the code. */
    public int groupNumber() {
        String first = code.split("[.\\-]")[0];
        return first.chars().allMatch(Character::isDigit) ? Integer.parseInt(first) : 0;
    }
}
