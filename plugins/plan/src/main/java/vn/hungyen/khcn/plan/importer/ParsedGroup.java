package vn.hungyen.khcn.plan.importer;

import java.util.List;

/**
 * Nhóm giải pháp: one Roman-numbered group row of the appendix table and the tasks under it.
 *
 * @param numeral "I" … "VIII"
 * @param number  the numeral's value, 1 … 8; equals the solution group of the narrative item II_2.number
 */
public record ParsedGroup(String numeral, int number, String title, List<ParsedTask> tasks) {
    public ParsedGroup {
        numeral = Texts.clean(numeral);
        title = Texts.clean(title);
        tasks = List.copyOf(tasks);
        if (number < 1) {
            throw new IllegalArgumentException("group number starts at 1");
        }
        if (numeral.isEmpty()) {
            throw new IllegalArgumentException("a group needs its numeral");
        }
    }
}
