package vn.hungyen.khcn.index.search;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A page of results, the total count, the counts per facet value, and a suggestion when nothing was found or a word
 * is in no item.
 *
 * @param facets     facet name → value → number of matches, for {@link #TYPE_FACET} and every facet of
 *                   {@code SearchFacets.ALL} that has values among the matches; values by descending count
 * @param suggestion when nothing was found or a typed word is in no item: the nearest query that finds something
 *                   (typos corrected to indexed syllables, marks as the index holds them; see {@code Suggestions}),
 *                   or null when there is none
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets,
        @Nullable String suggestion) {

    /** Name of the content-type facet in {@link #facets}. */
    public static final String TYPE_FACET = "type";

    public static SearchResult empty() {
        return new SearchResult(0, List.of(), Map.of(), null);
    }

    /** Number of matches per content type code. */
    public Map<String, Long> typeCounts() {
        return facets.getOrDefault(TYPE_FACET, Map.of());
    }
}
