package vn.hungyen.khcn.plan.intake;

import vn.hungyen.khcn.content.intake.GazetteNoise;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.hungyen.khcn.content.spi.Deadline;
import vn.hungyen.khcn.content.spi.DocumentFacts;
import vn.hungyen.khcn.content.spi.DocumentFindings;
import vn.hungyen.khcn.content.spi.DocumentFindings.Skipped;
import vn.hungyen.khcn.content.spi.DocumentReader;
import vn.hungyen.khcn.content.spi.DocumentStructure.Block;
import vn.hungyen.khcn.content.spi.DocumentStructure.Paragraph;
import vn.hungyen.khcn.content.spi.DocumentStructure.Table;
import vn.hungyen.khcn.content.spi.FoundTask;
import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.content.spi.ReadDocument;
import vn.hungyen.khcn.plan.importer.OrganisationRegistry;

/**
 * Đọc nhiệm vụ: the plan module's reader of the intake. It finds the tasks of any Vietnamese administrative
 * document — task tables mapped by their header, a PDF's tables laid out one cell per line, numbered paragraphs with
 * labelled lines, items under a heading that names a unit, the department's own appendix layout — as one tree of
 * groups, tasks and sub-tasks with their units, deadlines, outputs and targets. Tables that are not task lists, and
 * the articles of a decree, are left aside and said so. Pure: it stores nothing and never throws.
 */
@Component
public class PlanTaskReader implements DocumentReader {

    public static final String ID = "plan-tasks";
    private static final Logger log = LoggerFactory.getLogger(PlanTaskReader.class);

    private final OrganisationRegistry registry;

    public PlanTaskReader() {
        this(OrganisationRegistry.load());
    }

    PlanTaskReader(OrganisationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DocumentFindings read(ReadDocument document) {
        try {
            return readTasks(document);
        } catch (RuntimeException e) {
            // A reader reports, it does not fail the upload: the editor sees the problem and the other readers' work.
            log.warn("the plan reader could not read {}", document.fileName(), e);
            return new DocumentFindings(DocumentFacts.NONE, List.of(), List.of(), List.of(),
                    List.of(Message.of("plan.intake.problem.unreadable", document.fileName())), List.of());
        }
    }

    private DocumentFindings readTasks(ReadDocument document) {
        DocumentFacts facts = HeaderFacts.read(document.text().lines().toList());
        Integer year = HeaderFacts.year(facts);
        OrganisationRegistry session = registry.copy();
        var bundled = BundledShape.parse(document, session);
        if (bundled.isPresent()) {
            var header = bundled.get().header();
            DocumentFacts own = new DocumentFacts(header.number(), "Kế hoạch", header.issuer(), header.date(),
                    header.title()).orElse(facts);
            Integer planYear = HeaderFacts.year(own);
            List<String> unknown = bundled.get().unknownOrganisations();
            return new DocumentFindings(own, List.of(), BundledShape.tasks(bundled.get(), planYear), List.of(),
                    List.of(), unknown);
        }
        UnitNames units = new UnitNames(session);
        List<Outline> outlines = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        ParagraphTasks paragraphs = new ParagraphTasks(units);
        List<Paragraph> run = new ArrayList<>();
        TableTasks.Columns lastColumns = null;
        Outline lastTable = null;
        int tableIndex = 0;
        for (Block block : document.structure().blocks()) {
            if (block instanceof Paragraph p) {
                run.add(p);
                if (!GazetteNoise.isNoise(p.text())) {
                    lastColumns = keepsTableOpen(p) ? lastColumns : null;
                }
                continue;
            }
            tableIndex = paragraphRun(run, paragraphs, outlines, skipped, tableIndex);
            run = new ArrayList<>();
            TableTasks.Result r = TableTasks.read((Table) block, ++tableIndex, lastColumns, lastTable);
            if (r.skipped() != null) {
                skipped.add(r.skipped());
            }
            if (r.outline() != null && r.outline() != lastTable) {
                outlines.add(r.outline());
            }
            lastTable = r.outline();
            lastColumns = r.columns();
        }
        paragraphRun(run, paragraphs, outlines, skipped, tableIndex);
        Outline narrative = paragraphs.finish();
        paragraphs.resolve(narrative);
        outlines.add(narrative);

        List<FoundTask> tasks = new ArrayList<>();
        List<Message> problems = new ArrayList<>();
        Set<String> codes = Outline.newCodeSet();
        // Tables are where a document lists its tasks: their numbers keep their codes, the narrative's yield.
        List<List<Draft>> kept = new ArrayList<>();
        for (Outline outline : outlines) {
            kept.add(Outline.prune(new ArrayList<>(outline.roots())));
        }
        for (int i = 0; i < kept.size(); i++) {
            if (outlines.get(i) != narrative) {
                Outline.assignCodes(kept.get(i), codes);
            }
        }
        Outline.assignCodes(kept.get(outlines.indexOf(narrative)), codes);
        List<List<Draft>> inOrder = new ArrayList<>(kept.stream().filter(k -> !k.isEmpty()).toList());
        inOrder.sort(Comparator.comparingInt(k -> k.getFirst().line));
        for (List<Draft> part : inOrder) {
            for (Draft d : Outline.flatten(part)) {
                tasks.add(found(d, units, year, problems));
            }
        }
        return new DocumentFindings(facts, List.of(), tasks, skipped, problems, units.unknown());
    }

    /** A table's header repeated by the next page leaves only page furniture between the two parts. */
    private static boolean keepsTableOpen(Paragraph p) {
        return p.text().isBlank();
    }

    private static int paragraphRun(List<Paragraph> run, ParagraphTasks paragraphs, List<Outline> outlines,
            List<Skipped> skipped, int tableIndex) {
        if (run.isEmpty()) {
            return tableIndex;
        }
        List<LineTable.Found> tables = LineTable.find(run, tableIndex);
        int at = 0;
        for (LineTable.Found t : tables) {
            paragraphs.read(run.subList(at, t.start()));
            if (t.outline() != null) {
                outlines.add(t.outline());
            }
            if (t.skipped() != null) {
                skipped.add(t.skipped());
            }
            at = t.end();
        }
        paragraphs.read(run.subList(at, run.size()));
        return tableIndex + tables.size();
    }

    private static FoundTask found(Draft d, UnitNames units, @Nullable Integer year, List<Message> problems) {
        List<String> lead = units.read(String.join("; ", d.lead)).units();
        if (lead.isEmpty() && !d.heading) {
            lead = inheritedLead(d, units);
        }
        List<String> coordinating = units.read(String.join("; ", d.coordinating)).units();
        String title = d.titleText();
        boolean group = d.heading || !d.task;
        if (title.isEmpty()) {
            problems.add(Message.of("plan.intake.problem.no-title", d.code, d.line));
        }
        String printed = d.deadline.isEmpty() && !group ? DeadlineText.inSentence(title) : String.join("; ", d.deadline);
        Deadline deadline = DeadlineText.parse(printed, year);
        return new FoundTask(d.code, d.parent == null ? null : d.parent.code, title, lead, coordinating, deadline,
                d.outputs, d.kpis, group, Math.max(1, d.line));
    }

    private static List<String> inheritedLead(Draft d, UnitNames units) {
        for (Draft p = d.parent; p != null; p = p.parent) {
            if (!p.lead.isEmpty()) {
                return units.read(String.join("; ", p.lead)).units();
            }
        }
        return List.of();
    }
}
