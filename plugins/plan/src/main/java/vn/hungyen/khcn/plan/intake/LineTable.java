package vn.hungyen.khcn.plan.intake;

import vn.hungyen.khcn.content.intake.GazetteNoise;
import java.util.ArrayList;
import java.util.List;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.spi.DocumentFindings.Skipped;
import vn.hungyen.khcn.content.spi.DocumentStructure.Paragraph;
import vn.hungyen.khcn.content.spi.Message;

/**
 * A table that a PDF's text gives one cell (or one piece of a cell) per line: found by its header — "STT" or "TT"
 * followed by header-like lines ("Nhiệm vụ", "Cơ quan", "chủ trì" …) — and rebuilt row by row from the numbering
 * ("1", "2." start a row, "I" a group). Within a row the cells follow each other; the columns after the task's title
 * are taken back from the row's end in the header's order: a unit column starts at a line that starts like a unit
 * ("Bộ Khoa học / và / Công / nghệ"), a deadline column is a tail that reads as a deadline, an output column starts
 * with the kind of document it is ("Nghị định", "Báo cáo" …).
 */
final class LineTable {

    /** Where a rebuilt table lies in the paragraphs, and what it gave. */
    record Found(int start, int end, @Nullable Outline outline, @Nullable Skipped skipped) {
    }

    private static final Pattern NUMBER_HEADER = Pattern.compile("^(s[ốo]\\s*)?(stt|tt|số tt|số thứ tự)\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern END = Pattern.compile(
            "^(Nơi\\s*nhận|NƠI\\s*NHẬN|PHỤ\\s*LỤC|Phụ\\s*lục|Điều\\s+\\d+[a-z]?\\.\\s+\\p{Lu}|Chương\\s+[IVXL]+|CHƯƠNG\\s+[IVXL]+|Mẫu\\s+số|MẪU\\s+SỐ|Ghi\\s*chú\\s*:)");
    private static final Pattern OUTPUT_START = Pattern.compile(
            "^(Nghị\\s*định|Nghị\\s*quyết|Quyết\\s*định|Thông\\s*tư|Chỉ\\s*thị|Báo\\s*cáo|Kế\\s*hoạch|Đề\\s*án|Tờ\\s*trình|Văn\\s*bản|Công\\s*văn|Hướng\\s*dẫn|Chương\\s*trình|Dự\\s*thảo|Hồ\\s*sơ|Luật|Pháp\\s*lệnh)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DEADLINE_START = Pattern.compile(
            "^(Quý|Tháng|Năm|Trước|Chậm\\s*nhất|Thường\\s*xuyên|Hằng|Hàng|Định\\s*kỳ|Giai\\s*đoạn|Từ|Đến|Trong|\\d)", Pattern.CASE_INSENSITIVE);
    private static final int MAX_HEADER_LINES = 16;

    private LineTable() {
    }

    /** Every line-per-cell table in {@code paragraphs}, in order. */
    static List<Found> find(List<Paragraph> paragraphs, int firstIndex) {
        List<String> lines = paragraphs.stream().map(Paragraph::text).toList();
        List<Found> found = new ArrayList<>();
        int index = firstIndex;
        for (int i = 0; i < lines.size(); i++) {
            if (!NUMBER_HEADER.matcher(lines.get(i).strip()).matches()) {
                continue;
            }
            Header header = header(lines, i);
            if (header == null) {
                continue;
            }
            index++;
            String what = "table " + index;
            if (!header.fields().contains(TaskField.LEAD)) {
                String key = header.fields().contains(TaskField.BUDGET) ? "plan.intake.skipped.budget"
                        : header.fields().contains(TaskField.KPI) ? "plan.intake.skipped.targets"
                        : "plan.intake.skipped.no-lead";
                if (header.text().contains("thủ tục")) {
                    key = "plan.intake.skipped.procedures";
                }
                found.add(new Found(i, header.end(), null, new Skipped(what, Message.of(key, index))));
                i = header.end() - 1;
                continue;
            }
            int end = rowsEnd(lines, header.end());
            Outline outline = rows(paragraphs, lines, header, end);
            found.add(new Found(i, end, outline, null));
            i = end - 1;
        }
        return found;
    }

    /** The header run after "STT": its fields in the order they appear, and where the rows start. */
    record Header(List<TaskField> fields, String text, int end) {
    }

