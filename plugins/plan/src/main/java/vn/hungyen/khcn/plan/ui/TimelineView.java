package vn.hungyen.khcn.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.plan.PlanModule;
import vn.hungyen.khcn.plan.service.PlanCatalog;
import vn.hungyen.khcn.plan.service.PlanViews.ActivityView;
import vn.hungyen.khcn.plan.service.PlanViews.PlanSummary;
import vn.hungyen.khcn.plan.service.PlanViews.TaskView;

/**
 * Tiến độ: months 1–12 as columns, one bar per activity; recurring activities and those whose timing another
 * body sets are marked. {@code ?ke-hoach=21-kh-skhcn&don-vi=…} choose the plan (newest by default) and a unit.
 */
@Route(TimelineView.PATH)
@Menu(order = 11, icon = "vaadin:calendar", title = "plan.menu.timeline")
public class TimelineView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = PlanModule.ROUTE_ROOT + "/tien-do";
    static final String PARAM_PLAN = "ke-hoach";

    private final PlanCatalog catalog;

    public TimelineView(PlanCatalog catalog) {
        this.catalog = catalog;
        setId("timeline");
    }

    static String url(String planSlug, @Nullable String unit) {
        return PATH + "?" + parameters(planSlug, unit).getQueryString();
    }

    private static QueryParameters parameters(String planSlug, @Nullable String unit) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put(PARAM_PLAN, planSlug);
        if (unit != null) {
            q.put(PlanView.PARAM_UNIT, unit);
        }
        return QueryParameters.simple(q);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("plan.timeline.title")));
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        String requested = params.getOrDefault(PARAM_PLAN, List.of("")).getFirst();
        PlanSummary plan = (requested.isEmpty() ? catalog.latest() : catalog.plan(requested)).orElse(null);
        if (plan == null) {
            add(new Paragraph(getTranslation("plan.plans.none")));
            return;
        }
        String unit = params.getOrDefault(PlanView.PARAM_UNIT, List.of("")).getFirst();
        List<TaskView> tasks = catalog.tasks(plan.slug());
        add(new Anchor(PlanModule.planPath(plan.slug()),
                getTranslation("plan.plan.heading", plan.number(), Formats.date(plan.issuedOn()))));
        add(unitFilter(plan.slug(), tasks, unit));
        add(legend());
        add(chart(plan.slug(), tasks, unit.isEmpty() ? null : unit));
    }

    private Select<String> unitFilter(String slug, List<TaskView> tasks, String selected) {
        Select<String> unit = new Select<>();
        unit.setId("timeline-unit");
        unit.setLabel(getTranslation("plan.filter.unit"));
        List<String> units = new ArrayList<>();
        units.add("");
        tasks.stream().flatMap(t -> t.activities().stream()).flatMap(a -> a.leadUnits().stream()).distinct().sorted()
                .forEach(units::add);
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.isEmpty() ? getTranslation("plan.filter.all") : u);
        unit.setValue(units.contains(selected) ? selected : "");
        unit.setWidth("24rem");
        unit.addValueChangeListener(e -> UI.getCurrent().navigate(PATH,
                parameters(slug, e.getValue().isEmpty() ? null : e.getValue())));
        return unit;
    }

    private Div legend() {
        Div legend = new Div(bar("timeline-bar", getTranslation("plan.timeline.legend.planned")),
                bar("timeline-bar recurring", getTranslation("plan.timeline.legend.recurring")),
                bar("timeline-bar external", getTranslation("plan.timeline.legend.external")));
        legend.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)");
        return legend;
    }

    private Span bar(String classes, String text) {
        Span swatch = new Span();
        swatch.setClassName(classes);
        style(swatch, classes);
        swatch.getStyle().set("display", "inline-block").set("width", "2rem").set("height", "0.8rem")
                .set("margin-inline-end", "0.3rem");
        Span label = new Span(swatch, new Span(text));
        return label;
    }

    private Div chart(String slug, List<TaskView> tasks, @Nullable String unit) {
        Div chart = new Div();
        chart.setId("timeline-chart");
        chart.getStyle().set("display", "grid").set("grid-template-columns", "minmax(14rem, 2fr) repeat(12, 1fr)")
                .set("gap", "2px").set("width", "100%").set("font-size", "var(--lumo-font-size-s)");
        chart.add(new Span(getTranslation("plan.column.activity")));
        for (int m = 1; m <= 12; m++) {
            Span head = new Span(getTranslation("plan.month.short", m));
            head.getStyle().set("text-align", "center").set("font-weight", "600");
            chart.add(head);
        }
        for (TaskView t : tasks) {
            for (ActivityView a : t.activities()) {
                if (unit != null && !a.leadUnits().contains(unit)) {
                    continue;
                }
                String label = t.code() + " · " + firstLine(a);
                Anchor name = new Anchor(PlanModule.taskPath(slug, t.code()) + "#hoat-dong-" + a.ordinal(), label);
                name.setTitle(a.timeframeText() == null ? "" : a.timeframeText());
                name.addClassName("timeline-activity");
                name.getStyle().set("overflow", "hidden").set("white-space", "nowrap").set("text-overflow", "ellipsis");
                chart.add(name);
                String kind = a.externallySet() ? "timeline-bar external"
                        : a.recurring() ? "timeline-bar recurring" : "timeline-bar";
                for (int m = 1; m <= 12; m++) {
                    Span cell = new Span();
                    if (a.months().contains(m) || (a.externallySet() && a.months().isEmpty())) {
                        cell.setClassName(kind);
                        style(cell, kind);
                    }
                    cell.getStyle().set("min-height", "1.2rem");
                    chart.add(cell);
                }
            }
        }
        return chart;
    }

    private static void style(Span span, String classes) {
        String colour = classes.contains("external") ? "var(--lumo-contrast-30pct)"
                : classes.contains("recurring") ? "var(--lumo-success-color-50pct)" : "var(--lumo-primary-color-50pct)";
        span.getStyle().set("background", classes.contains("external")
                ? "repeating-linear-gradient(45deg, " + colour + " 0 4px, transparent 4px 8px)" : colour);
    }

    private static String firstLine(ActivityView a) {
        String text = a.requirement().isEmpty() ? a.target().plain() : a.requirement().plain();
        return text.lines().findFirst().orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.timeline.title");
    }
}
