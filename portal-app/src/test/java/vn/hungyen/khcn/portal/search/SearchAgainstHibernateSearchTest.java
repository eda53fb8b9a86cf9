package vn.hungyen.khcn.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.SearchFacets;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.index.opensearch.LuceneToOpenSearch;
import vn.hungyen.khcn.index.search.SearchHit;
import vn.hungyen.khcn.index.search.SearchQuery;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchResult;
import vn.hungyen.khcn.index.search.SearchSort;
import vn.hungyen.khcn.index.search.SearchService;
import vn.hungyen.khcn.index.search.TextQueryBuilder;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/**
 * The search service runs its query on the index with Lucene directly (one pass for hits, total and facet counts).
 * Here every judged query (but those with filters typed in the text), and filtered, paged, draft and newest-first
 * variants, also runs through Hibernate Search's own query DSL on the same index — the same text query, the filters
 * as Hibernate Search predicates on the mapped fields, the same sort, a terms aggregation for the counts — and the two
 * must agree on the total, on the ids of the page in order and on every facet count. This is what shows that the
 * service reads the fields as Hibernate Search writes them (state, type, facet values, sort keys, entity ids).
 * On the OpenSearch backend (the {@code opensearch-backend} test run) the text query goes to Hibernate Search as the
 * translated JSON instead, and the rest of the request through the same DSL.
 */
class SearchAgainstHibernateSearchTest extends PortalIntegrationTest {

    private static final AggregationKey<Map<String, Long>> COUNTS = AggregationKey.of(SearchFacets.COUNTS_FIELD);

    @Autowired
    private SearchService search;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    static Stream<Arguments> requests() throws IOException {
        List<Arguments> requests = new ArrayList<>();
        for (String query : judgedQueries()) {
            requests.add(Arguments.of(SearchRequest.forReaders(query, null, 0, 10)));
        }
        requests.add(Arguments.of(SearchRequest.forReaders("khoa học", "legal-document", 0, 10)));
        requests.add(Arguments.of(SearchRequest.forReaders("khoa học", null, 2, 7)));
        requests.add(Arguments.of(SearchRequest.forReaders("", null, 0, 25)));
        requests.add(Arguments.of(SearchRequest.forReaders("công nghệ", null, 0, 10).withSort(SearchSort.NEWEST)));
        requests.add(Arguments.of(SearchRequest.forReaders("", null, 1, 10).withSort(SearchSort.NEWEST)));
        requests.add(Arguments.of(SearchRequest.forReaders("nhiệm vụ", null, 0, 10)
                .withFacetFilters(Map.of(SearchFacets.YEAR, "2022"))));
        requests.add(Arguments.of(new SearchRequest("quyết định", null, Map.of(), SearchSort.RELEVANCE, 0, 10, true)));
        return requests.stream();
    }

    @ParameterizedTest
    @MethodSource("requests")
    void the_service_finds_counts_and_orders_what_hibernate_search_does(SearchRequest request) {
        SearchResult service = search.search(request);
        Expected expected = throughHibernateSearch(request);

        assertThat(service.total()).as("total").isEqualTo(expected.total());
        assertThat(service.hits().stream().map(SearchHit::id).toList()).as("page").isEqualTo(expected.ids());
        assertThat(inOrder(service.facets())).as("facets").isEqualTo(inOrder(expected.facets()));
    }

    /** The facets as lines, so that the order of facets and of values is compared too. */
    private static List<String> inOrder(Map<String, Map<String, Long>> facets) {
        return facets.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
    }

    private record Expected(long total, List<Long> ids, Map<String, Map<String, Long>> facets) {
    }

    private Expected throughHibernateSearch(SearchRequest request) {
        SearchQuery query = SearchQuery.parse(request.text());
        var text = new TextQueryBuilder().build(query);
        try (var em = entityManagerFactory.createEntityManager()) {
            var session = Search.session(em);
            var scope = session.scope(ContentItem.class);
            var f = scope.predicate();
            var bool = f.bool().must(search.embedded()
                    ? f.extension(LuceneExtension.get()).fromLuceneQuery(text)
                    : f.extension(ElasticsearchExtension.get()).fromJson(LuceneToOpenSearch.translate(text)));
            if (!request.includeDrafts()) {
                bool.filter(f.match().field(SearchFields.STATE).matching(PublicationState.PUBLISHED.name()));
            }
            if (request.type() != null) {
                bool.filter(f.match().field(SearchFields.TYPE).matching(request.type()));
            }
            request.facetFilters().forEach((name, value) ->
                    bool.filter(f.match().field(SearchFacets.field(name)).matching(value)));
            var s = scope.sort();
            var sort = switch (request.sort()) {
                case NEWEST -> s.field(SearchFields.UPDATED_AT).desc().then().score()
                        .then().field(SearchFields.TITLE_SORT);
                case RELEVANCE -> query.hasTerms()
                        ? s.score().then().field(SearchFields.TITLE_SORT)
                        : s.field(SearchFields.UPDATED_AT).desc().then().field(SearchFields.TITLE_SORT);
            };
            var counts = scope.aggregation().terms().field(SearchFacets.COUNTS_FIELD, String.class)
                    .maxTermCount(Integer.MAX_VALUE).toAggregation();
            int from = request.page() * request.size();
            var result = search.embedded()
                    ? session.search(scope).select(p -> p.id(Long.class)).where(bool.toPredicate())
                            .sort(sort.toSort()).aggregation(COUNTS, counts).fetch(from, request.size())
                    // OpenSearch: scored over every index's statistics, as the embedded backend and the service do.
                    : session.search(scope).extension(ElasticsearchExtension.get()).select(p -> p.id(Long.class))
                            .where(bool.toPredicate()).sort(sort.toSort()).aggregation(COUNTS, counts)
                            .requestTransformer(c -> c.parametersMap().put("search_type", "dfs_query_then_fetch"))
                            .fetch(from, request.size());
            return new Expected(result.total().hitCount(), result.hits(), facets(result.aggregation(COUNTS)));
        }
    }

    /** Hibernate Search's counts split by facet as the service shows them: type first, then each facet with values. */
    private static Map<String, Map<String, Long>> facets(Map<String, Long> counted) {
        Map<String, Map<String, Long>> byName = new LinkedHashMap<>();
        counted.forEach((key, count) -> {
            int separator = key.indexOf(SearchFacets.COUNTS_SEPARATOR);
            byName.computeIfAbsent(key.substring(0, separator), n -> new LinkedHashMap<>())
                    .put(key.substring(separator + 1), count);
        });
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put(SearchResult.TYPE_FACET, byName.getOrDefault(SearchFacets.COUNTS_TYPE, Map.of()));
        for (String name : SearchFacets.ALL) {
            Map<String, Long> values = byName.get(name);
            if (values != null) {
                Map<String, Long> first = new LinkedHashMap<>();
                values.entrySet().stream().limit(50).forEach(e -> first.put(e.getKey(), e.getValue()));
                facets.put(name, first);
            }
        }
        return facets;
    }

    private static List<String> judgedQueries() throws IOException {
        try (InputStream in = SearchAgainstHibernateSearchTest.class
                .getResourceAsStream("/search/judged-queries.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[0])
                    // Filters typed in the query (loai:, tieude:) are resolved by the service: SearchServiceTest.
                    .filter(q -> !q.matches(".*\\b(loai|tieude|nam):.*")).distinct().toList();
        }
    }
}
