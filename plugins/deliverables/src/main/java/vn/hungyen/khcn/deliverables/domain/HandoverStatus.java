package vn.hungyen.khcn.deliverables.domain;

/** Trạng thái bàn giao of a deliverable, as its source announces it. */
public enum HandoverStatus {
    /** Đã (sẽ) nghiệm thu. */
    ACCEPTED,
    /** Nghiệm thu và bàn giao cho nơi ứng dụng. */
    HANDED_OVER,
    /** Đang thực hiện. */
    IN_PROGRESS
}
