package vn.hungyen.khcn.index.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.SearchFacets;

/**
 * Một truy vấn tìm kiếm: what a reader typed, with optional filters, order and paging.
 *
 * @param text          the query as typed, in the query language of {@link SearchQuery}; any input is accepted
 * @param type          a content type code to restrict to, or null for every type
 * @param facetFilters  facet name ({@link SearchFacets#ALL}) → exact value, e.g. {@code year → 2022}; unknown names
 *                      are dropped
 * @param sort          relevance or newest first
 * @param page          zero-based page
 * @param size          hits per page, 1..100
 * @param includeDrafts whether drafts may be found (editors only; readers never see drafts)
 */
public record SearchRequest(String text, @Nullable String type, Map<String, String> facetFilters, SearchSort sort,
        int page, int size, boolean includeDrafts) {

    public static final int MAX_QUERY_LENGTH = 1000;
    public static final int MAX_PAGE_SIZE = 100;
    /** Deepest page served: paging further means the query should be narrowed, and deep paging is costly. */
    public static final int MAX_PAGE = 500;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            // A pasted page of text is still a query: keep its beginning rather than refuse it.
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        page = Math.clamp(page, 0, MAX_PAGE);
        size = Math.clamp(size, 1, MAX_PAGE_SIZE);
        type = type == null || type.isBlank() ? null : type.strip();
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        Map<String, String> filters = new LinkedHashMap<>();
        if (facetFilters != null) {
            facetFilters.forEach((name, value) -> {
                if (name != null && SearchFacets.isKnown(name) && value != null && !value.isBlank()) {
                    filters.put(name, value.strip());
                }
            });
        }
        facetFilters = Map.copyOf(filters);
    }

    public static SearchRequest forReaders(String text, @Nullable String type, int page, int size) {
        return new SearchRequest(text, type, Map.of(), SearchSort.RELEVANCE, page, size, false);
    }

    public SearchRequest withFacetFilters(Map<String, String> filters) {
        return new SearchRequest(text, type, filters, sort, page, size, includeDrafts);
    }

    public SearchRequest withSort(SearchSort newSort) {
        return new SearchRequest(text, type, facetFilters, newSort, page, size, includeDrafts);
    }
}