    static @Nullable Header header(List<String> lines, int stt) {
        StringBuilder text = new StringBuilder();
        int j = stt + 1;
        while (j < lines.size() && j <= stt + MAX_HEADER_LINES) {
            String l = lines.get(j).strip();
            if (GazetteNoise.isNoise(lines, j)) {
                j++;
                continue;
            }
            int numbers = columnNumberRun(lines, j);
            // "(1) (2) …" under the header, one per line: a bare "1" or "I" alone is the first row's number instead.
            if (numbers > 0 && (l.startsWith("(") || numbers >= 3)) {
                j += numbers;
                continue;
            }
            if (rowStart(l) != null) {
                break;
            }
            text.append(' ').append(l);
            j++;
        }
        List<TaskField> fields = fieldsIn(TaskField.normal(text.toString()));
        if (fields.size() < 2 || j >= lines.size() || rowStart(lines.get(j).strip()) == null) {
            return null;
        }
        return new Header(fields, TaskField.normal(text.toString()), j);
    }

    /** How many lines from {@code from} on are column numbers ("(1)", "2", "A"), one after another. */
    private static int columnNumberRun(List<String> lines, int from) {
        int n = 0;
        while (from + n < lines.size() && !lines.get(from + n).isBlank()
                && TaskField.isColumnNumber(lines.get(from + n))) {
            n++;
        }
        return n;
    }

