package vn.hungyen.khcn.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.index.search.SearchHit;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchService;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/**
 * The judged query set ({@code search/judged-queries.tsv}): queries a reader of the department would type about
 * Kế hoạch 21/KH-SKHCN — with and without diacritics, abbreviations, document numbers however written, phrases,
 * tone-mark typos, filters — each with the item that should come first (or within the first three where a task and
 * its own activities are equally good answers).
 */
class JudgedQueriesTest extends PortalIntegrationTest {

    @Autowired
    private SearchService search;

    static Stream<Arguments> judged() throws IOException {
        try (InputStream in = JudgedQueriesTest.class.getResourceAsStream("/search/judged-queries.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .map(c -> Arguments.of(c[0], c[1], Integer.parseInt(c[2]), c[3])).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} → {1} in top {2} ({3})")
    @MethodSource("judged")
    void judged_query_finds_the_expected_item_at_the_top(String query, String expectedSlug, int within, String why) {
        List<String> ranked = search.search(SearchRequest.forReaders(query, null, 0, 10)).hits().stream()
                .map(SearchHit::slug).toList();
        assertThat(ranked.subList(0, Math.min(within, ranked.size())))
                .as("top %d for '%s' (%s); ranked: %s", within, query, why, ranked)
                .contains(expectedSlug);
    }

    @Test
    void judged_set_has_at_least_forty_queries() throws IOException {
        assertThat(judged().count()).isGreaterThanOrEqualTo(40);
    }
}
