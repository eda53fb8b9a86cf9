package vn.hungyen.khcn.plan.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.hungyen.khcn.content.spi.DocumentFacts;
import vn.hungyen.khcn.content.spi.FoundTask;
import vn.hungyen.khcn.content.spi.IntakeReading;
import vn.hungyen.khcn.plan.importer.Kpi;
import vn.hungyen.khcn.plan.importer.OrganisationRegistry;
import vn.hungyen.khcn.plan.importer.ParsedActivity;
import vn.hungyen.khcn.plan.importer.ParsedGroup;
import vn.hungyen.khcn.plan.importer.ParsedPlan;
import vn.hungyen.khcn.plan.importer.ParsedTask;
import vn.hungyen.khcn.plan.importer.PlanHeader;
import vn.hungyen.khcn.plan.importer.StructuredText;
import vn.hungyen.khcn.plan.importer.Timeframe;

/**
 * The intake's reading as a plan the importer stores: the top-level groups (I, II …) become the plan's groups, one
 * implicit group holding the tasks of a document that has none; every task below becomes a task, its units,
 * deadline, outputs and targets one activity of it. The department's own appendix layout is read by the plan
 * parser instead, so that its activities stay as the bundled import has them.
 */
public final class FindingsPlan {

    private static final int MAX_TITLE = 300;
    private static final int MAX_NUMERAL = 8;

    private FindingsPlan() {
    }

    /** The plan to store; the reading must have a number (the store refuses it before otherwise). */
    public static ParsedPlan of(IntakeReading reading, OrganisationRegistry registry) {
        var bundled = BundledShape.parse(reading.document(), registry.copy());
        if (bundled.isPresent()) {
            return bundled.get();
        }
        DocumentFacts facts = reading.facts();
        String number = facts.number() == null ? "" : facts.number();
        PlanHeader header = new PlanHeader(number, facts.date(), null, facts.issuer(), null, facts.title(),
                reading.document().text());
        List<FoundTask> all = reading.tasks();
        Map<String, FoundTask> byCode = new LinkedHashMap<>();
        all.forEach(t -> byCode.putIfAbsent(t.code(), t));
        Map<String, List<FoundTask>> children = new HashMap<>();
        List<FoundTask> top = new ArrayList<>();
        for (FoundTask t : byCode.values()) {
            if (t.parentCode() == null || !byCode.containsKey(t.parentCode())) {
                top.add(t);
            } else {
                children.computeIfAbsent(t.parentCode(), k -> new ArrayList<>()).add(t);
            }
        }
        List<ParsedGroup> groups = new ArrayList<>();
        List<ParsedTask> loose = new ArrayList<>();
        for (FoundTask t : top) {
            if (t.group()) {
                List<ParsedTask> tasks = new ArrayList<>();
                children.getOrDefault(t.code(), List.of()).forEach(c -> collect(c, null, children, tasks));
                if (!tasks.isEmpty()) {
                    groups.add(new ParsedGroup(numeral(t.code(), groups.size() + 1), groups.size() + 1,
                            t.title().isBlank() ? t.code() : t.title(), tasks));
                }
            } else {
                collect(t, null, children, loose);
            }
        }
        if (!loose.isEmpty()) {
            String title = facts.title() != null ? facts.title() : number;
            groups.addFirst(new ParsedGroup("0", 0 + 1, title, loose));
            for (int i = 1; i < groups.size(); i++) {
                ParsedGroup g = groups.get(i);
                groups.set(i, new ParsedGroup(g.numeral(), i + 1, g.title(), g.tasks()));
            }
        }
        return new ParsedPlan(header, List.of(), groups, List.of(), reading.unknownUnits());
    }

    /** The task and everything under it, parents first; groups below the top are tasks without an activity. */
    private static void collect(FoundTask t, String parent, Map<String, List<FoundTask>> children, List<ParsedTask> out) {
        List<ParsedActivity> activities = new ArrayList<>();
        boolean carries = !t.leadUnits().isEmpty() || !t.coordinatingUnits().isEmpty() || !t.deadline().text().isEmpty()
                || !t.outputs().isEmpty() || !t.kpis().isEmpty();
        StructuredText target = StructuredText.ofPlain(String.join("\n", Stream.concat(t.outputs().stream(),
                t.kpis().stream()).toList()));
        if (carries && !t.group()) {
            activities.add(new ParsedActivity(1, StructuredText.ofPlain(t.title()), target,
                    Timeframe.parse(t.deadline().text()), t.leadUnits(), List.of(), t.coordinatingUnits(), "",
                    t.kpis().stream().flatMap(k -> Kpi.extractAll(k).stream()).toList(), t.sourceLine(), t.deadline()));
        }
        out.add(new ParsedTask(t.code(), parent, title(t), target, activities, t.sourceLine()));
        children.getOrDefault(t.code(), List.of()).forEach(c -> collect(c, t.code(), children, out));
    }

    private static String title(FoundTask t) {
        String title = t.title().isBlank() ? t.code() : t.title().strip();
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1).strip() + "…";
    }

    private static String numeral(String code, int number) {
        return code.length() <= MAX_NUMERAL ? code : String.valueOf(number);
    }
}
