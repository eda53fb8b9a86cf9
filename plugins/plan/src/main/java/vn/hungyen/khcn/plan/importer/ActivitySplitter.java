package vn.hungyen.khcn.plan.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.plan.importer.StructuredText.Block;

/**
 * Turns one table row into its activities. A requirement cell that opens with "(1)" and goes on with
 * "(2) …", "(3) …" (in separate paragraphs or run together) holds one activity per number; the
 * timeframe and unit cells are then divided the same way: one value applies to all, as many values
 * as activities are aligned, and values the export ran together ("Tháng 01- Tháng 12 Tháng 3 - Tháng 5")
 * are cut apart first.
 */
final class ActivitySplitter {

    // "(n)" at the start of the text or after a space or punctuation; "(Nếu có)", "(100-120 ha)" are not markers.
    private static final Pattern MARKER = Pattern.compile("(?:^|(?<=[\\s;.:,]))\\((\\d{1,2})\\)(?=\\s)");

    private final OrganisationRegistry registry;
    private final List<ImportProblem> problems;

    ActivitySplitter(OrganisationRegistry registry, List<ImportProblem> problems) {
        this.registry = registry;
        this.problems = problems;
    }

    /** The activities of {@code row}, numbered from {@code firstOrdinal}. */
    List<ParsedActivity> split(AppendixParser.RowDraft row, int firstOrdinal) {
        List<StructuredText> requirements = splitRequirement(row.requirement);
        int n = requirements.size();
        List<String> timeframes = alignTimeframes(row, n);
        List<String> lead = alignUnits(row.lead, n, row, "(6)");
        List<String> implementing = alignUnits(row.implementing, n, row, "(7)");
        List<String> coordinating = alignUnits(row.coordinating, n, row, "(8)");
        List<StructuredText> targets = n > 1 && row.target.blocks().size() == n
                ? row.target.blocks().stream().map(b -> new StructuredText(List.of(b))).toList()
                : Collections.nCopies(n, row.target);
        String note = Texts.clean(row.note.plain());

        List<ParsedActivity> activities = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Timeframe timeframe = Timeframe.parse(timeframes.get(i));
            if (timeframe.isUnparsed()) {
                problems.add(new ImportProblem(row.line, timeframe.text(), timeframe.text().isEmpty()
                        ? Message.of("plan.import.problem.no-timeframe") : Message.of("plan.import.problem.timeframe")));
            }
            StructuredText target = targets.get(i);
            List<Kpi> kpis = target.blocks().stream().flatMap(b -> Kpi.extractAll(b.text()).stream()).toList();
            activities.add(new ParsedActivity(firstOrdinal + i, requirements.get(i), target, timeframe,
                    registry.resolveAll(lead.get(i)), registry.resolveAll(implementing.get(i)),
                    registry.resolveAll(coordinating.get(i)), note, kpis, row.line));
        }
        return activities;
    }

    /**
     * One text per activity. Splits only when the cell opens with a marker "(n)"; each later marker
     * numbered one more than the last starts the next activity. A cell that opens with an introduction
     * ("… một số chỉ tiêu, nhiệm vụ chính:" then "(1) …") is one requirement with a list.
     */
    static List<StructuredText> splitRequirement(StructuredText requirement) {
        if (requirement.isEmpty() || !AppendixParser.ACTIVITY_MARKER.matcher(requirement.blocks().getFirst().text()).find()) {
            return List.of(requirement);
        }
        List<List<Block>> parts = new ArrayList<>();
        int last = -1;
        for (Block block : requirement.blocks()) {
            Matcher m = MARKER.matcher(block.text());
            int cut = 0;
            while (m.find()) {
                int number = Integer.parseInt(m.group(1));
                if (last >= 0 && number != last + 1) {
                    continue;
                }
                addPiece(parts, block, block.text().substring(cut, m.start()));
                parts.add(new ArrayList<>());
                cut = m.start();
                last = number;
            }
            addPiece(parts, block, block.text().substring(cut));
        }
        return parts.stream().filter(p -> !p.isEmpty()).map(StructuredText::new).toList();
    }

    private static void addPiece(List<List<Block>> parts, Block block, String text) {
        if (text.isBlank()) {
            return;
        }
        if (parts.isEmpty()) {
            parts.add(new ArrayList<>());
        }
        parts.getLast().add(new Block(block.kind(), text));
    }

    private List<String> alignTimeframes(AppendixParser.RowDraft row, int n) {
        StructuredText cell = row.timeframe;
        String whole = Texts.clean(cell.plain());
        if (n == 1) {
            return List.of(whole);
        }
        if (cell.blocks().size() == n) {
            return cell.blocks().stream().map(Block::text).toList();
        }
        List<String> run = Timeframe.splitRunTogether(whole);
        if (run.size() == n) {
            return run;
        }
        if (run.size() > 1 || cell.blocks().size() > 1) {
            problems.add(new ImportProblem(row.line, whole,
                    Message.of("plan.import.problem.timeframes",
                            Math.max(run.size(), cell.blocks().size()), n)));
        }
        return Collections.nCopies(n, whole);
    }

    private List<String> alignUnits(StructuredText cell, int n, AppendixParser.RowDraft row, String column) {
        String whole = Texts.clean(cell.plain());
        if (n == 1 || whole.isEmpty()) {
            return Collections.nCopies(n, whole);
        }
        if (cell.blocks().size() == n) {
            return cell.blocks().stream().map(Block::text).toList();
        }
        if (registry.splitUnits(whole).stream().allMatch(registry::isKnown)) {
            return Collections.nCopies(n, whole); // one list of known units: it applies to every activity
        }
        List<String> run = registry.splitRunTogether(whole, n);
        if (run.size() == n) {
            return run;
        }
        problems.add(new ImportProblem(row.line, whole, Message.of("plan.import.problem.unit-cell", column, n)));
        return Collections.nCopies(n, whole);
    }
}
