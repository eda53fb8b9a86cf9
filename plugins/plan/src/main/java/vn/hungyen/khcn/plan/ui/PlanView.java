package vn.hungyen.khcn.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.plan.PlanModule;
import vn.hungyen.khcn.plan.service.PlanCatalog;
import vn.hungyen.khcn.plan.service.PlanViews.ActivityView;
import vn.hungyen.khcn.plan.service.PlanViews.GroupView;
import vn.hungyen.khcn.plan.service.PlanViews.PlanSummary;
import vn.hungyen.khcn.plan.service.PlanViews.SectionView;
import vn.hungyen.khcn.plan.service.PlanViews.TaskView;

/**
 * Một kế hoạch: its groups → tasks → activities as a tree, filtered by lead unit, group and "active in month"
 * (the filters live in the URL: {@code ?don-vi=…&nhom=4&thang=6}), then the narrative sections.
 */
@AnonymousAllowed
@Route(PlanModule.ROUTE_ROOT + "/:plan")
public class PlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM_UNIT = "don-vi";
    static final String PARAM_GROUP = "nhom";
    static final String PARAM_MONTH = "thang";

    private final PlanCatalog catalog;
    private String title = "";

    public PlanView(PlanCatalog catalog) {
        this.catalog = catalog;
        setId("plan");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("plan").orElse("");
        PlanSummary plan = catalog.plan(slug).orElseThrow(NotFoundException::new);
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        Filter filter = new Filter(first(params, PARAM_UNIT), parse(first(params, PARAM_GROUP)),
                parse(first(params, PARAM_MONTH)));
        title = getTranslation("plan.plan.heading", plan.number(), Formats.date(plan.issuedOn()));
        removeAll();
        add(new H1(title), new Paragraph(plan.title()));
        if (plan.signer() != null) {
            add(new Paragraph(getTranslation("plan.plan.signer", plan.signer())));
        }
        List<GroupView> tree = catalog.tree(slug);
        add(new Anchor(TimelineView.url(slug, filter.unit()), getTranslation("plan.timeline.open")));
        add(filters(slug, tree, filter));
        List<Row> rows = rows(tree, filter);
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("plan.filter.none"));
            none.setId("plan-filter-none");
            add(none);
        } else {
            add(treeGrid(slug, rows));
        }
        add(sections(catalog.sections(slug)));
    }

    private HorizontalLayout filters(String slug, List<GroupView> tree, Filter filter) {
        Select<String> unit = new Select<>();
        unit.setId("filter-unit");
        unit.setLabel(getTranslation("plan.filter.unit"));
        List<String> units = new ArrayList<>();
        units.add("");
        tree.stream().flatMap(g -> g.tasks().stream()).flatMap(t -> t.activities().stream())
                .flatMap(a -> a.leadUnits().stream()).distinct().sorted().forEach(units::add);
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.isEmpty() ? getTranslation("plan.filter.all") : u);
        unit.setValue(filter.unit() == null ? "" : filter.unit());

        Select<Integer> group = new Select<>();
        group.setId("filter-group");
        group.setLabel(getTranslation("plan.filter.group"));
        List<Integer> groups = new ArrayList<>();
        groups.add(0);
        tree.forEach(g -> groups.add(g.number()));
        group.setItems(groups);
        group.setItemLabelGenerator(n -> n == 0 ? getTranslation("plan.filter.all")
                : tree.stream().filter(g -> g.number() == n).findFirst().map(g -> g.numeral() + ". " + g.title())
                        .orElse(""));
        group.setValue(filter.group() == null ? 0 : filter.group());

        Select<Integer> month = new Select<>();
        month.setId("filter-month");
        month.setLabel(getTranslation("plan.filter.month"));
        month.setItems(IntStream.rangeClosed(0, 12).boxed().toList());
        month.setItemLabelGenerator(m -> m == 0 ? getTranslation("plan.filter.all")
                : getTranslation("plan.month", m));
        month.setValue(filter.month() == null ? 0 : filter.month());

        Runnable apply = () -> {
            Map<String, String> q = new LinkedHashMap<>();
            if (!unit.getValue().isEmpty()) {
                q.put(PARAM_UNIT, unit.getValue());
            }
            if (group.getValue() != 0) {
                q.put(PARAM_GROUP, group.getValue().toString());
            }
            if (month.getValue() != 0) {
                q.put(PARAM_MONTH, month.getValue().toString());
            }
            UI.getCurrent().navigate(PlanModule.planPath(slug), QueryParameters.simple(q));
        };
        unit.addValueChangeListener(e -> apply.run());
        group.addValueChangeListener(e -> apply.run());
        month.addValueChangeListener(e -> apply.run());
        unit.setWidth("min(24rem, 100%)");
        group.setWidth("min(24rem, 100%)");
        HorizontalLayout filters = new HorizontalLayout(unit, group, month);
        filters.setWrap(true);
        filters.setWidthFull();
        return filters;
    }

    private TreeGrid<Row> treeGrid(String slug, List<Row> roots) {
        TreeGrid<Row> grid = new TreeGrid<>();
        grid.setId("plan-tree");
        // The whole activity wraps onto more lines: never cut with "…".
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentHierarchyColumn(row -> row.taskCode() == null || row.activity() != null
                ? new Div(row.label())
                : new Anchor(PlanModule.taskPath(slug, row.taskCode()), row.label()))
                .setHeader(getTranslation("plan.column.task")).setFlexGrow(4);
        grid.addColumn(Row::timeframe).setHeader(getTranslation("plan.column.timeframe")).setFlexGrow(1);
        grid.addColumn(Row::lead).setHeader(getTranslation("plan.column.lead")).setFlexGrow(2);
        grid.setItems(roots, Row::children);
        grid.expandRecursively(roots, 1);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The groups, tasks and activities the filter lets through; empty when nothing matches. */
    private static List<Row> rows(List<GroupView> tree, Filter filter) {
        List<Row> roots = new ArrayList<>();
        for (GroupView g : tree) {
            if (filter.group() != null && filter.group() != g.number()) {
                continue;
            }
            Row groupRow = Row.group(g.numeral() + ". " + g.title());
            for (TaskView t : g.tasks()) {
                List<ActivityView> acts = t.activities().stream().filter(filter::accepts).toList();
                boolean parentOfShown = t.activities().isEmpty() && g.tasks().stream()
                        .anyMatch(c -> t.code().equals(c.parentCode()) && c.activities().stream().anyMatch(filter::accepts));
                if (acts.isEmpty() && !parentOfShown && (filter.active() || !t.activities().isEmpty())) {
                    continue;
                }
                Row taskRow = Row.task(t.code(), t.code() + " " + t.title());
                acts.forEach(a -> taskRow.children().add(Row.activity(t.code(), a)));
                groupRow.children().add(taskRow);
            }
            if (!groupRow.children().isEmpty()) {
                roots.add(groupRow);
            }
        }
        return roots;
    }

    private Div sections(List<SectionView> sections) {
        Div div = new Div();
        div.setId("plan-sections");
        if (!sections.isEmpty()) {
            div.add(new H2(getTranslation("plan.sections")));
        }
        for (SectionView s : sections) {
            Div section = new Div();
            section.setId("muc-" + s.path().toLowerCase(java.util.Locale.ROOT));
            section.add(new com.vaadin.flow.component.html.H3(s.number() + ". " + s.heading()));
            s.text().lines().filter(l -> !l.isBlank()).forEach(l -> section.add(new Paragraph(l)));
            div.add(section);
        }
        return div;
    }

    private static @Nullable String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }

    private static @Nullable Integer parse(@Nullable String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** The reader's filters; null means "any". */
    record Filter(@Nullable String unit, @Nullable Integer group, @Nullable Integer month) {

        boolean active() {
            return unit != null || month != null;
        }

        boolean accepts(ActivityView a) {
            return (unit == null || a.leadUnits().contains(unit)) && (month == null || a.months().contains(month));
        }
    }

    /** A row of the tree: a group, a task or an activity. */
    record Row(@Nullable String taskCode, String label, @Nullable ActivityView activity, List<Row> children) {

        static Row group(String label) {
            return new Row(null, label, null, new ArrayList<>());
        }

        static Row task(String code, String label) {
            return new Row(code, label, null, new ArrayList<>());
        }

        static Row activity(String code, ActivityView a) {
            String text = a.requirement().isEmpty() ? a.target().plain() : a.requirement().plain();
            return new Row(code, String.join(" ", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()), a,
                    List.of());
        }

        String timeframe() {
            return Optional.ofNullable(activity).map(ActivityView::timeframeText).orElse("");
        }

        String lead() {
            return activity == null ? "" : Formats.units(activity.leadUnits());
        }
    }
}
