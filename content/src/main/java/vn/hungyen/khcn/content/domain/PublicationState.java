package vn.hungyen.khcn.content.domain;

/** Trạng thái xuất bản: the editorial state of a content item. Only {@link #PUBLISHED} is visible to anonymous readers. */
public enum PublicationState {
    /** Bản nháp. */
    DRAFT,
    /** Đã xuất bản. */
    PUBLISHED,
    /** Lưu trữ: no longer current, kept for the record. */
    ARCHIVED
}
