package vn.hungyen.khcn.content.domain;

/** Trạng thái xuất bản: the editorial state of a content item. Only {@link #PUBLISHED} is visible to anonymous readers. */
public enum PublicationState {
    /** Bản nháp. */
    DRAFT,
    /** Đã xuất bản. */
    PUBLISHED,
    /** Lưu trữ: no longer current, kept for the record. */
    ARCHIVED;

    /**
     * The editorial workflow: a draft is published; a published item is archived or taken back to draft; an archived
     * item is published again or reopened as a draft. Staying in the same state is not a move.
     */
    public boolean canMoveTo(PublicationState next) {
        return switch (this) {
            case DRAFT -> next == PUBLISHED;
            case PUBLISHED -> next == ARCHIVED || next == DRAFT;
            case ARCHIVED -> next == PUBLISHED || next == DRAFT;
        };
    }
}
