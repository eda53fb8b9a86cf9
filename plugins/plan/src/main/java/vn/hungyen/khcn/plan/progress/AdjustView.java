package vn.hungyen.khcn.plan.progress;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.plan.PlanModule;
import vn.hungyen.khcn.plan.progress.ProgressViews.AdjustableActivity;
import vn.hungyen.khcn.plan.progress.ProgressViews.AdjustmentDraft;
import vn.hungyen.khcn.plan.progress.ProgressViews.AdjustmentView;
import vn.hungyen.khcn.plan.service.PlanCatalog;
import vn.hungyen.khcn.plan.service.PlanViews.PlanSummary;

/**
 * Điều chỉnh kế hoạch: an editor changes an activity's requirement, target or deadline, or cancels it, with the
 * reason and the deciding document. The form starts from the version in force; the service checks the role again.
 */
@RolesAllowed(Roles.EDITOR)
@Route(AdjustView.ROUTE)
@Menu(order = 18, icon = "vaadin:pencil", title = "plan.adjust.menu")
public class AdjustView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = PlanModule.ROUTE_ROOT + "/dieu-chinh";
    static final String CHANGE = "change";
    static final String CANCEL = "cancel";

    private final PlanAdjustments adjustments;
    private final String plan;
    private final ComboBox<AdjustableActivity> activity = new ComboBox<>();
    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>();
    private final TextArea requirement = new TextArea();
    private final TextArea target = new TextArea();
    private final DatePicker deadline = new DatePicker();
    private final TextArea reason = new TextArea();
    private final TextField decisionNumber = new TextField();
    private final DatePicker decisionDate = new DatePicker();
    private final Paragraph message = new Paragraph();

    public AdjustView(PlanCatalog catalog, PlanAdjustments adjustments) {
        this.adjustments = adjustments;
        this.plan = catalog.latest().map(PlanSummary::slug).orElse("");
        setId("plan-adjust");
        activity.setId("adjust-activity");
        activity.setLabel(getTranslation("plan.adjust.activity"));
        activity.setItemLabelGenerator(AdjustableActivity::label);
        activity.setWidthFull();
        activity.addValueChangeListener(e -> fill(e.getValue()));
        kind.setId("adjust-kind");
        kind.setLabel(getTranslation("plan.adjust.kind"));
        kind.setItems(CHANGE, CANCEL);
        kind.setItemLabelGenerator(k -> getTranslation("plan.adjust.kind." + k));
        kind.setValue(CHANGE);
        kind.addValueChangeListener(e -> changeFields(CHANGE.equals(e.getValue())));
        field(requirement, "adjust-requirement", "plan.adjust.requirement");
        field(target, "adjust-target", "plan.adjust.target");
        deadline.setId("adjust-deadline");
        deadline.setLabel(getTranslation("plan.adjust.deadline"));
        field(reason, "adjust-reason", "plan.adjust.reason");
        decisionNumber.setId("adjust-decision-number");
        decisionNumber.setLabel(getTranslation("plan.adjust.decision-number"));
        decisionNumber.setMaxLength(PlanAdjustments.MAX_NUMBER);
        decisionDate.setId("adjust-decision-date");
        decisionDate.setLabel(getTranslation("plan.adjust.decision-date"));
        message.setId("adjust-message");
        Button save = new Button(getTranslation("plan.adjust.save"), e -> save());
        save.setId("adjust-save");
        add(new H1(getTranslation("plan.adjust.title")), new Paragraph(getTranslation("plan.adjust.intro")), activity,
                kind, requirement, target, deadline, reason, decisionNumber, decisionDate, save, message);
        refresh();
    }

    private void field(TextArea area, String id, String labelKey) {
        area.setId(id);
        area.setLabel(getTranslation(labelKey));
        area.setWidthFull();
    }

    private void fill(AdjustableActivity a) {
        requirement.setValue(a == null ? "" : a.requirement());
        target.setValue(a == null ? "" : a.target());
        deadline.setValue(a == null ? null : a.deadline());
    }

    private void changeFields(boolean change) {
        requirement.setEnabled(change);
        target.setEnabled(change);
        deadline.setEnabled(change);
    }

    private void save() {
        AdjustableActivity a = activity.getValue();
        if (a == null) {
            message.setText(getTranslation("plan.adjust.error.pick"));
            return;
        }
        try {
            AdjustmentView saved = adjustments.adjust(new AdjustmentDraft(plan, a.taskCode(), a.ordinal(),
                    CANCEL.equals(kind.getValue()), requirement.getValue(), target.getValue(), deadline.getValue(),
                    reason.getValue(), decisionNumber.getValue(), decisionDate.getValue()));
            message.setText(getTranslation("plan.adjust.saved." + saved.kind(), saved.taskCode(), saved.ordinal(),
                    saved.decisionNumber()));
            reason.clear();
            decisionNumber.clear();
            decisionDate.clear();
            refresh();
        } catch (ProgressException e) {
            message.setText(getTranslation(e.messageKey(), e.arguments()));
        } catch (AccessDeniedException e) {
            message.setText(getTranslation("plan.adjust.error.denied"));
        }
    }

    private void refresh() {
        activity.setItems(plan.isEmpty() ? java.util.List.of() : adjustments.adjustable(plan));
        activity.clear();
        fill(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.adjust.title");
    }
}
