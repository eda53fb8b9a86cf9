package vn.hungyen.khcn.index.search;

import org.jspecify.annotations.Nullable;

/**
 * Một truy vấn tìm kiếm: what a reader typed, with optional filters and paging.
 *
 * @param text          the query as typed; any syntax is accepted (odd syntax degrades to plain words)
 * @param type          a content type code to restrict to, or null for every type
 * @param page          zero-based page
 * @param size          hits per page, 1..100
 * @param includeDrafts whether drafts may be found (editors only; readers never see drafts)
 */
public record SearchRequest(String text, @Nullable String type, int page, int size, boolean includeDrafts) {

    public static final int MAX_QUERY_LENGTH = 1000;
    public static final int MAX_PAGE_SIZE = 100;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            // A pasted page of text is still a query: keep its beginning rather than refuse it.
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        page = Math.max(0, page);
        size = Math.clamp(size, 1, MAX_PAGE_SIZE);
        type = type == null || type.isBlank() ? null : type;
    }

    public static SearchRequest forReaders(String text, @Nullable String type, int page, int size) {
        return new SearchRequest(text, type, page, size, false);
    }
}
