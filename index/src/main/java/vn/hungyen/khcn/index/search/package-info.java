/**
 * Search over every content type: {@link vn.hungyen.khcn.index.search.SearchQuery} reads the portal's query
 * language (words, "phrases", -exclusion, loai:/tieude:/nam:/donvi:… filters) without ever failing,
 * {@link vn.hungyen.khcn.index.search.TextQueryBuilder} turns it into the Lucene query over the exact, folded and
 * bigram fields, and {@link vn.hungyen.khcn.index.search.SearchService} adds filters, facet counts
 * ({@code type} and the {@code facet_<name>} fields of {@code SearchFacets}), escaped highlighting, sorting, paging
 * and the "Có phải bạn muốn tìm" suggestion ({@code Suggestions}). Also the index health check and the index
 * bootstrap.
 */
@NullMarked
package vn.hungyen.khcn.index.search;

import org.jspecify.annotations.NullMarked;