    /** Fields named in a header's text, in the order of their first words ("cơ quan chủ trì" is one field). */
    private static List<TaskField> fieldsIn(String header) {
        List<TaskField> fields = new ArrayList<>();
        String[] words = header.split(" ");
        // Slide a window of one to four words, shortest first (a longer window would run into the next column:
        // "sản phẩm thời gian" is two fields); a field counts once, at its first position.
        for (int w = 0; w < words.length; w++) {
            for (int len = 1; len <= 4; len++) {
                if (w + len > words.length) {
                    continue;
                }
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, w, w + len));
                TaskField f = TaskField.ofHeader(phrase);
                if (f != null && f != TaskField.NUMBER && !fields.contains(f)
                        && !(f == TaskField.LEAD && phrase.equals("cơ quan"))) {
                    fields.add(f);
                    w += len - 1;
                    break;
                }
            }
        }
        if (!fields.contains(TaskField.TITLE)) {
            fields.addFirst(TaskField.TITLE); // the first column after STT is what the row is about
        }
        return fields;
    }

    private static int rowsEnd(List<String> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            String l = lines.get(j).strip();
            if (END.matcher(l).find() || j > from && NUMBER_HEADER.matcher(l).matches() && header(lines, j) == null) {
                return j;
            }
        }
        return lines.size();
    }

    private static Outline rows(List<Paragraph> paragraphs, List<String> lines, Header header, int end) {
        Outline outline = new Outline();
        Draft row = null;
        List<String> cells = new ArrayList<>();
        int expected = 1;
        for (int j = header.end(); j < end; j++) {
            String l = lines.get(j).strip();
            if (l.isEmpty() || GazetteNoise.isNoise(lines, j)) {
                continue;
            }
            if (NUMBER_HEADER.matcher(l).matches()) {
                Header again = header(lines, j);
                if (again != null) {
                    j = again.end() - 1; // the header repeated on the next page
                    continue;
                }
            }
            Numbering n = rowStart(l);
            boolean starts = n != null && (n.kind() == Numbering.Kind.ROMAN
                    || n.kind() == Numbering.Kind.DECIMAL
                    || n.kind() == Numbering.Kind.ARABIC && Integer.parseInt(n.label()) == expected);
            if (starts) {
                if (row != null) {
                    split(row, cells, header.fields());
                }
                row = new Draft(n, paragraphs.get(j).line());
                cells = new ArrayList<>();
                if (!n.rest().isEmpty()) {
                    cells.add(n.rest());
                }
                if (n.kind() == Numbering.Kind.ROMAN) {
                    row.heading = true;
                    expected = 1;
                } else {
                    row.task = true;
                    if (n.kind() == Numbering.Kind.ARABIC) {
                        expected = Integer.parseInt(n.label()) + 1;
                    }
                }
                outline.add(row);
                continue;
            }
            if (row != null) {
                cells.add(l);
            }
        }
        if (row != null) {
            split(row, cells, header.fields());
        }
        carryMergedLeads(outline.roots());
        return outline;
    }

    /**
     * A PDF prints a lead cell merged over several rows once, on its first row: the rows under it with no lead of their
     * own are that unit's, up to the next group.
     */
    private static void carryMergedLeads(List<Draft> siblings) {
        List<String> lead = List.of();
        for (Draft d : siblings) {
            if (d.heading) {
                lead = List.of();
                carryMergedLeads(d.children);
                continue;
            }
            if (d.lead.isEmpty()) {
                d.lead.addAll(lead);
            } else {
                lead = List.copyOf(d.lead);
            }
            carryMergedLeads(d.children);
        }
    }

    /** "1", "2.", "1.2", "I", "II." alone on a line, or "1. Nghị" / "I. DANH SÁCH" starting one. */
    static @Nullable Numbering rowStart(String line) {
        Numbering alone = Numbering.ofCell(line);
        if (alone != null && alone.kind() != Numbering.Kind.LETTER) {
            return alone;
        }
        Numbering n = Numbering.of(line);
        if (n != null && (n.kind() == Numbering.Kind.ARABIC || n.kind() == Numbering.Kind.ROMAN
                || n.kind() == Numbering.Kind.DECIMAL)) {
            return n;
        }
        return null;
    }

    /** Takes the row's cells apart: the columns after the title from the end, the title what is left. */
    private static void split(Draft row, List<String> cells, List<TaskField> fields) {
        int title = fields.indexOf(TaskField.TITLE);
        int end = cells.size();
        if (row.heading) {
            cells.forEach(row::appendTitle);
            return;
        }
        for (int f = fields.size() - 1; f > title && end > 1; f--) {
            TaskField field = fields.get(f);
            int start = switch (field) {
                case LEAD, COORDINATING -> unitStart(cells, end);
                case DEADLINE -> deadlineStart(cells, end);
                case OUTPUT -> {
                    int named = outputStart(cells, end);
                    yield named > 0 || !unitField(fields.get(f - 1)) ? named : afterUnits(cells, end);
                }
                default -> end;
            };
            if (start <= 0 || start >= end) {
                continue;
            }
            String value = String.join(" ", cells.subList(start, end));
            switch (field) {
                case LEAD -> leadAndMaybeCoordinating(row, cells.subList(start, end), fields, f);
                case COORDINATING -> {
                    if (fields.get(f - 1) == TaskField.LEAD) {
                        continue; // taken together with the lead column before it
                    }
                    Draft.addOnce(row.coordinating, value);
                }
                case DEADLINE -> Draft.addOnce(row.deadline, value);
                case OUTPUT -> Draft.addOnce(row.outputs, value);
                default -> {
                }
            }
            end = start;
        }
        cells.subList(0, end).forEach(row::appendTitle);
    }

    /** Lead then coordinating units in one block of lines: the lead is the first unit, the rest coordinate. */
    private static void leadAndMaybeCoordinating(Draft row, List<String> block, List<TaskField> fields, int f) {
        boolean coordinatingNext = f + 1 < fields.size() && fields.get(f + 1) == TaskField.COORDINATING;
        int second = -1;
        for (int k = 1; coordinatingNext && k < block.size(); k++) {
            if (UnitNames.startsLikeUnit(block.get(k)) && Character.isUpperCase(block.get(k).codePointAt(0))) {
                second = k;
                break;
            }
        }
        if (second > 0) {
            Draft.addOnce(row.lead, String.join(" ", block.subList(0, second)));
            Draft.addOnce(row.coordinating, String.join(" ", block.subList(second, block.size())));
        } else {
            Draft.addOnce(row.lead, String.join(" ", block));
        }
    }

    /** The start of a unit column at the row's end: short lines back to one that starts like a unit. */
    private static int unitStart(List<String> cells, int end) {
        int start = -1;
        for (int k = end - 1; k >= 1; k--) {
            String c = cells.get(k);
            if (c.split("\\s+").length > 10 || c.startsWith("-") || c.startsWith("+")) {
                break;
            }
            if (UnitNames.startsLikeUnit(c) && Character.isUpperCase(c.codePointAt(0))) {
                start = k;
            }
        }
        return start;
    }

    private static int deadlineStart(List<String> cells, int end) {
        int best = -1;
        for (int k = end - 1; k >= Math.max(1, end - 4); k--) {
            String tail = String.join(" ", cells.subList(k, end));
            if (DEADLINE_START.matcher(cells.get(k)).find() && tail.split("\\s+").length <= 14
                    && DeadlineText.looksLikeDeadline(tail)) {
                best = k;
            }
        }
        return best;
    }

    private static boolean unitField(TaskField field) {
        return field == TaskField.LEAD || field == TaskField.COORDINATING;
    }

    /**
     * Where an output that names no document kind ("Cơ sở dữ liệu") starts when a unit column comes before it: after
     * the last line that starts like a unit.
     */
    private static int afterUnits(List<String> cells, int end) {
        int k = end - 1;
        while (k >= 1 && !UnitNames.startsLikeUnit(cells.get(k))) {
            k--;
        }
        return k >= 1 && k + 1 < end ? k + 1 : -1;
    }

    private static int outputStart(List<String> cells, int end) {
        for (int k = end - 1; k >= 1; k--) {
            Matcher m = OUTPUT_START.matcher(cells.get(k));
            if (m.find()) {
                return k;
            }
        }
        return -1;
    }

}
