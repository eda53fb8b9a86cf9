package vn.hungyen.khcn.plan.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * An editor's answer to a change in a task's basis: the task still stands, or it was adjusted. One row per change
 * (the link that records it), written once; a task stays flagged while a change has no answer.
 */
@Entity
@Immutable
@Table(name = "plan_basis_review")
class BasisReview {

    enum Decision {
        /** Nhiệm vụ vẫn giữ nguyên. */
        CONFIRMED,
        /** Đã điều chỉnh nhiệm vụ. */
        ADJUSTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "task_id", nullable = false)
    private Long taskId;

    /** The content link (an amends / replaces / repeals relation) this answers. */
    @Column(name = "link_id", nullable = false)
    private Long linkId;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, length = 16)
    private Decision decision;

    @Column(name = "note", length = 2000)
    private @Nullable String note;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected BasisReview() {
        this.taskId = 0L;
        this.linkId = 0L;
        this.decision = Decision.CONFIRMED;
        this.decidedBy = "";
        this.decidedAt = Instant.EPOCH;
    }

    BasisReview(long taskId, long linkId, Decision decision, @Nullable String note, String decidedBy, Instant decidedAt) {
        this.taskId = taskId;
        this.linkId = linkId;
        this.decision = decision;
        this.note = note;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    Long getTaskId() {
        return taskId;
    }

    Long getLinkId() {
        return linkId;
    }

    Decision getDecision() {
        return decision;
    }
}
