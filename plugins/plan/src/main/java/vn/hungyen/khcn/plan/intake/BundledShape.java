package vn.hungyen.khcn.plan.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.spi.Deadline;

import vn.hungyen.khcn.content.spi.FoundTask;
import vn.hungyen.khcn.content.spi.ReadDocument;
import vn.hungyen.khcn.plan.importer.Kpi;
import vn.hungyen.khcn.plan.importer.OrganisationRegistry;
import vn.hungyen.khcn.plan.importer.ParsedActivity;
import vn.hungyen.khcn.plan.importer.ParsedGroup;
import vn.hungyen.khcn.plan.importer.ParsedPlan;
import vn.hungyen.khcn.plan.importer.ParsedTask;
import vn.hungyen.khcn.plan.importer.PlanParser;

/**
 * The department's own plan layout — a "PHỤ LỤC" table of nine columns (STT, nhiệm vụ, chỉ tiêu, yêu cầu, thời gian,
 * chủ trì, thực hiện, phối hợp, ghi chú) with activities "(1) (2) …" under each task — which {@link PlanParser} reads
 * exactly. When a document has that shape the plan is read by it, so an upload of the plan's export gives the very
 * groups, tasks and activities the bundled import stores.
 */
public final class BundledShape {

    private static final int COLUMNS = 9;

    private BundledShape() {
    }

    /** The plan as {@link PlanParser} reads it, when the document has the department's appendix layout. */
    public static Optional<ParsedPlan> parse(ReadDocument document, OrganisationRegistry registry) {
        boolean nineColumns = document.structure().tables().stream()
                .anyMatch(t -> t.rows().stream().filter(r -> r.cells().size() == COLUMNS).count() >= 3);
        if (!nineColumns) {
            return Optional.empty();
        }
        ParsedPlan plan = new PlanParser(registry).parse(document.text());
        boolean read = plan.header().number() != null && !plan.allActivities().isEmpty()
                && plan.problems().size() <= plan.allTasks().size() / 5;
        return read ? Optional.of(plan) : Optional.empty();
    }

    /** Groups, then each task with its activities ("1.1-1", "1.1-2" …) under it, in document order. */
    static List<FoundTask> tasks(ParsedPlan plan, @Nullable Integer year) {
        List<FoundTask> found = new ArrayList<>();
        for (ParsedGroup g : plan.groups()) {
            int line = g.tasks().isEmpty() ? 1 : Math.max(1, g.tasks().getFirst().sourceLine() - 1);
            found.add(new FoundTask(g.numeral(), null, g.title(), List.of(), List.of(), Deadline.NONE, List.of(),
                    List.of(), true, line));
            for (ParsedTask t : g.tasks()) {
                List<ParsedActivity> acts = t.activities();
                String deadline = String.join("; ", acts.stream().map(a -> a.timeframe().text())
                        .filter(s -> !s.isBlank()).distinct().toList());
                found.add(new FoundTask(t.code(), t.parentCode() != null ? t.parentCode() : g.numeral(), t.title(),
                        distinct(acts.stream().flatMap(a -> a.leadUnits().stream())),
                        distinct(acts.stream().flatMap(a -> a.coordinatingUnits().stream())),
                        DeadlineText.parse(deadline, year), t.target().isEmpty() ? List.of() : List.of(t.target().plain()),
                        distinct(acts.stream().flatMap(a -> a.kpis().stream()).map(Kpi::text)), acts.isEmpty(),
                        t.sourceLine()));
                for (ParsedActivity a : acts) {
                    String title = !a.requirement().isEmpty() ? a.requirement().plain() : a.target().plain();
                    found.add(new FoundTask(t.code() + "-" + a.ordinal(), t.code(),
                            title.isBlank() ? t.title() : title, a.leadUnits(), a.coordinatingUnits(),
                            DeadlineText.parse(a.timeframe().text(), year),
                            a.target().isEmpty() ? List.of() : List.of(a.target().plain()),
                            a.kpis().stream().map(Kpi::text).toList(), false, a.sourceLine()));
                }
            }
        }
        return found;
    }

    private static List<String> distinct(Stream<String> values) {
        return values.distinct().toList();
    }

}
