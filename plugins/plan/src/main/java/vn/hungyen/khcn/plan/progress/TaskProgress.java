package vn.hungyen.khcn.plan.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.plan.progress.ProgressViews.AdjustmentView;
import vn.hungyen.khcn.plan.progress.ProgressViews.BasisChange;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportView;
import vn.hungyen.khcn.plan.progress.ProgressViews.Timing;

/** One task's progress for its page and the API: each activity's timing and last approved reports, basis changes. */
@Service
@Transactional(readOnly = true)
public class TaskProgress {

    private final ProgressReports reports;
    private final Deadlines deadlines;
    private final BasisChanges basisChanges;
    private final PlanAdjustments adjustments;

    TaskProgress(ProgressReports reports, Deadlines deadlines, BasisChanges basisChanges, PlanAdjustments adjustments) {
        this.adjustments = adjustments;
        this.reports = reports;
        this.deadlines = deadlines;
        this.basisChanges = basisChanges;
    }

    /** An activity's standing: its timing (none without a deadline) and its units' newest approved reports. */
    public record ActivityProgress(int ordinal, @Nullable Timing timing, List<ReportView> lastApproved) {

        /** The status of the newest approved report, if any. */
        public Optional<ReportStatus> status() {
            return lastApproved.stream().max(java.util.Comparator.comparing(ReportView::approvedAt,
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))).map(ReportView::status);
        }
    }

    /** {@code adjustments}: every change or cancellation of the task's activities, oldest first. */
    public record View(List<ActivityProgress> activities, List<BasisChange> basisChanges,
            List<AdjustmentView> adjustments) {
    }

    public View of(String plan, String taskCode, List<Integer> ordinals) {
        List<ReportView> approved = reports.approvedForTask(plan, taskCode);
        List<ActivityProgress> activities = new ArrayList<>();
        for (int ordinal : ordinals) {
            activities.add(new ActivityProgress(ordinal, deadlines.timing(plan, taskCode, ordinal).orElse(null),
                    approved.stream().filter(r -> r.ordinal() == ordinal).toList()));
        }
        return new View(activities, basisChanges.open(plan, taskCode), adjustments.ofTask(plan, taskCode));
    }
}
