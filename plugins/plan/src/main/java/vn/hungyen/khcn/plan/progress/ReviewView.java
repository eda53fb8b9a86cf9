package vn.hungyen.khcn.plan.progress;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.plan.PlanModule;
import vn.hungyen.khcn.plan.progress.ProgressViews.BasisChange;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportView;
import vn.hungyen.khcn.plan.service.PlanCatalog;
import vn.hungyen.khcn.plan.service.PlanViews.PlanSummary;

/** Duyệt báo cáo: editors approve the reports waiting and answer the changes in tasks' legal basis. */
@RolesAllowed(Roles.EDITOR)
@Route(ReviewView.ROUTE)
@Menu(order = 17, icon = "vaadin:check-square-o", title = "plan.progress.menu.review")
public class ReviewView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = PlanModule.ROUTE_ROOT + "/duyet-bao-cao";

    private final ProgressReports reports;
    private final BasisChanges basisChanges;
    private final String plan;
    private final Grid<ReportView> pending = new Grid<>();
    private final Grid<BasisChange> changes = new Grid<>();
    private final Paragraph message = new Paragraph();

    public ReviewView(PlanCatalog catalog, ProgressReports reports, BasisChanges basisChanges) {
        this.reports = reports;
        this.basisChanges = basisChanges;
        this.plan = catalog.latest().map(PlanSummary::slug).orElse("");
        setId("progress-review");
        message.setId("review-message");
        pending.setId("review-pending");
        pending.addColumn(r -> r.taskCode() + " / " + r.ordinal()).setHeader(getTranslation("plan.progress.column.activity"));
        pending.addColumn(ReportView::unitName).setHeader(getTranslation("plan.progress.column.unit"));
        pending.addColumn(ReportView::period).setHeader(getTranslation("plan.progress.column.period"));
        pending.addColumn(ReportView::revision).setHeader(getTranslation("plan.progress.column.revision"));
        pending.addColumn(r -> getTranslation(r.status().labelKey())).setHeader(getTranslation("plan.progress.column.status"));
        pending.addColumn(ReportView::result).setHeader(getTranslation("plan.progress.column.result")).setFlexGrow(3);
        pending.addColumn(ReportView::reportedBy).setHeader(getTranslation("plan.progress.column.reported-by"));
        pending.addComponentColumn(r -> {
            Button approve = new Button(getTranslation("plan.progress.review.approve"), e -> approve(r));
            approve.setId("approve-" + r.id());
            return approve;
        }).setKey("approve");
        changes.setId("review-basis");
        changes.addColumn(c -> c.taskCode() + ". " + c.taskTitle()).setHeader(getTranslation("plan.progress.column.task"))
                .setFlexGrow(2);
        changes.addColumn(c -> getTranslation("plan.progress.relation." + c.relation(), c.changingDocument(),
                c.changedDocument())).setHeader(getTranslation("plan.progress.column.change")).setFlexGrow(3);
        changes.addColumn(c -> c.recordedAt().toString()).setHeader(getTranslation("plan.progress.column.recorded"));
        changes.addComponentColumn(c -> {
            Button stands = new Button(getTranslation("plan.progress.review.confirm"), e -> answer(c, false));
            stands.setId("confirm-" + c.taskCode() + "-" + c.linkId());
            Button adjusted = new Button(getTranslation("plan.progress.review.adjust"), e -> answer(c, true));
            adjusted.setId("adjust-" + c.taskCode() + "-" + c.linkId());
            return new HorizontalLayout(stands, adjusted);
        }).setAutoWidth(true);
        add(new H1(getTranslation("plan.progress.review.title")), message, pending,
                new H2(getTranslation("plan.progress.review.basis")), changes);
        refresh();
    }

    private void approve(ReportView r) {
        try {
            reports.approve(r.id());
            message.setText(getTranslation("plan.progress.review.approved", String.valueOf(r.id())));
        } catch (ProgressException e) {
            message.setText(getTranslation(e.messageKey(), e.arguments()));
        }
        refresh();
    }

    private void answer(BasisChange c, boolean adjusted) {
        try {
            basisChanges.answer(plan, c.taskCode(), c.linkId(), adjusted, null);
            message.setText(getTranslation("plan.progress.review.answered", c.taskCode()));
        } catch (ProgressException e) {
            message.setText(getTranslation(e.messageKey(), e.arguments()));
        }
        refresh();
    }

    private void refresh() {
        pending.setItems(plan.isEmpty() ? java.util.List.of() : reports.pending(plan));
        changes.setItems(plan.isEmpty() ? java.util.List.of() : basisChanges.open(plan));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.progress.review.title");
    }
}
