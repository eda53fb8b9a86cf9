package vn.hungyen.khcn.plan.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.hungyen.khcn.content.spi.Message;

/**
 * Reads the appendix table (9 TAB-separated columns) into groups and tasks. It drops the page headers
 * the export repeats, joins rows a page break cut in two back together cell by cell, and hands each
 * resulting row to {@link ActivitySplitter}.
 */
final class AppendixParser {

    static final int COLUMNS = 9;
    private static final int STT = 0, TITLE = 1, TARGET = 2, REQUIREMENT = 3, TIMEFRAME = 4, LEAD = 5,
            IMPLEMENTING = 6, COORDINATING = 7, NOTE = 8;

    private static final Pattern ROMAN = Pattern.compile("[IVXL]{1,6}");
    private static final Pattern TASK_CODE = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2}){1,2})\\.?");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(\\d{1,2}\\)");
    static final Pattern ACTIVITY_MARKER = Pattern.compile("^\\(\\d{1,2}\\)");
    // A timeframe that stops on one of these is cut mid-phrase: "Theo Kế hoạch của Bộ …, " + "Sở Nội vụ …".
    private static final Pattern OPEN_END = Pattern.compile("(,|;|-|–|\\bvà|\\bcủa|\\bvới)$");

    /** A row of the table after page-break fragments were joined to it. */
    static final class RowDraft {
        final int line;
        StructuredText target;
        StructuredText requirement;
        StructuredText timeframe;
        StructuredText lead;
        StructuredText implementing;
        StructuredText coordinating;
        StructuredText note;

        RowDraft(int line, StructuredText[] cells) {
            this.line = line;
            target = cells[TARGET];
            requirement = cells[REQUIREMENT];
            timeframe = cells[TIMEFRAME];
            lead = cells[LEAD];
            implementing = cells[IMPLEMENTING];
            coordinating = cells[COORDINATING];
            note = cells[NOTE];
        }

        void continueWith(StructuredText[] cells) {
            target = target.continueWith(cells[TARGET]);
            requirement = requirement.continueWith(cells[REQUIREMENT]);
            timeframe = timeframe.continueWith(cells[TIMEFRAME]);
            lead = lead.continueWith(cells[LEAD], true);
            implementing = implementing.continueWith(cells[IMPLEMENTING], true);
            coordinating = coordinating.continueWith(cells[COORDINATING], true);
            note = note.continueWith(cells[NOTE]);
        }

        boolean hasNoUnits() {
            return lead.isEmpty() && implementing.isEmpty() && coordinating.isEmpty();
        }
    }

    private static final class TaskDraft {
        final String code;
        final String parentCode;
        final int line;
        StructuredText title;
        final List<RowDraft> rows = new ArrayList<>();

        TaskDraft(String code, String parentCode, int line, StructuredText title) {
            this.code = code;
            this.parentCode = parentCode;
            this.line = line;
            this.title = title;
        }
    }

    private static final class GroupDraft {
        final String numeral;
        final int number;
        final String title;
        final List<TaskDraft> tasks = new ArrayList<>();

        GroupDraft(String numeral, int number, String title) {
            this.numeral = numeral;
            this.number = number;
            this.title = title;
        }
    }

    private final OrganisationRegistry registry;
    private final List<ImportProblem> problems;
    private final List<GroupDraft> groups = new ArrayList<>();
    private boolean tableStarted;
    private int linesBeforeTable;

    AppendixParser(OrganisationRegistry registry, List<ImportProblem> problems) {
        this.registry = registry;
        this.problems = problems;
    }

    /** @param lines appendix lines; {@code lines.get(i)} is line {@code firstLine + i} of the export */
    List<ParsedGroup> parse(List<String> lines, int firstLine) {
        for (int i = 0; i < lines.size(); i++) {
            row(firstLine + i, lines.get(i));
        }
        if (!tableStarted && linesBeforeTable > 0) {
            // No TAB-separated row at all (a PDF's text, say): say so rather than return no tasks silently.
            problems.add(new ImportProblem(firstLine, lines.getFirst(),
                    Message.of("plan.import.problem.no-table", linesBeforeTable)));
        }
        ActivitySplitter splitter = new ActivitySplitter(registry, problems);
        List<ParsedGroup> result = new ArrayList<>();
        for (GroupDraft g : groups) {
            List<ParsedTask> tasks = new ArrayList<>();
            for (TaskDraft t : g.tasks) {
                List<ParsedActivity> activities = new ArrayList<>();
                for (RowDraft r : t.rows) {
                    activities.addAll(splitter.split(r, activities.size() + 1));
                }
                StructuredText target = t.rows.isEmpty() ? StructuredText.EMPTY : t.rows.getFirst().target;
                tasks.add(new ParsedTask(t.code, t.parentCode, oneLine(t.title), target, activities, t.line));
            }
            result.add(new ParsedGroup(g.numeral, g.number, g.title, tasks));
        }
        return result;
    }

    private void row(int line, String raw) {
        if (raw.isBlank()) {
            return;
        }
        if (raw.indexOf('\t') < 0) {
            if (tableStarted) {
                problems.add(new ImportProblem(line, raw, Message.of("plan.import.problem.between-rows")));
            }
            linesBeforeTable++;
            return; // before the table: the appendix's own title lines
        }
        String[] cells = raw.split("\t", -1);
        if (cells.length > COLUMNS) {
            boolean extraBlank = Arrays.stream(cells, COLUMNS, cells.length).allMatch(String::isBlank);
            if (!extraBlank) {
                problems.add(new ImportProblem(line, raw, Message.of("plan.import.problem.cells", cells.length, COLUMNS)));
                return;
            }
        }
        String[] padded = Arrays.copyOf(cells, COLUMNS);
        for (int c = 0; c < COLUMNS; c++) {
            padded[c] = padded[c] == null ? "" : padded[c];
        }
        String stt = Texts.clean(padded[STT]);
        if (stt.equalsIgnoreCase("STT")) {
            tableStarted = true;
            return; // page header, repeated on every page
        }
        if (Arrays.stream(padded).allMatch(c -> COLUMN_NUMBER.matcher(Texts.clean(c)).matches())) {
            return; // the "(1) (2) … (9)" row under every page header
        }
        if (Arrays.stream(padded).allMatch(String::isBlank)) {
            return;
        }
        tableStarted = true;
        StructuredText[] parsed = new StructuredText[COLUMNS];
        for (int c = 0; c < COLUMNS; c++) {
            parsed[c] = StructuredText.fromHtml(padded[c]);
        }
        if (ROMAN.matcher(stt).matches()) {
            group(line, stt, parsed, raw);
        } else if (TASK_CODE.matcher(stt).matches()) {
            task(line, TASK_CODE.matcher(stt).replaceFirst("$1"), parsed, raw);
        } else if (stt.isEmpty()) {
            fragment(line, parsed, raw);
        } else {
            problems.add(new ImportProblem(line, raw, Message.of("plan.import.problem.stt", stt)));
        }
    }

    private void group(int line, String numeral, StructuredText[] cells, String raw) {
        int number = romanValue(numeral);
        int expected = groups.size() + 1;
        if (number != expected) {
            problems.add(new ImportProblem(line, raw, Message.of("plan.import.problem.group-order", numeral, expected)));
        }
        for (int c = TARGET; c < COLUMNS; c++) {
            if (!cells[c].isEmpty()) {
                problems.add(new ImportProblem(line, cells[c].plain(), Message.of("plan.import.problem.group-cell", c + 1)));
            }
        }
        groups.add(new GroupDraft(numeral, number, oneLine(cells[TITLE])));
    }

    private void task(int line, String code, StructuredText[] cells, String raw) {
        if (groups.isEmpty()) {
            problems.add(new ImportProblem(line, raw, Message.of("plan.import.problem.task-before-group", code)));
            return;
        }
        GroupDraft group = groups.getLast();
        String[] parts = code.split("\\.");
        if (Integer.parseInt(parts[0]) != group.number) {
            problems.add(new ImportProblem(line, raw, Message.of("plan.import.problem.task-group", code, group.numeral)));
        }
        if (group.tasks.stream().anyMatch(t -> t.code.equals(code))) {
            problems.add(new ImportProblem(line, raw, Message.of("plan.import.problem.repeated", code)));
        }
        String parent = null;
        if (parts.length == 3) {
            parent = parts[0] + "." + parts[1];
            String p = parent;
            if (group.tasks.stream().noneMatch(t -> t.code.equals(p))) {
                problems.add(new ImportProblem(line, raw, Message.of("plan.import.problem.no-parent", code, parent)));
            }
        }
        TaskDraft task = new TaskDraft(code, parent, line, cells[TITLE]);
        if (hasActivityContent(cells)) {
            task.rows.add(new RowDraft(line, cells));
        }
        group.tasks.add(task);
    }

    /** A row with an empty STT: the rest of a row cut by a page break, or another activity of the task. */
    private void fragment(int line, StructuredText[] cells, String raw) {
        TaskDraft task = groups.isEmpty() || groups.getLast().tasks.isEmpty() ? null : groups.getLast().tasks.getLast();
        if (task == null) {
            problems.add(new ImportProblem(line, raw, Message.of("plan.import.problem.no-stt")));
            return;
        }
        task.title = task.title.continueWith(cells[TITLE]);
        if (!hasActivityContent(cells)) {
            return;
        }
        RowDraft previous = task.rows.isEmpty() ? null : task.rows.getLast();
        if (previous == null) {
            task.rows.add(new RowDraft(line, cells));
        } else if (startsActivity(cells, previous)) {
            // The target cell may still be the previous row's, cut by the page break (1.3.4).
            if (!cells[TARGET].isEmpty() && Texts.startsLowerCase(cells[TARGET].plain())
                    && Texts.endsUnfinished(previous.target.plain())) {
                previous.target = previous.target.continueWith(cells[TARGET]);
                cells[TARGET] = StructuredText.EMPTY;
            }
            RowDraft row = new RowDraft(line, cells);
            if (row.hasNoUnits()) {
                // All three unit cells empty in a sub-row: they were merged vertically with the row above.
                row.lead = previous.lead;
                row.implementing = previous.implementing;
                row.coordinating = previous.coordinating;
            }
            task.rows.add(row);
        } else {
            previous.continueWith(cells);
        }
    }

    /**
     * Whether a row without STT starts a new activity: its requirement opens with "(n)", or it is a
     * complete sub-row — a requirement that does not continue a sentence and a timeframe of its own,
     * where the previous row's timeframe was not cut mid-phrase.
     */
    private static boolean startsActivity(StructuredText[] cells, RowDraft previous) {
        StructuredText requirement = cells[REQUIREMENT];
        if (requirement.isEmpty()) {
            return false;
        }
        String first = requirement.blocks().getFirst().text();
        if (ACTIVITY_MARKER.matcher(first).find()) {
            return true;
        }
        StructuredText timeframe = cells[TIMEFRAME];
        return !Texts.startsLowerCase(first) && !timeframe.isEmpty() && !Texts.startsLowerCase(timeframe.plain())
                && !OPEN_END.matcher(previous.timeframe.plain()).find();
    }

    private static boolean hasActivityContent(StructuredText[] cells) {
        for (int c = TARGET; c < COLUMNS; c++) {
            if (!cells[c].isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(StructuredText text) {
        return Texts.clean(text.plain());
    }

    static int romanValue(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int v = switch (numeral.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 50;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
