package vn.hungyen.khcn.plan.progress;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.plan.PlanModule;
import vn.hungyen.khcn.plan.progress.BarChart.Bar;
import vn.hungyen.khcn.plan.progress.ProgressDashboard.Dashboard;
import vn.hungyen.khcn.plan.progress.ProgressDashboard.KpiRow;
import vn.hungyen.khcn.plan.progress.ProgressDashboard.Tally;
import vn.hungyen.khcn.plan.service.PlanCatalog;
import vn.hungyen.khcn.plan.service.PlanViews.PlanSummary;

/**
 * Tiến độ kế hoạch: approved progress of the newest plan up to a period ({@code ?ky=2022-06}) by group, unit and
 * month, KPIs against targets and overdue items — charts with their numbers in tables — and the period's report files.
 */
@AnonymousAllowed
@Route(DashboardView.ROUTE)
@Menu(order = 14, icon = "vaadin:chart", title = "plan.progress.menu.dashboard")
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = PlanModule.ROUTE_ROOT + "/theo-doi";

    private final PlanCatalog catalog;
    private final ProgressDashboard dashboard;
    private final PeriodReportFiles files;

    public DashboardView(PlanCatalog catalog, ProgressDashboard dashboard, PeriodReportFiles files) {
        this.catalog = catalog;
        this.dashboard = dashboard;
        this.files = files;
        setId("progress-dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("plan.progress.dashboard.title")));
        PlanSummary plan = catalog.latest().orElse(null);
        if (plan == null) {
            add(new Paragraph(getTranslation("plan.plans.none")));
            return;
        }
        Optional<Integer> year = Optional.ofNullable(plan.issuedOn()).map(java.time.LocalDate::getYear);
        ReportingPeriod period = period(event.getLocation().getQueryParameters().getSingleParameter("ky").orElse(null))
                .orElseGet(() -> dashboard.defaultPeriod(year));
        Dashboard d = dashboard.of(plan.slug(), period);
        add(new Paragraph(getTranslation("plan.progress.dashboard.intro", files.periodLabel(period, getLocale()))));
        add(downloads(plan.slug(), period));
        String name = getTranslation("plan.progress.dashboard.name");
        String reported = getTranslation("plan.progress.dashboard.reported");
        String activities = getTranslation("plan.progress.dashboard.activities");
        chart("progress-by-group", "plan.progress.dashboard.by-group", List.of(name, reported, activities),
                tallies(d.byGroup()));
        chart("progress-by-unit", "plan.progress.dashboard.by-unit", List.of(name, reported, activities),
                tallies(d.byUnit()));
        chart("progress-by-month", "plan.progress.dashboard.by-month",
                List.of(getTranslation("plan.progress.dashboard.month"), getTranslation("plan.progress.dashboard.count")),
                d.byMonth().stream().map(m -> new Bar(String.valueOf(m.month()), m.approvedReports(), 0)).toList());
        chart("progress-overdue", "plan.progress.dashboard.overdue",
                List.of(name, getTranslation("plan.progress.dashboard.count")),
                d.overdue().stream().map(o -> new Bar(o.unit(), o.overdue(), 0)).toList());
        add(new H2(getTranslation("plan.progress.dashboard.kpis")), kpis(d.kpis()));
    }

    private void chart(String id, String titleKey, List<String> columns, List<Bar> bars) {
        String title = getTranslation(titleKey);
        add(new H2(title), BarChart.of(id, title, columns, bars));
    }

    private static List<Bar> tallies(List<Tally> tallies) {
        return tallies.stream().map(t -> new Bar(t.name(), t.reported(), t.activities())).toList();
    }

    private NativeTable kpis(List<KpiRow> rows) {
        NativeTable table = new NativeTable();
        table.setId("progress-kpis");
        table.setCaptionText(getTranslation("plan.progress.dashboard.kpis"));
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("plan.progress.column.task", "plan.progress.column.unit",
                "plan.progress.dashboard.target", "plan.progress.dashboard.reached", "plan.progress.dashboard.met")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        for (KpiRow r : rows) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(r.taskCode() + " / " + r.ordinal());
            row.addDataCell().setText(r.unit());
            row.addDataCell().setText(r.kpi().text() + range(r.kpi().targetMin(), r.kpi().targetMax()));
            row.addDataCell().setText(PeriodReportFiles.plain(r.kpi().reached())
                    + (r.kpi().unit() == null ? "" : " " + r.kpi().unit()));
            Boolean met = r.kpi().met();
            row.addDataCell().setText(met == null ? "–" : getTranslation(met ? "plan.progress.dashboard.yes"
                    : "plan.progress.dashboard.no"));
        }
        return table;
    }

    private static String range(@Nullable BigDecimal min, @Nullable BigDecimal max) {
        if (min == null) {
            return "";
        }
        return " (" + PeriodReportFiles.plain(min) + (max == null || max.compareTo(min) == 0 ? ""
                : "–" + PeriodReportFiles.plain(max)) + ")";
    }

    private HorizontalLayout downloads(String plan, ReportingPeriod period) {
        String query = "?plan=" + plan + "&period=" + period.code();
        Anchor docx = new Anchor("api/progress/report.docx" + query, getTranslation("plan.progress.dashboard.download-docx"));
        docx.setId("download-docx");
        Anchor xlsx = new Anchor("api/progress/report.xlsx" + query, getTranslation("plan.progress.dashboard.download-xlsx"));
        xlsx.setId("download-xlsx");
        docx.setTarget(AnchorTarget.BLANK);
        xlsx.setTarget(AnchorTarget.BLANK);
        return new HorizontalLayout(docx, xlsx);
    }

    static Optional<ReportingPeriod> period(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReportingPeriod.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.progress.dashboard.title");
    }
}
