package vn.hungyen.khcn.plan.progress;

import java.util.Locale;

/** Tình trạng thực hiện of an activity in a period, as a unit reports it; its label is {@link #labelKey()}. */
public enum ReportStatus {
    /** Chưa triển khai. */
    NOT_STARTED,
    /** Đang thực hiện. */
    IN_PROGRESS,
    /** Hoàn thành. */
    DONE,
    /** Chậm tiến độ. */
    LATE,
    /** Dừng. */
    STOPPED;

    public String labelKey() {
        return "plan.progress.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
