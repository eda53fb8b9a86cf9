package vn.hungyen.khcn.plan.ui;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hungyen.khcn.content.spi.ContentRef;
import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.content.spi.ReaderPages;
import vn.hungyen.khcn.plan.PlanModule;
import vn.hungyen.khcn.plan.service.PlanCatalog;
import vn.hungyen.khcn.plan.service.PlanViews.ActivityView;
import vn.hungyen.khcn.plan.service.PlanViews.LinkView;
import vn.hungyen.khcn.plan.service.PlanViews.TaskView;

/**
 * A task's page as data ({@link ReaderPages}): the same {@link PlanCatalog#task} view and the same bundle keys as
 * {@link TaskPage}, so the static export shows the code, the group, the sub-tasks, every activity with its months and
 * units, and the basis with trích yếu and the legal module's notes.
 */
@Component
class TaskReaderPages implements ReaderPages {

    private final PlanCatalog catalog;

    TaskReaderPages(PlanCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<Section> sectionsOf(ContentRef item) {
        return catalog.task(item).map(this::sections).orElse(List.of());
    }

    private List<Section> sections(TaskView task) {
        List<Section> sections = new ArrayList<>();
        List<Field> facts = new ArrayList<>();
        facts.add(Field.of("plan.task.code", task.code()));
        facts.add(Field.of("plan.task.group.label", task.groupNumeral() + ". " + task.groupTitle()));
        if (!task.target().isEmpty()) {
            facts.add(Field.of("plan.task.target", task.target().plain()));
        }
        List<Entry> parent = task.parentCode() == null ? List.of() : List.of(new Entry(Message.of("plan.task.parent",
                task.parentCode()), task.parentCode(), PlanModule.taskPath(task.planSlug(), task.parentCode()), null,
                List.of(), List.of()));
        sections.add(new Section("task-facts", Message.of("plan.task.facts"), facts, parent, null));
        List<TaskView> subtasks = catalog.tasks(task.planSlug()).stream()
                .filter(t -> task.code().equals(t.parentCode())).toList();
        if (!subtasks.isEmpty()) {
            sections.add(new Section("task-subtasks", Message.of("plan.task.subtasks", subtasks.size()), List.of(),
                    subtasks.stream().map(t -> new Entry(null, t.code() + " " + t.title(),
                            PlanModule.taskPath(t.planSlug(), t.code()), null, List.of(),
                            List.of(Message.of("plan.task.subtask.activities", t.activities().size())))).toList(),
                    null));
        }
        if (task.activities().isEmpty() && !subtasks.isEmpty()) {
            sections.add(new Section("task-activities", Message.of("plan.task.activities.in-subtasks",
                    subtasks.stream().mapToInt(t -> t.activities().size()).sum(), subtasks.size()), List.of(),
                    List.of(), null));
        } else {
            sections.add(new Section("task-activities", Message.of("plan.task.activities", task.activities().size()),
                    List.of(), task.activities().stream().map(TaskReaderPages::activity).toList(), null));
        }
        sections.add(links("task-basis", "plan.task.basis", task.legalBasis(), "plan.task.basis.none"));
        sections.add(links("task-outputs", "plan.task.outputs", task.outputs(), "plan.task.outputs.none"));
        return sections;
    }

    private static Entry activity(ActivityView a) {
        List<Field> fields = new ArrayList<>();
        if (!a.requirement().isEmpty()) {
            fields.add(Field.of("plan.activity.requirement", a.requirement().plain()));
        }
        if (!a.target().isEmpty()) {
            fields.add(Field.of("plan.activity.target", a.target().plain()));
        }
        a.kpis().forEach(k -> fields.add(Field.of("plan.activity.kpis", Formats.kpi(k))));
        List<Message> when = new ArrayList<>();
        if (!a.months().isEmpty()) {
            when.add(Message.of("plan.activity.months", Formats.months(a.months())));
        }
        if (a.recurring()) {
            when.add(Message.of("plan.activity.recurring"));
        }
        if (a.externallySet()) {
            when.add(Message.of("plan.activity.external"));
        }
        fields.add(new Field(Message.of("plan.activity.timeframe"),
                a.timeframeText() == null ? "" : a.timeframeText(), when));
        fields.add(Field.of("plan.activity.lead", Formats.units(a.leadUnits())));
        if (!a.implementingUnits().isEmpty()) {
            fields.add(Field.of("plan.activity.implementing", Formats.units(a.implementingUnits())));
        }
        if (!a.coordinatingUnits().isEmpty()) {
            fields.add(Field.of("plan.activity.coordinating", Formats.units(a.coordinatingUnits())));
        }
        if (a.note() != null) {
            fields.add(Field.of("plan.activity.note", a.note()));
        }
        return new Entry(Message.of("plan.activity.heading", a.ordinal()), "", null, null, fields, List.of());
    }

    private static Section links(String id, String headingKey, List<LinkView> links, String noneKey) {
        return new Section(id, Message.of(headingKey), List.of(), links.stream().map(l -> {
            List<Message> notes = new ArrayList<>();
            if (l.kind() != null) {
                notes.add(Message.of("link.kind." + l.kind()));
            }
            notes.addAll(l.notes());
            return new Entry(null, l.title(), l.path(), l.subtitle(), List.of(), notes);
        }).toList(), Message.of(noneKey));
    }
}
