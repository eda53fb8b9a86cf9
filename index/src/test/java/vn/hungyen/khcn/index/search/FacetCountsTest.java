package vn.hungyen.khcn.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.domain.SearchFacets;

class FacetCountsTest {

    @Test
    void the_combined_counts_split_into_the_type_and_each_facet_in_the_order_counted() {
        Map<String, Long> counted = new LinkedHashMap<>();
        counted.put(SearchFacets.countsKey(SearchFacets.COUNTS_TYPE, "legal"), 9L);
        counted.put(SearchFacets.countsKey(SearchFacets.YEAR, "2022"), 7L);
        counted.put(SearchFacets.countsKey(SearchFacets.ISSUER, "Chính phủ"), 5L);
        counted.put(SearchFacets.countsKey(SearchFacets.YEAR, "2021"), 2L);

        Map<String, Map<String, Long>> facets = SearchService.facets(counted);

        assertThat(facets.keySet()).containsExactly(SearchResult.TYPE_FACET, SearchFacets.ISSUER, SearchFacets.YEAR);
        assertThat(facets.get(SearchResult.TYPE_FACET)).containsExactly(Map.entry("legal", 9L));
        assertThat(facets.get(SearchFacets.YEAR)).containsExactly(Map.entry("2022", 7L), Map.entry("2021", 2L));
    }

    @Test
    void a_facet_keeps_its_50_most_frequent_values_and_the_type_facet_is_always_there() {
        Map<String, Long> counted = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            counted.put(SearchFacets.countsKey(SearchFacets.GROUP, "g" + (100 + i)), 100L - i);
        }

        Map<String, Map<String, Long>> facets = SearchService.facets(counted);

        assertThat(facets.get(SearchResult.TYPE_FACET)).isEmpty();
        assertThat(facets.get(SearchFacets.GROUP)).hasSize(50).containsKey("g100").doesNotContainKey("g150");
    }
}
