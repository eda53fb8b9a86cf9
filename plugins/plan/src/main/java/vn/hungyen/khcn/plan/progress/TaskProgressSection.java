package vn.hungyen.khcn.plan.progress;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.hungyen.khcn.plan.progress.ProgressViews.AdjustmentView;
import vn.hungyen.khcn.plan.progress.ProgressViews.BasisChange;
import vn.hungyen.khcn.plan.progress.ProgressViews.KpiFigure;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportView;
import vn.hungyen.khcn.plan.progress.TaskProgress.ActivityProgress;

/**
 * The task page's "Tiến độ thực hiện" section, self-contained so that the page adds it in one line: basis changes
 * awaiting an editor, each activity's timing and its units' newest approved reports (readers see approved ones only).
 */
@Component
public class TaskProgressSection {

    private final TaskProgress progress;

    TaskProgressSection(TaskProgress progress) {
        this.progress = progress;
    }

    /** The section for a task with the given activities (their ordinals); texts from the page's bundles. */
    public Div of(String plan, String taskCode, List<Integer> ordinals, com.vaadin.flow.component.Component page) {
        TaskProgress.View view = progress.of(plan, taskCode, ordinals);
        Div div = new Div(new H2(page.getTranslation("plan.progress.task.title")));
        div.setId("task-progress");
        for (BasisChange c : view.basisChanges()) {
            Paragraph flag = new Paragraph(page.getTranslation("plan.progress.task.basis-changed",
                    page.getTranslation("plan.progress.relation." + c.relation(), c.changingDocument(),
                            c.changedDocument()), c.recordedAt().toString()));
            flag.addClassName("basis-changed");
            flag.getStyle().set("color", "var(--lumo-error-text-color)");
            div.add(flag);
        }
        for (AdjustmentView j : view.adjustments()) {
            div.add(adjustment(j, page));
        }
        UnorderedList list = new UnorderedList();
        for (ActivityProgress a : view.activities()) {
            if (a.timing() != null) {
                ListItem timing = new ListItem(page.getTranslation("plan.progress.task.timing", a.ordinal(),
                        page.getTranslation(a.timing().labelKey())));
                timing.addClassName("timing-" + a.timing().name().toLowerCase(java.util.Locale.ROOT));
                list.add(timing);
            }
            for (ReportView r : a.lastApproved()) {
                ListItem item = new ListItem(page.getTranslation("plan.progress.task.report", a.ordinal(), r.unitName(),
                        r.period(), page.getTranslation(r.status().labelKey())) + " — " + r.result() + kpis(r.kpis()));
                item.addClassName("approved-report");
                list.add(item);
            }
        }
        if (view.activities().stream().allMatch(a -> a.lastApproved().isEmpty())) {
            div.add(new Paragraph(page.getTranslation("plan.progress.task.none")));
        }
        div.add(list);
        return div;
    }

    /**
     * "Điều chỉnh": what changed, when, why and by which document, with the text in force beside the signed one (or
     * that the activity was cancelled).
     */
    private static Div adjustment(AdjustmentView j, com.vaadin.flow.component.Component page) {
        Div note = new Div();
        note.addClassName("adjustment");
        note.add(new Paragraph(page.getTranslation("plan.adjust.task.note." + j.kind(), j.ordinal(), j.decisionNumber(),
                j.decisionDate().toString(), j.decidedAt().toString(), j.reason())));
        if (!j.cancelled()) {
            Paragraph current = new Paragraph(page.getTranslation("plan.adjust.task.current", j.requirement(),
                    j.target().isBlank() ? "—" : j.target(), j.deadline() == null ? "—" : j.deadline().toString()));
            current.addClassName("adjustment-current");
            note.add(current);
        }
        Paragraph signed = new Paragraph(page.getTranslation("plan.adjust.task.signed", j.signedRequirement(),
                j.signedTarget().isBlank() ? "—" : j.signedTarget()));
        signed.addClassName("adjustment-signed");
        note.add(signed);
        return note;
    }

    private static String kpis(List<KpiFigure> kpis) {
        String reached = kpis.stream().filter(k -> k.reached() != null)
                .map(k -> k.text() + ": " + PeriodReportFiles.plain(k.reached()) + (k.unit() == null ? "" : " " + k.unit()))
                .collect(Collectors.joining("; "));
        return reached.isEmpty() ? "" : " (" + reached + ")";
    }
}
