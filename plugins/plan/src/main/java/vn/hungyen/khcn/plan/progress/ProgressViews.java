package vn.hungyen.khcn.plan.progress;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Read models and requests of the follow-up: plain values for pages, the API and the report files. */
public final class ProgressViews {

    private ProgressViews() {
    }

    /** An activity as a reporter picks it: which task, which one, and the units that may report on it. */
    public record ReportableActivity(String taskCode, String taskTitle, int ordinal, String requirement,
            List<String> unitSlugs, List<String> unitNames, List<String> kpis) {

        public String label() {
            return taskCode + " / " + ordinal + " — " + requirement;
        }
    }

    /** A file offered as evidence: read through the bounded upload path when the report is saved. */
    public record EvidenceUpload(String fileName, InputStream content) {
    }

    /** What a unit reports on an activity for a period. */
    public record ReportDraft(String plan, String taskCode, int ordinal, String unitSlug, ReportingPeriod period,
            ReportStatus status, String result, List<@Nullable BigDecimal> kpiValues, @Nullable String note,
            List<EvidenceUpload> evidence) {
    }

    /** One stored report version. */
    public record ReportView(long id, String taskCode, String taskTitle, int ordinal, String requirement,
            String target, String unitSlug, String unitName, String period, int revision, ReportStatus status, String result,
            @Nullable String note, List<KpiFigure> kpis, List<String> evidence, String reportedBy,
            Instant reportedAt, @Nullable String approvedBy, @Nullable Instant approvedAt) {

        public boolean approved() {
            return approvedAt != null;
        }
    }

    /** A KPI of the activity with its target range and the value the report gives. */
    public record KpiFigure(String text, @Nullable BigDecimal targetMin, @Nullable BigDecimal targetMax,
            @Nullable String unit, @Nullable BigDecimal reached) {

        /** Whether the value reached meets the target's lower bound; {@code null} when either is unknown. */
        public @Nullable Boolean met() {
            return reached == null || targetMin == null ? null : reached.compareTo(targetMin) >= 0;
        }
    }

    /** Đến hạn / quá hạn: something a unit owes, with its due date. */
    public record DueItem(String unitSlug, String unitName, String taskCode, String taskTitle, int ordinal,
            String requirement, DueKind kind, @Nullable String period, LocalDate dueDate, Timing timing) {
    }

    public enum DueKind {
        /** The activity's own deadline (its last month, or its date). */
        ACTIVITY,
        /** The report for a period ("trước ngày 20 của tháng kế tiếp"). */
        REPORT
    }

    /** Where an activity or a report stands against its deadline. */
    public enum Timing {
        ON_TIME, DUE_SOON, OVERDUE, DONE;

        public String labelKey() {
            return "plan.progress.timing." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A change to a document in a task's basis that no editor has answered yet. */
    public record BasisChange(long linkId, String taskCode, String taskTitle, String changedDocument,
            String changingDocument, String relation, Instant recordedAt) {
    }

    /** An activity as an editor adjusts it: its version in force. */
    public record AdjustableActivity(String taskCode, String taskTitle, int ordinal, String requirement,
            String target, @Nullable LocalDate deadline) {

        public String label() {
            return taskCode + " / " + ordinal + " — " + requirement;
        }
    }

    /**
     * An editor's adjustment of an activity: cancel it, or give the requirement, target and deadline in force from now
     * (a field left as it stands is not changed); always with the reason and the deciding document.
     */
    public record AdjustmentDraft(String plan, String taskCode, int ordinal, boolean cancel,
            @Nullable String requirement, @Nullable String target, @Nullable LocalDate deadline,
            @Nullable String reason, @Nullable String decisionNumber, @Nullable LocalDate decisionDate) {
    }

    /**
     * One stored adjustment: {@code kind} is {@code change} or {@code cancel}; the signed texts beside those in force
     * after it.
     */
    public record AdjustmentView(String taskCode, int ordinal, String kind, String signedRequirement,
            String signedTarget, String requirement, String target, @Nullable LocalDate deadline, String reason,
            String decisionNumber, LocalDate decisionDate, String decidedBy, Instant decidedAt) {

        public boolean cancelled() {
            return "cancel".equals(kind);
        }
    }
}
