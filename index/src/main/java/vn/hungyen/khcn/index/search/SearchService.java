package vn.hungyen.khcn.index.search;

import jakarta.persistence.EntityManager;
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
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.SearchFacets;
import vn.hungyen.khcn.content.domain.SearchFields;

/**
 * Tìm kiếm: one query over every content type, in the query language of {@link SearchQuery}. The text part is built
 * by {@link TextQueryBuilder} (exact fields above folded ones, bigram bonus); filters, facet counts, highlighting and
 * paging are Hibernate Search's. Readers only ever see published items.
 */
public class SearchService {

    private static final AggregationKey<Map<String, Long>> ALL_FACETS = AggregationKey.of(SearchFacets.COUNTS_FIELD);
    private static final int MAX_TYPE_VALUES = 100;
    private static final int SNIPPET_CHARS = 220;
    private static final int MAX_FACET_VALUES = 50;

    private final EntityManagerFactory entityManagerFactory;
    private final SearchTypeAliases typeAliases;
    private final TextQueryBuilder queries = new TextQueryBuilder();
    private final Snippets snippets = new Snippets(SNIPPET_CHARS);
    private static final List<String> HIGHLIGHTED = List.of(SearchFields.TITLE, SearchFields.TEXT);

    public SearchService(EntityManagerFactory entityManagerFactory) {
        this(entityManagerFactory, SearchTypeAliases.CODES_ONLY);
    }

    public SearchService(EntityManagerFactory entityManagerFactory, SearchTypeAliases typeAliases) {
        this.entityManagerFactory = entityManagerFactory;
        this.typeAliases = typeAliases;
    }

    /** Whether any content type is indexed at all (a portal without content modules has none). */
    public boolean hasIndexedTypes() {
        return !mapping().allIndexedEntities().isEmpty();
    }

    public SearchResult search(SearchRequest request) {
        if (!hasIndexedTypes()) {
            return SearchResult.empty();
        }
        SearchQuery query = SearchQuery.parse(request.text());
        Query text = queries.build(query);
        Set<String> types = types(request, query);
        return withSession(session -> {
            Map<String, Set<String>> facetFilters = facetFilters(session, request, query);
            var step = session.search(ContentItem.class)
                    .select(f -> f.composite()
                            .from(f.id(Long.class), f.field(SearchFields.TYPE, String.class),
                                    f.field(SearchFields.SLUG, String.class), f.field(SearchFields.TITLE, String.class),
                                    f.score())
                            .asList(ArrayList::new))
                    .where((f, root) -> {
                        root.add(f.extension(LuceneExtension.get()).fromLuceneQuery(text));
                        if (!request.includeDrafts()) {
                            root.add(f.match().field(SearchFields.STATE).matching(PublicationState.PUBLISHED));
                        }
                        if (!types.isEmpty()) {
                            root.add(anyOf(f, SearchFields.TYPE, types));
                        }
                        facetFilters.forEach((name, values) -> root.add(anyOf(f, SearchFacets.field(name), values)));
                    })
                    .sort(f -> switch (request.sort()) {
                        case NEWEST -> f.field(SearchFields.UPDATED_AT).desc().then().score()
                                .then().field(SearchFields.TITLE_SORT);
                        case RELEVANCE -> query.hasTerms()
                                ? f.score().then().field(SearchFields.TITLE_SORT)
                                : f.field(SearchFields.UPDATED_AT).desc().then().field(SearchFields.TITLE_SORT);
                    })
                    // Every facet, the type included, counted in one pass (SearchFacets.COUNTS_FIELD): all the values
                    // with a match, in Hibernate Search's order (count descending, then value), split by facet below.
                    .aggregation(ALL_FACETS, f -> f.terms().field(SearchFacets.COUNTS_FIELD, String.class)
                            .maxTermCount(Integer.MAX_VALUE));
            var result = step.fetch(request.page() * request.size(), request.size());
            Map<String, Map<String, Long>> facets = facets(result.aggregation(ALL_FACETS));
            long total = result.total().hitCount();
            String suggestion = total == 0 && query.hasTerms() ? suggest(request.text()) : null;
            return new SearchResult(total, highlighted(result.hits(), queries.highlightQuery(query, text)), facets,
                    suggestion);
        });
    }

