package vn.hungyen.khcn.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.util.List;
import vn.hungyen.khcn.plan.PlanModule;
import vn.hungyen.khcn.plan.progress.TaskProgressSection;
import vn.hungyen.khcn.plan.service.PlanCatalog;
import vn.hungyen.khcn.plan.service.PlanViews.ActivityView;
import vn.hungyen.khcn.plan.service.PlanViews.LinkView;
import vn.hungyen.khcn.plan.service.PlanViews.TaskView;

/**
 * Một nhiệm vụ: every field of a task, its activities with targets, KPIs, months and units, and the slots
 * where its legal basis and its outputs appear once modules link them.
 */
@AnonymousAllowed
@Route(PlanModule.ROUTE_ROOT + "/:plan/nhiem-vu/:code")
public class TaskPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanCatalog catalog;
    private final TaskProgressSection progress;
    private String title = "";

    public TaskPage(PlanCatalog catalog, TaskProgressSection progress) {
        this.catalog = catalog;
        this.progress = progress;
        setId("task");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String plan = event.getRouteParameters().get("plan").orElse("");
        String code = event.getRouteParameters().get("code").orElse("");
        TaskView task = catalog.task(plan, code).orElseThrow(NotFoundException::new);
        title = task.code() + " " + task.title();
        removeAll();
        add(new Anchor(PlanModule.planPath(plan), getTranslation("plan.task.back")));
        add(new Paragraph(getTranslation("plan.task.group", task.groupNumeral(), task.groupTitle())));
        if (task.parentCode() != null) {
            add(new Anchor(PlanModule.taskPath(plan, task.parentCode()),
                    getTranslation("plan.task.parent", task.parentCode())));
        }
        H1 heading = new H1(title);
        heading.setId("task-title");
        add(heading);
        if (!task.target().isEmpty()) {
            add(new H2(getTranslation("plan.task.target")), Formats.structured(task.target()));
        }
        List<TaskView> subtasks = catalog.tree(plan).stream().flatMap(g -> g.tasks().stream())
                .filter(t -> code.equals(t.parentCode())).toList();
        if (!subtasks.isEmpty()) {
            add(subtasks(plan, subtasks));
        }
        if (task.activities().isEmpty() && !subtasks.isEmpty()) {
            // A parent task (1.2) has its activities in its sub-tasks: say how many, rather than "(0)".
            add(new Paragraph(getTranslation("plan.task.activities.in-subtasks",
                    subtasks.stream().mapToInt(t -> t.activities().size()).sum(), subtasks.size())));
        } else {
            add(new H2(getTranslation("plan.task.activities", task.activities().size())));
            task.activities().forEach(a -> add(activity(a)));
        }
        add(links("task-basis", getTranslation("plan.task.basis"), task.legalBasis(), "plan.task.basis.none"));
        add(links("task-outputs", getTranslation("plan.task.outputs"), task.outputs(), "plan.task.outputs.none"));
        add(progress.of(plan, task.code(), task.activities().stream().map(ActivityView::ordinal).toList(), this));
    }

    /** Nhiệm vụ con: the tasks numbered under this one (1.2.1 … 1.2.6 under 1.2), each with its activity count. */
    private Div subtasks(String plan, List<TaskView> subtasks) {
        Div div = new Div(new H2(getTranslation("plan.task.subtasks", subtasks.size())));
        div.setId("task-subtasks");
        UnorderedList list = new UnorderedList();
        for (TaskView t : subtasks) {
            ListItem item = new ListItem(new Anchor(PlanModule.taskPath(plan, t.code()), t.code() + " " + t.title()),
                    new Span(" — " + getTranslation("plan.task.subtask.activities", t.activities().size())));
            item.addClassName("subtask");
            list.add(item);
        }
        div.add(list);
        return div;
    }

    private Div activity(ActivityView a) {
        Div card = new Div();
        card.setId("hoat-dong-" + a.ordinal());
        card.addClassName("activity");
        card.getStyle().set("border-left", "3px solid var(--lumo-primary-color-50pct)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-block", "var(--lumo-space-s)");
        card.add(new H3(getTranslation("plan.activity.heading", a.ordinal())));
        if (!a.requirement().isEmpty()) {
            card.add(field("plan.activity.requirement"), Formats.structured(a.requirement()));
        }
        if (!a.target().isEmpty()) {
            card.add(field("plan.activity.target"), Formats.structured(a.target()));
        }
        if (!a.kpis().isEmpty()) {
            UnorderedList kpis = new UnorderedList();
            kpis.addClassName("kpis");
            a.kpis().forEach(k -> kpis.add(new ListItem(Formats.kpi(k))));
            card.add(field("plan.activity.kpis"), kpis);
        }
        card.add(field("plan.activity.timeframe"), new Paragraph(timeframe(a)));
        card.add(field("plan.activity.lead"), new Paragraph(Formats.units(a.leadUnits())));
        if (!a.implementingUnits().isEmpty()) {
            card.add(field("plan.activity.implementing"), new Paragraph(Formats.units(a.implementingUnits())));
        }
        if (!a.coordinatingUnits().isEmpty()) {
            card.add(field("plan.activity.coordinating"), new Paragraph(Formats.units(a.coordinatingUnits())));
        }
        if (a.note() != null) {
            card.add(field("plan.activity.note"), new Paragraph(a.note()));
        }
        return card;
    }

    private String timeframe(ActivityView a) {
        StringBuilder text = new StringBuilder(a.timeframeText() == null ? "" : a.timeframeText());
        if (!a.months().isEmpty()) {
            text.append(" — ").append(getTranslation("plan.activity.months", Formats.months(a.months())));
        }
        if (a.recurring()) {
            text.append(" — ").append(getTranslation("plan.activity.recurring"));
        }
        if (a.externallySet()) {
            text.append(" — ").append(getTranslation("plan.activity.external"));
        }
        return text.toString();
    }

    private Span field(String key) {
        Span label = new Span(getTranslation(key));
        label.getStyle().set("font-weight", "600").set("display", "block").set("margin-top", "var(--lumo-space-xs)");
        return label;
    }

    private Div links(String id, String heading, List<LinkView> links, String noneKey) {
        Div div = new Div(new H2(heading));
        div.setId(id);
        if (links.isEmpty()) {
            div.add(new Paragraph(getTranslation(noneKey)));
            return div;
        }
        UnorderedList list = new UnorderedList();
        for (LinkView l : links) {
            ListItem item = new ListItem(l.path() == null ? new Span(l.title()) : new Anchor(l.path(), l.title()));
            item.addClassName("link");
            if (l.subtitle() != null) {
                Span subtitle = new Span(" — " + l.subtitle());
                subtitle.addClassName("link-subtitle");
                item.add(subtitle);
            }
            if (l.kind() != null) {
                item.add(new Span(" (" + getTranslation("link.kind." + l.kind()) + ")"));
            }
            for (var note : l.notes()) {
                Span status = new Span(" — " + getTranslation(note.key(), note.args().toArray()));
                status.addClassName("task-basis-note");
                item.add(status);
            }
            list.add(item);
        }
        div.add(list);
        return div;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
