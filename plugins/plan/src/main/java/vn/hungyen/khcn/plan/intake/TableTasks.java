package vn.hungyen.khcn.plan.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.spi.DocumentFindings.Skipped;
import vn.hungyen.khcn.content.spi.DocumentStructure.Table;
import vn.hungyen.khcn.content.spi.Message;

/**
 * Reads the tasks of tables with a header row, column by column as the header names them (any order, merged cells
 * through {@link Table#grid()}, a second header row of column numbers, the header repeated on each page, a row a
 * page break cut in two). A table that is not a task list — targets, budget, a list of procedures, no lead column —
 * is skipped with the reason.
 */
final class TableTasks {

    /** A table's columns: the field of each, as its header names it. */
    record Columns(List<@Nullable TaskField> fields, List<String> header, int headerRows) {
        int first(TaskField f) {
            return fields.indexOf(f);
        }

        boolean has(TaskField f) {
            return fields.contains(f);
        }
    }

    /** What was read of one table: tasks (in an outline), or why it was skipped. */
    record Result(@Nullable Outline outline, @Nullable Skipped skipped, @Nullable Columns columns) {
    }

    private TableTasks() {
    }

    /**
     * Reads one table.
     *
     * @param continued the columns of the task table just before, when this one may be its continuation (the
     *                  next page's part of the same table, with or without the header again); else {@code null}
     * @param outline   the outline to continue, with {@code continued}
     */
    static Result read(Table table, int index, @Nullable Columns continued, @Nullable Outline outline) {
        List<List<String>> grid = table.grid();
        String what = "table " + index + " (" + grid.size() + ")";
        Columns columns = columns(grid);
        if (columns == null) {
            if (continued != null && !grid.isEmpty() && grid.getFirst().size() == continued.fields().size()) {
                columns = new Columns(continued.fields(), continued.header(), 0);
            } else {
                return new Result(null, grid.size() < 2 ? null
                        : new Skipped(what, Message.of("plan.intake.skipped.no-header", index)), null);
            }
        }
        String kind = notATaskList(columns);
        if (kind != null) {
            return new Result(null, new Skipped(what, Message.of(kind, index)), null);
        }
        Outline into = continued != null && outline != null && columns.fields().equals(continued.fields())
                ? outline : new Outline();
        readRows(grid, table, columns, into);
        return new Result(into, null, columns);
    }

    /** The header: the row among the first four naming most fields (two at least), and any header rows under it. */
    static @Nullable Columns columns(List<List<String>> grid) {
        int best = -1;
        int bestCount = 1;
        for (int r = 0; r < Math.min(4, grid.size()); r++) {
            int count = (int) grid.get(r).stream().map(TaskField::ofHeader).filter(f -> f != null).distinct().count();
            if (count > bestCount) {
                best = r;
                bestCount = count;
            }
        }
        if (best < 0) {
            return null;
        }
        List<String> header = grid.get(best);
        List<@Nullable TaskField> fields = new ArrayList<>();
        header.forEach(cell -> fields.add(TaskField.ofHeader(cell)));
        int rows = best + 1;
        // Header rows under the header: sub-headings of merged header cells, or the column numbers "(1) (2) …".
        while (rows < grid.size() && isHeaderLike(grid.get(rows), header)) {
            List<String> sub = grid.get(rows);
            for (int c = 0; c < fields.size() && c < sub.size(); c++) {
                if (fields.get(c) == null) {
                    fields.set(c, TaskField.ofHeader(sub.get(c)));
                }
            }
            rows++;
        }
        return new Columns(fields, header, rows);
    }

