package vn.hungyen.khcn.index.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchResult;
import org.hibernate.search.backend.elasticsearch.search.sort.dsl.ElasticsearchSearchSortFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.session.SearchSession;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.SearchFacets;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.content.domain.TextSection;
import vn.hungyen.khcn.content.web.Html;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;
import vn.hungyen.khcn.index.opensearch.LuceneToOpenSearch;

/**
 * The search on Hibernate Search's Elasticsearch backend (an OpenSearch node): the very Lucene query of
 * {@link TextQueryBuilder} and {@link SearchService}'s filters, translated by {@link LuceneToOpenSearch}, sent as a
 * {@code fromJson} predicate through Hibernate Search, which pages it, counts the total and returns each hit's id,
 * score and source. What the embedded path computes beside the hits comes from the same code or the same rules:
 *
 * <ul>
 *   <li>Order: score, then the title's sort key (missing last); without words, or sorted by date, newest first
 *       ({@link SearchService#best}). The statistics of every index are gathered first
 *       ({@code dfs_query_then_fetch}), as the embedded path scores over all indexes at once.
 *   <li>Facets: one {@code terms} aggregation on {@link SearchFacets#COUNTS_FIELD}, count descending then value, the
 *       order {@link FacetCounter} gives, split by {@link SearchService#facets}.
 *   <li>Snippets: each page hit's title and text from its source, analysed with the exact analyzer into a small
 *       in-memory index with term vectors, and highlighted there by the same {@link Snippets} code and highlight
 *       query: the same marks, the same escaping. The offset of the text's first mark, on the same values through the
 *       same analyzer, gives the hit's section by {@link SearchService#section}, from the source's
 *       {@link SearchFields#SECTIONS}.
 *   <li>Scores: {@code OpenSearchSimilarity} on the index, {@link LuceneToOpenSearch}'s correction on the query.
 *   <li>Suggestions: {@link OpenSearchSuggestions}.
 * </ul>
 *
 * No damaged-file repair: the index lives in the cluster, which keeps its own replicas.
 */
public final class OpenSearchSearch implements SearchBackend {

    /** Buckets of the facet aggregation: every value a portal holds (the embedded counter keeps all of them too). */
    private static final int MAX_BUCKETS = 10_000;
    private static final AggregationKey<JsonObject> COUNTS = AggregationKey.of("counts");
    private static final int VERSION_CHUNK = 1_000;

    private final EntityManagerFactory entityManagerFactory;
    private final SearchTypeAliases typeAliases;
    private final TextQueryBuilder queries = new TextQueryBuilder();
    private final Snippets snippets = new Snippets(SearchService.SNIPPET_CHARS);
    private final Analyzer exact = VietnameseAnalyzers.byName(SearchFields.ANALYZER_EXACT);

    public OpenSearchSearch(EntityManagerFactory entityManagerFactory, SearchTypeAliases typeAliases) {
        this.entityManagerFactory = entityManagerFactory;
        this.typeAliases = typeAliases;
    }

    /** A hit as Hibernate Search returns it: the entity id, the score and the document as indexed. */
    private record Found(Long id, Float score, JsonObject source) {
    }

