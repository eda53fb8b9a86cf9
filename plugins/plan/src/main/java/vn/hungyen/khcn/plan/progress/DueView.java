package vn.hungyen.khcn.plan.progress;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import vn.hungyen.khcn.plan.PlanModule;
import vn.hungyen.khcn.plan.progress.ProgressViews.DueItem;
import vn.hungyen.khcn.plan.service.PlanCatalog;
import vn.hungyen.khcn.plan.service.PlanViews.PlanSummary;

/**
 * Việc đến hạn: per unit ({@code ?don-vi=<slug>}), the activities due soon or overdue and the period reports not
 * yet sent, with the unit's Atom feed.
 */
@AnonymousAllowed
@Route(DueView.ROUTE)
@Menu(order = 15, icon = "vaadin:alarm", title = "plan.progress.menu.due")
public class DueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = PlanModule.ROUTE_ROOT + "/den-han";
    static final String UNIT = "don-vi";

    private final PlanCatalog catalog;
    private final Deadlines deadlines;
    private final ProgressReports reports;

    public DueView(PlanCatalog catalog, Deadlines deadlines, ProgressReports reports) {
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.reports = reports;
        setId("due");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("plan.progress.due.title")));
        PlanSummary plan = catalog.latest().orElse(null);
        if (plan == null) {
            add(new Paragraph(getTranslation("plan.plans.none")));
            return;
        }
        Map<String, String> names = reports.unitNames();
        String unit = event.getLocation().getQueryParameters().getSingleParameter(UNIT).filter(names::containsKey)
                .orElse(null);
        add(new Paragraph(getTranslation("plan.progress.due.intro", deadlines.today().toString(),
                String.valueOf(Deadlines.DUE_SOON_DAYS))));
        ComboBox<String> units = new ComboBox<>(getTranslation("plan.progress.column.unit"));
        units.setId("due-unit");
        units.setItems(names.keySet().stream().sorted((a, b) -> names.get(a).compareTo(names.get(b))).toList());
        units.setItemLabelGenerator(names::get);
        units.setPlaceholder(getTranslation("plan.progress.due.all"));
        units.setClearButtonVisible(true);
        units.setWidth("32em");
        units.setValue(unit);
        units.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate(ROUTE, e.getValue() == null
                ? QueryParameters.empty() : QueryParameters.of(UNIT, e.getValue()))));
        add(units);
        if (unit != null) {
            Anchor feed = new Anchor("api/progress/units/" + unit + "/feed.atom", getTranslation("plan.progress.due.feed"));
            feed.setId("due-feed");
            add(feed);
        }
        List<DueItem> due = deadlines.due(plan.slug(), unit);
        if (due.isEmpty()) {
            add(new Paragraph(getTranslation("plan.progress.due.none")));
            return;
        }
        Grid<DueItem> grid = new Grid<>();
        grid.setId("due-grid");
        grid.addColumn(DueItem::unitName).setHeader(getTranslation("plan.progress.column.unit")).setAutoWidth(true);
        grid.addComponentColumn(d -> new Anchor(PlanModule.taskPath(plan.slug(), d.taskCode()) + "#hoat-dong-"
                + d.ordinal(), d.taskCode() + " / " + d.ordinal() + " — " + d.requirement()))
                .setHeader(getTranslation("plan.progress.column.activity")).setFlexGrow(3);
        grid.addColumn(d -> d.kind() == ProgressViews.DueKind.REPORT
                ? getTranslation("plan.progress.kind.report", d.period()) : getTranslation("plan.progress.kind.activity"))
                .setHeader(getTranslation("plan.progress.column.kind"));
        grid.addColumn(d -> d.dueDate().toString()).setHeader(getTranslation("plan.progress.column.due"));
        grid.addColumn(d -> getTranslation(d.timing().labelKey())).setHeader(getTranslation("plan.progress.column.timing"));
        grid.setItems(due);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.progress.due.title");
    }
}