    /**
     * The counts of {@link SearchFacets#COUNTS_FIELD} split by facet: the type first (always present, possibly
     * empty), then each facet of {@link SearchFacets#ALL} with a match, each with its most frequent values (100 types,
     * {@value #MAX_FACET_VALUES} values of a facet), in the order counted (count descending, then value): what one
     * terms aggregation per facet field gives.
     */
    static Map<String, Map<String, Long>> facets(Map<String, Long> counted) {
        Map<String, Map<String, Long>> byName = new HashMap<>();
        counted.forEach((key, count) -> {
            int separator = key.indexOf(SearchFacets.COUNTS_SEPARATOR);
            if (separator > 0) {
                String name = key.substring(0, separator);
                Map<String, Long> values = byName.computeIfAbsent(name, n -> new LinkedHashMap<>());
                int max = name.equals(SearchFacets.COUNTS_TYPE) ? MAX_TYPE_VALUES : MAX_FACET_VALUES;
                if (values.size() < max) {
                    values.put(key.substring(separator + 1), count);
                }
            }
        });
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put(SearchResult.TYPE_FACET, byName.getOrDefault(SearchFacets.COUNTS_TYPE, Map.of()));
        for (String name : SearchFacets.ALL) {
            Map<String, Long> values = byName.get(name);
            if (values != null && !values.isEmpty()) {
                facets.put(name, values);
            }
        }
        return facets;
    }

    private Set<String> types(SearchRequest request, SearchQuery query) {
        Set<String> types = new LinkedHashSet<>();
        if (request.type() != null) {
            types.add(request.type());
        }
        // A typed type that names no content type keeps the filter with its raw value: it then matches nothing,
        // which is what the reader asked for, rather than silently ignoring the filter.
        query.types().forEach(t -> types.add(typeAliases.typeCode(t).orElse(t)));
        return types;
    }

    /**
     * Facet filters from the request (exact values, as the facet links carry them) and from the query (as typed:
     * compared with the indexed values without case or diacritics, whole value first, else as part of a value).
     */
    private Map<String, Set<String>> facetFilters(SearchSession session, SearchRequest request, SearchQuery query) {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        request.facetFilters().forEach((name, value) -> filters.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(value));
        query.facetFilters().forEach((name, typed) -> {
            Set<String> known = session.search(ContentItem.class).where(f -> f.matchAll())
                    .aggregation(AggregationKey.<Map<String, Long>>of(name), f -> f.terms()
                            .field(SearchFacets.field(name), String.class).maxTermCount(1000))
                    .fetch(0).aggregation(AggregationKey.<Map<String, Long>>of(name)).keySet();
            for (String value : typed) {
                filters.computeIfAbsent(name, n -> new LinkedHashSet<>()).addAll(resolve(value, known));
            }
        });
        return filters;
    }

    static Set<String> resolve(String typed, Set<String> known) {
        String key = Diacritics.key(typed);
        Set<String> whole = new LinkedHashSet<>();
        Set<String> part = new LinkedHashSet<>();
        for (String value : known) {
            String valueKey = Diacritics.key(value);
            if (valueKey.equals(key)) {
                whole.add(value);
            } else if (valueKey.contains(key)) {
                part.add(value);
            }
        }
        return !whole.isEmpty() ? whole : !part.isEmpty() ? part : Set.of(typed);
    }

    private static PredicateFinalStep anyOf(SearchPredicateFactory f, String field, Set<String> values) {
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        values.forEach(v -> any.should(f.match().field(field).matching(v)));
        return any;
    }

    /**
     * The typed text with its diacritics flipped: removed when it has any, else each word replaced by the accented
     * form the index holds most often ("khoa hoc" → "khoa học"). Null when that changes nothing.
     */
    @Nullable String suggest(String text) {
        String variant = Diacritics.present(text) ? Diacritics.strip(text) : accented(text);
        return variant.equals(text) ? null : variant;
    }