    @Override
    public SearchResult search(SearchRequest request) {
        SearchQuery query = SearchQuery.parse(request.text());
        Query text = queries.build(query);
        Set<String> types = SearchService.types(request, query, typeAliases);
        return withSession(session -> {
            Query filtered = SearchService.filtered(text, request, types, facetFilters(session, request, query));
            int from = request.page() * request.size();
            ElasticsearchSearchResult<Found> found = session.search(ContentItem.class)
                    .extension(ElasticsearchExtension.get())
                    .select(f -> f.composite().from(f.id(Long.class), f.score(), f.source()).as(Found::new))
                    .where(f -> f.fromJson(LuceneToOpenSearch.translate(filtered)))
                    .sort(f -> sort(f, request.sort(), query))
                    .aggregation(COUNTS, f -> f.fromJson(termsAggregation(SearchFacets.COUNTS_FIELD)))
                    .requestTransformer(OpenSearchSearch::withGlobalStatistics)
                    .fetch(from, request.size());
            Map<String, Long> counted = buckets(found.aggregation(COUNTS));
            long total = found.total().hitCount();
            String suggestion = null;
            OpenSearchSuggestions suggestions = new OpenSearchSuggestions(session,
                    request.includeDrafts() ? null : SearchService.PUBLISHED);
            if (query.hasTerms() && (total == 0 || suggestions.hasUnknownWord(request.text()))) {
                // The filters stay: a suggestion must find something where the reader is looking.
                suggestion = suggestions.suggest(request.text(), candidate -> {
                    SearchQuery parsed = SearchQuery.parse(candidate);
                    return SearchService.filtered(queries.build(parsed), request, types,
                            facetFilters(session, request, parsed));
                });
            }
            return new SearchResult(total, hits(found.hits(), queries.highlightQuery(query, text)),
                    SearchService.facets(counted), suggestion);
        });
    }

    /** The scores of the embedded backend: term statistics of all the indexes searched, not of each shard. */
    static void withGlobalStatistics(
            org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchRequestTransformerContext c) {
        c.parametersMap().put("search_type", "dfs_query_then_fetch");
    }

    private static SortFinalStep sort(ElasticsearchSearchSortFactory<?> f, SearchSort order, SearchQuery query) {
        if (order == SearchSort.RELEVANCE && query.hasTerms()) {
            return f.score().then().field(SearchFields.TITLE_SORT).missing().last();
        }
        if (order == SearchSort.NEWEST) {
            return f.field(SearchFields.UPDATED_AT).desc().missing().last()
                    .then().score()
                    .then().field(SearchFields.TITLE_SORT).missing().last();
        }
        return f.field(SearchFields.UPDATED_AT).desc().missing().last()
                .then().field(SearchFields.TITLE_SORT).missing().last()
                .then().score();
    }

    static JsonObject termsAggregation(String field) {
        JsonObject terms = new JsonObject();
        terms.addProperty("field", field);
        terms.addProperty("size", MAX_BUCKETS);
        JsonArray order = new JsonArray();
        JsonObject byCount = new JsonObject();
        byCount.addProperty("_count", "desc");
        JsonObject byKey = new JsonObject();
        byKey.addProperty("_key", "asc");
        order.add(byCount);
        order.add(byKey);
        terms.add("order", order);
        JsonObject aggregation = new JsonObject();
        aggregation.add("terms", terms);
        return aggregation;
    }