    private static boolean isHeaderLike(List<String> row, List<String> header) {
        if (row.equals(header) || row.stream().allMatch(TaskField::isColumnNumber)) {
            return true;
        }
        int mapped = 0;
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c);
            if (!cell.isBlank() && !(c < header.size() && cell.equals(header.get(c)))
                    && TaskField.ofHeader(cell) == null) {
                return false;
            }
            mapped += TaskField.ofHeader(cell) != null ? 1 : 0;
        }
        return mapped > 0 && TaskField.ofHeader(row.getFirst()) == null && Numbering.ofCell(row.getFirst()) == null;
    }

    /** The bundle key saying why the table is not a task list, or {@code null} when it is one. */
    private static @Nullable String notATaskList(Columns columns) {
        String header = TaskField.normal(String.join(" ", columns.header()));
        if (header.contains("thủ tục")) {
            return "plan.intake.skipped.procedures";
        }
        if (header.contains("mẫu") && !columns.has(TaskField.LEAD)) {
            return "plan.intake.skipped.form";
        }
        if (!columns.has(TaskField.LEAD)) {
            if (columns.has(TaskField.BUDGET)) {
                return "plan.intake.skipped.budget";
            }
            if (columns.has(TaskField.KPI)) {
                return "plan.intake.skipped.targets";
            }
            return "plan.intake.skipped.no-lead";
        }
        if (titleColumn(columns) < 0) {
            return "plan.intake.skipped.no-task";
        }
        return null;
    }

    private static int titleColumn(Columns columns) {
        int title = columns.first(TaskField.TITLE);
        if (title >= 0) {
            return title;
        }
        for (int c = 0; c < columns.fields().size(); c++) {
            if (columns.fields().get(c) == null) {
                return c; // the first column the header does not name: "Danh mục", "Tên văn bản" …
            }
        }
        return -1;
    }

    private static void readRows(List<List<String>> grid, Table table, Columns columns, Outline outline) {
        int number = columns.first(TaskField.NUMBER);
        int title = titleColumn(columns);
        Draft last = outline.current();
        int spans = 0;
        for (int r = columns.headerRows(); r < grid.size(); r++) {
            List<String> row = grid.get(r);
            int line = r < table.rows().size() ? table.rows().get(r).line() : table.line();
            if (row.equals(columns.header()) || row.stream().allMatch(TaskField::isColumnNumber)) {
                continue; // the header again on the next page, or the column numbers under it
            }
            String numberCell = number >= 0 ? row.get(number) : "";
            String titleCell = row.get(title);
            Numbering n = number >= 0 ? Numbering.ofCell(numberCell) : null;
            if (n == null && number < 0) {
                Numbering own = Numbering.of(titleCell);
                if (own != null && own.kind() != Numbering.Kind.DASH && own.kind() != Numbering.Kind.PLUS) {
                    n = own;
                    titleCell = own.rest();
                }
            }
            if (n == null && isSpanning(row)) {
                Numbering own = Numbering.of(firstText(row));
                Draft group = new Draft(own != null ? own
                        : new Numbering(Numbering.Kind.ROMAN, 1, roman(++spans), firstText(row)), line);
                group.appendTitle(own != null ? own.rest() : firstText(row));
                group.heading = true;
                last = outline.add(group);
                continue;
            }
            if (n == null || last != null && sameNumber(last, n, numberCell)) {
                if (last != null) {
                    fill(last, row, columns, title, true); // a row a page break cut, or a merged number cell
                }
                continue;
            }
            Draft d = new Draft(n, line);
            d.appendTitle(titleCell);
            d.heading = n.kind() == Numbering.Kind.ROMAN;
            d.task = !d.heading;
            fill(d, row, columns, title, false);
            last = outline.add(d);
        }
    }

    private static boolean sameNumber(Draft last, Numbering n, String cell) {
        return !cell.isBlank() && last.numbering.label().equals(n.label()) && last.numbering.kind() == n.kind();
    }

    private static void fill(Draft d, List<String> row, Columns columns, int title, boolean continuation) {
        Map<TaskField, Boolean> seen = new EnumMap<>(TaskField.class);
        for (int c = 0; c < row.size() && c < columns.fields().size(); c++) {
            TaskField f = columns.fields().get(c);
            String cell = row.get(c);
            if (cell.isBlank()) {
                continue;
            }
            if (c == title) {
                if (continuation && !d.titleText().endsWith(cell.strip())) {
                    d.appendTitle(cell);
                }
                continue;
            }
            if (f == null || f == TaskField.NUMBER || f == TaskField.BUDGET || f == TaskField.NOTE) {
                continue;
            }
            switch (f) {
                case LEAD -> Draft.addOnce(d.lead, cell);
                case COORDINATING -> Draft.addOnce(d.coordinating, cell);
                case DEADLINE -> Draft.addOnce(d.deadline, cell);
                case OUTPUT -> Draft.addOnce(d.outputs, cell);
                case KPI -> Draft.addOnce(d.kpis, cell);
                case TITLE -> {
                    if (seen.put(f, true) == null && !d.titleText().contains(cell.strip())) {
                        d.appendTitle(cell); // a second text column ("Nội dung" beside "Nhiệm vụ")
                    }
                }
                default -> {
                }
            }
        }
    }

    /** A row whose non-empty cells all hold the same text: one cell merged across the table, a group heading. */
    private static boolean isSpanning(List<String> row) {
        List<String> texts = row.stream().filter(c -> !c.isBlank()).distinct().toList();
        return texts.size() == 1 && row.stream().filter(c -> !c.isBlank()).count() > 1;
    }

    private static String firstText(List<String> row) {
        return row.stream().filter(c -> !c.isBlank()).findFirst().orElse("");
    }

    private static String roman(int n) {
        String[] r = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return n <= r.length ? r[n - 1] : "X" + n;
    }
}
