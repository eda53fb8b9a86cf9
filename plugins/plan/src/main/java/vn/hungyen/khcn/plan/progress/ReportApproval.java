package vn.hungyen.khcn.plan.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** Phê duyệt: an editor approved one report version; written once, next to the report it approves. */
@Entity
@Immutable
@Table(name = "plan_report_approval")
class ReportApproval {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "approved_by", nullable = false, length = 100)
    private String approvedBy;

    @Column(name = "approved_at", nullable = false)
    private Instant approvedAt;

    protected ReportApproval() {
        this.reportId = 0L;
        this.approvedBy = "";
        this.approvedAt = Instant.EPOCH;
    }

    ReportApproval(long reportId, String approvedBy, Instant approvedAt) {
        this.reportId = reportId;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
    }

    Long getReportId() {
        return reportId;
    }

    String getApprovedBy() {
        return approvedBy;
    }

    Instant getApprovedAt() {
        return approvedAt;
    }
}