    /** A terms aggregation's buckets, value → count, in its order. */
    static Map<String, Long> buckets(JsonObject aggregation) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (JsonElement bucket : aggregation.getAsJsonArray("buckets")) {
            JsonObject b = bucket.getAsJsonObject();
            values.put(b.get("key").getAsString(), b.get("doc_count").getAsLong());
        }
        return values;
    }

    /** As {@code SearchService.facetFilters}: typed facet values resolved against the values the index holds. */
    private Map<String, Set<String>> facetFilters(SearchSession session, SearchRequest request, SearchQuery query) {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        request.facetFilters().forEach((name, value) -> filters.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(value));
        for (var typed : query.facetFilters().entrySet()) {
            Set<String> known = buckets(session.search(ContentItem.class).extension(ElasticsearchExtension.get())
                    .where(f -> f.matchAll())
                    .aggregation(COUNTS, f -> f.fromJson(termsAggregation(SearchFacets.field(typed.getKey()))))
                    .fetch(0).aggregation(COUNTS)).keySet();
            for (String value : typed.getValue()) {
                filters.computeIfAbsent(typed.getKey(), n -> new LinkedHashSet<>())
                        .addAll(SearchService.resolve(value, known));
            }
        }
        return filters;
    }

    private List<SearchHit> hits(List<Found> page, Query highlightQuery) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Snippets.Marked> html = highlight(page, highlightQuery);
        List<SearchHit> hits = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            Found hit = page.get(i);
            String title = first(hit.source(), SearchFields.TITLE);
            String[] marked = html.get(i).html();
            // The same offsets as the embedded index: the text's values, in order, through the same analyzer.
            TextSection section = SearchService.section(
                    values(hit.source(), SearchFields.SECTIONS).toArray(String[]::new), html.get(i).firstMark()[1]);
            String label = first(hit.source(), SearchFields.LABEL);
            String subtitle = first(hit.source(), SearchFields.SUBTITLE);
            hits.add(new SearchHit(hit.id(), first(hit.source(), SearchFields.TYPE),
                    first(hit.source(), SearchFields.SLUG), label.isEmpty() ? null : label, title,
                    subtitle.isEmpty() ? null : subtitle,
                    marked[0] != null ? marked[0] : Html.escape(title), marked[1] != null ? marked[1] : "", section,
                    hit.score() == null ? Float.NaN : hit.score()));
        }
        return hits;
    }

    /**
     * The page's titles and texts highlighted by {@link Snippets}, on a one-segment in-memory index of the page
     * written with the analyzer and term vectors of the embedded index's exact fields: the same fragments and marks.
     */
    private List<Snippets.Marked> highlight(List<Found> page, Query highlightQuery) {
        FieldType highlighted = Snippets.HIGHLIGHTED_FIELD;
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(exact))) {
            for (Found hit : page) {
                Document doc = new Document();
                for (String field : SearchService.HIGHLIGHTED) {
                    for (String value : values(hit.source(), field)) {
                        doc.add(new Field(field, value, highlighted));
                    }
                }
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                List<Snippets.Hit> located = Snippets.hits(reader, IntStream.range(0, page.size()).toArray(),
                        DecodedDocuments.NONE);
                return snippets.highlight(reader, highlightQuery, located, SearchService.HIGHLIGHTED);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot highlight the hits", e);
        }
    }

    private static List<String> values(JsonObject source, String field) {
        JsonElement value = source.get(field);
        if (value == null || value.isJsonNull()) {
            return List.of();
        }
        if (value.isJsonArray()) {
            List<String> all = new ArrayList<>();
            value.getAsJsonArray().forEach(v -> all.add(v.getAsString()));
            return all;
        }
        return List.of(value.getAsString());
    }

    private static String first(JsonObject source, String field) {
        List<String> all = values(source, field);
        return all.isEmpty() ? "" : all.get(0);
    }

    @Override
    public long documentsWithCurrentFields(String derivation) {
        Query all = new BooleanQuery.Builder()
                .add(new FieldExistsQuery(SearchFacets.COUNTS_FIELD), Occur.FILTER)
                .add(new FieldExistsQuery(SearchFields.SUBTITLE), Occur.FILTER)
                .add(new FieldExistsQuery(SearchFields.LABEL), Occur.FILTER)
                .add(new TermQuery(new Term(SearchFields.DERIVATION, derivation)), Occur.FILTER)
                .build();
        return withSession(session -> session.search(ContentItem.class).extension(ElasticsearchExtension.get())
                .where(f -> f.fromJson(LuceneToOpenSearch.translate(all))).fetchTotalHitCount());
    }

    @Override
    public Map<Long, Long> indexedVersions() {
        return withSession(session -> {
            Map<Long, Long> versions = new HashMap<>();
            try (var scroll = session.search(ContentItem.class)
                    .select(f -> f.composite().from(f.id(Long.class), f.field(SearchFields.VERSION, Long.class))
                            .as((id, version) -> Map.entry(id, version == null ? -1L : version)))
                    .where(f -> f.matchAll()).scroll(VERSION_CHUNK)) {
                for (var chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                    chunk.hits().forEach(e -> versions.put(e.getKey(), e.getValue()));
                }
            }
            return versions;
        });
    }

    private <T> T withSession(Function<SearchSession, T> work) {
        return SearchService.inSession(entityManagerFactory, work);
    }
}
