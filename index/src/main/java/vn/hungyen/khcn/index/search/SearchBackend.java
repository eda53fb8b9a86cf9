package vn.hungyen.khcn.index.search;

import java.util.Map;

/**
 * Where {@link SearchService} runs a search when the index is not the embedded Lucene directory
 * ({@code portal.search.backend}): the same request answered with the same {@link SearchResult} (total, page, sort,
 * facets, highlighted snippets, suggestion), and what the index bootstrap asks of the index. The embedded path stays
 * in {@link SearchService} itself, unchanged; {@link OpenSearchSearch} is the other implementation.
 */
public interface SearchBackend {

    /** What {@link SearchService#search} answers; the request's query is built by {@link TextQueryBuilder}. */
    SearchResult search(SearchRequest request);

    /** {@link SearchService#documentsWithCurrentFields(String)} on this backend's index. */
    long documentsWithCurrentFields(String derivation);

    /** Entity id → version ({@code SearchFields.VERSION}, -1 when missing) of every document of the index. */
    Map<Long, Long> indexedVersions();
}
