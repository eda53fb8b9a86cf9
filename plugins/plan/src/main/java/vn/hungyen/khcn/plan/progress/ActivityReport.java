package vn.hungyen.khcn.plan.progress;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.plan.domain.Activity;
import vn.hungyen.khcn.plan.domain.Organisation;

/**
 * Báo cáo kết quả: one version of a unit's report on one activity for one period. Never changed once written (the
 * table is append-only): a correction is a new version with the next number, and an editor's approval is a row of
 * its own ({@link ReportApproval}).
 */
@Entity
@Immutable
@Table(name = "plan_report")
class ActivityReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false, updatable = false)
    private Activity activity;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private Organisation unit;

    @Column(name = "period", nullable = false, length = 16, updatable = false)
    private String period;

    /** 1 for the first report of this activity, unit and period, then 2, 3 … */
    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16, updatable = false)
    private ReportStatus status;

    @Column(name = "result", nullable = false, length = 4000, updatable = false)
    private String result;

    @Column(name = "note", length = 2000, updatable = false)
    private @Nullable String note;

    @Column(name = "reported_by", nullable = false, length = 100, updatable = false)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    /** The value reached for each of the activity's KPIs, in the activity's KPI order; {@code null} when not given. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_report_kpi", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "reached", precision = 19, scale = 4)
    private List<BigDecimal> kpiValues = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_report_evidence", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<Evidence> evidence = new ArrayList<>();

    protected ActivityReport() {
        this.activity = null;
        this.unit = null;
        this.period = "";
        this.status = ReportStatus.NOT_STARTED;
        this.result = "";
        this.reportedBy = "";
        this.reportedAt = Instant.EPOCH;
    }

    ActivityReport(Activity activity, Organisation unit, ReportingPeriod period, int revision, ReportStatus status,
            String result, @Nullable String note, List<@Nullable BigDecimal> kpiValues, List<Evidence> evidence,
            String reportedBy, Instant reportedAt) {
        this.activity = activity;
        this.unit = unit;
        this.period = period.code();
        this.revision = revision;
        this.status = status;
        this.result = result;
        this.note = note;
        this.kpiValues = new ArrayList<>(kpiValues);
        this.evidence = new ArrayList<>(evidence);
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    @Nullable Long getId() {
        return id;
    }

    Activity getActivity() {
        return activity;
    }

    Organisation getUnit() {
        return unit;
    }

    ReportingPeriod getPeriod() {
        return ReportingPeriod.parse(period);
    }

    int getRevision() {
        return revision;
    }

    ReportStatus getStatus() {
        return status;
    }

    String getResult() {
        return result;
    }

    @Nullable String getNote() {
        return note;
    }

    String getReportedBy() {
        return reportedBy;
    }

    Instant getReportedAt() {
        return reportedAt;
    }

    List<@Nullable BigDecimal> getKpiValues() {
        return java.util.Collections.unmodifiableList(kpiValues);
    }

    List<Evidence> getEvidence() {
        return List.copyOf(evidence);
    }

    /** Minh chứng: a file kept through the bounded upload path ({@code OriginalFiles}). */
    @Embeddable
    static class Evidence {

        @Column(name = "file_name", nullable = false, length = 255)
        private String fileName;

        @Column(name = "media_type", nullable = false, length = 100)
        private String mediaType;

        @Column(name = "size_bytes", nullable = false)
        private long size;

        @Column(name = "stored_path", nullable = false, length = 500)
        private String storedPath;

        protected Evidence() {
            this.fileName = "";
            this.mediaType = "";
            this.storedPath = "";
        }

        Evidence(String fileName, String mediaType, long size, String storedPath) {
            this.fileName = fileName;
            this.mediaType = mediaType;
            this.size = size;
            this.storedPath = storedPath;
        }

        String fileName() {
            return fileName;
        }

        String mediaType() {
            return mediaType;
        }

        long size() {
            return size;
        }

        String storedPath() {
            return storedPath;
        }
    }
}
