package vn.hungyen.khcn.index.search;

import java.util.List;
import java.util.Map;

/** A page of results, the total count, and the number of matches per content type. */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Long> typeCounts) {

    public static SearchResult empty() {
        return new SearchResult(0, List.of(), Map.of());
    }
}