    private String accented(String text) {
        String[] tokens = text.split("\\s+");
        Set<String> wanted = new LinkedHashSet<>();
        for (String token : tokens) {
            wanted.add(Diacritics.key(token));
        }
        Map<String, String> best = new HashMap<>();
        Map<String, Integer> bestFreq = new HashMap<>();
        try (IndexReader reader = mapping().scope(ContentItem.class).extension(LuceneExtension.get()).openIndexReader()) {
            for (String field : List.of(SearchFields.TITLE, SearchFields.TEXT)) {
                Terms terms = MultiTerms.getTerms(reader, field);
                if (terms == null) {
                    continue;
                }
                TermsEnum it = terms.iterator();
                for (BytesRef term = it.next(); term != null; term = it.next()) {
                    String exact = term.utf8ToString();
                    String key = Diacritics.key(exact);
                    if (wanted.contains(key) && it.docFreq() > bestFreq.getOrDefault(key, 0)) {
                        best.put(key, exact);
                        bestFreq.put(key, it.docFreq());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index terms", e);
        }
        List<String> out = new ArrayList<>();
        for (String token : tokens) {
            out.add(best.getOrDefault(Diacritics.key(token), token));
        }
        return String.join(" ", out);
    }

    /** Number of documents in the index, all types and states. */
    public long indexedDocumentCount() {
        if (!hasIndexedTypes()) {
            return 0;
        }
        return withSession(session -> session.search(ContentItem.class).where(f -> f.matchAll()).fetchTotalHitCount());
    }

    /**
     * Number of documents holding the facet counts field ({@link SearchFacets#COUNTS_FIELD}): fewer than
     * {@link #indexedDocumentCount()} when the index was built before the field existed.
     */
    public long documentsWithFacetCounts() {
        if (!hasIndexedTypes()) {
            return 0;
        }
        return withSession(session -> session.search(ContentItem.class)
                .where(f -> f.extension(LuceneExtension.get())
                        .fromLuceneQuery(new FieldExistsQuery(SearchFacets.COUNTS_FIELD)))
                .fetchTotalHitCount());
    }

    /** Number of content items in the database. */
    public long storedItemCount() {
        return withSession(session -> session.toEntityManager()
                .createQuery("select count(c) from ContentItem c", Long.class).getSingleResult());
    }

    /** Rebuilds the whole index from the database. */
    public void reindexAll() throws InterruptedException {
        if (!hasIndexedTypes()) {
            return;
        }
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            Search.session(em).massIndexer(ContentItem.class).threadsToLoadObjects(1).startAndWait();
        } finally {
            em.close();
        }
    }

    /**
     * The page's hits with their highlighted title and snippet, cut from the exact fields with
     * {@link TextQueryBuilder#highlightQuery} (see {@link Snippets}); the escaped title and no snippet when a hit has
     * left the index in between.
     */
    private List<SearchHit> highlighted(List<? extends List<?>> rows, Query highlightQuery) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> (Long) r.get(0)).toList();
        Map<Long, String[]> html;
        try (IndexReader reader = mapping().scope(ContentItem.class).extension(LuceneExtension.get()).openIndexReader()) {
            html = snippets.highlight(reader, highlightQuery, ids, HIGHLIGHTED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
        List<SearchHit> hits = new ArrayList<>(rows.size());
        for (List<?> row : rows) {
            String title = (String) row.get(3);
            String[] marked = html.getOrDefault((Long) row.get(0), new String[2]);
            String titleHtml = marked[0] != null ? marked[0] : HtmlEscape.escape(title);
            String snippetHtml = marked[1] != null ? marked[1] : "";
            hits.add(new SearchHit((Long) row.get(0), (String) row.get(1), (String) row.get(2), title, titleHtml,
                    snippetHtml, (Float) row.get(4)));
        }
        return hits;
    }

    private SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }

    private <T> T withSession(Function<SearchSession, T> work) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return work.apply(Search.session(em));
        } finally {
            em.close();
        }
    }
}
