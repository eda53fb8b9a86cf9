package vn.hungyen.khcn.plan.importer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A whole plan as read from its text export: header, narrative sections, appendix groups, what could
 * not be placed, and the unit names the organisation registry did not know.
 */
public record ParsedPlan(PlanHeader header, List<ParsedSection> sections, List<ParsedGroup> groups,
        List<ImportProblem> problems, List<String> unknownOrganisations) {

    public ParsedPlan {
        Objects.requireNonNull(header, "header");
        sections = List.copyOf(sections);
        groups = List.copyOf(groups);
        problems = List.copyOf(problems);
        unknownOrganisations = List.copyOf(unknownOrganisations);
    }

    public ParsedPlan(PlanHeader header, List<ParsedSection> sections, List<ParsedGroup> groups,
            List<ImportProblem> problems) {
        this(header, sections, groups, problems, List.of());
    }

    /** Every task of every group, in document order. */
    public List<ParsedTask> allTasks() {
        return groups.stream().flatMap(g -> g.tasks().stream()).toList();
    }

    /** Every activity of every task, in document order. */
    public List<ParsedActivity> allActivities() {
        return allTasks().stream().flatMap(t -> t.activities().stream()).toList();
    }

    /** The task with {@code code}, if any. */
    public Optional<ParsedTask> task(String code) {
        return allTasks().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The narrative item for solution group {@code number} (the text under "Định hướng giải pháp"). */
    public Optional<ParsedSection> solutionGroupSection(int number) {
        return sections.stream().filter(s -> Integer.valueOf(number).equals(s.solutionGroup())).findFirst();
    }

    /** Every canonical unit named by any activity, each once, in order of first mention. */
    public List<String> distinctUnits() {
        return allActivities().stream()
                .flatMap(a -> Stream.of(a.leadUnits(), a.implementingUnits(), a.coordinatingUnits()).flatMap(List::stream))
                .distinct().toList();
    }
}
