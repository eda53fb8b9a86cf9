package vn.hungyen.khcn.plan.progress;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.plan.domain.Activity;
import vn.hungyen.khcn.plan.domain.KpiValue;

/**
 * Điều chỉnh: an editor's change or cancellation of a signed activity, with its reason and the deciding document
 * (số ký hiệu and date). Written once; the newest adjustment of an activity is the version in force, the signed
 * {@link Activity} row stays as it was.
 */
@Entity
@Immutable
@Table(name = "plan_adjustment")
class PlanAdjustment {

    enum Kind {
        /** Điều chỉnh nội dung, chỉ tiêu hoặc thời hạn. */
        CHANGE,
        /** Hủy bỏ / không thực hiện nữa. */
        CANCEL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false)
    private Activity activity;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private Kind kind;

    /** The whole requirement in force after a change, plain text. */
    @Column(name = "requirement", length = 4000)
    private @Nullable String requirement;

    /** The whole target (chỉ tiêu/sản phẩm) in force after a change, plain text. */
    @Column(name = "target", length = 4000)
    private @Nullable String target;

    @Column(name = "deadline")
    private @Nullable LocalDate deadline;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "decision_number", nullable = false, length = 100)
    private String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_adjustment_kpi", joinColumns = @JoinColumn(name = "adjustment_id"))
    @OrderColumn(name = "position")
    private List<KpiValue> kpis = new ArrayList<>();

    protected PlanAdjustment() {
        this.activity = null;
        this.kind = Kind.CHANGE;
        this.reason = "";
        this.decisionNumber = "";
        this.decisionDate = LocalDate.EPOCH;
        this.decidedBy = "";
        this.decidedAt = Instant.EPOCH;
    }

    PlanAdjustment(Activity activity, Kind kind, @Nullable String requirement, @Nullable String target,
            List<KpiValue> kpis, @Nullable LocalDate deadline, String reason, String decisionNumber,
            LocalDate decisionDate, String decidedBy, Instant decidedAt) {
        this.activity = activity;
        this.kind = kind;
        this.requirement = requirement;
        this.target = target;
        this.kpis = new ArrayList<>(kpis);
        this.deadline = deadline;
        this.reason = reason;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    @Nullable Long getId() {
        return id;
    }

    Activity getActivity() {
        return activity;
    }

    Kind getKind() {
        return kind;
    }

    @Nullable String getRequirement() {
        return requirement;
    }

    @Nullable String getTarget() {
        return target;
    }

    List<KpiValue> getKpis() {
        return List.copyOf(kpis);
    }

    @Nullable LocalDate getDeadline() {
        return deadline;
    }

    String getReason() {
        return reason;
    }

    String getDecisionNumber() {
        return decisionNumber;
    }

    LocalDate getDecisionDate() {
        return decisionDate;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }
}
