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
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
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

    private static final AggregationKey<Map<String, Long>> BY_TYPE = AggregationKey.of(SearchResult.TYPE_FACET);
    private static final int SNIPPET_CHARS = 220;
    private static final int MAX_FACET_VALUES = 50;

    private final EntityManagerFactory entityManagerFactory;
    private final SearchTypeAliases typeAliases;
    private final TextQueryBuilder queries = new TextQueryBuilder();

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
            Map<String, AggregationKey<Map<String, Long>>> facetKeys = new LinkedHashMap<>();
            SearchFacets.ALL.forEach(name -> facetKeys.put(name, AggregationKey.of(name)));
            var step = session.search(ContentItem.class)
                    .select(f -> f.composite()
                            .from(f.id(Long.class), f.field(SearchFields.TYPE, String.class),
                                    f.field(SearchFields.SLUG, String.class), f.field(SearchFields.TITLE, String.class),
                                    f.highlight(SearchFields.TITLE), f.highlight(SearchFields.TEXT), f.score())
                            .asList(SearchService::toHit))
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
                    .highlighter(h -> h.fastVector().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                            .fragmentSize(SNIPPET_CHARS).numberOfFragments(1).noMatchSize(SNIPPET_CHARS))
                    .sort(f -> switch (request.sort()) {
                        case NEWEST -> f.field(SearchFields.UPDATED_AT).desc().then().score()
                                .then().field(SearchFields.TITLE_SORT);
                        case RELEVANCE -> query.hasTerms()
                                ? f.score().then().field(SearchFields.TITLE_SORT)
                                : f.field(SearchFields.UPDATED_AT).desc().then().field(SearchFields.TITLE_SORT);
                    })
                    .aggregation(BY_TYPE, f -> f.terms().field(SearchFields.TYPE, String.class).maxTermCount(100));
            for (var facet : facetKeys.entrySet()) {
                step = step.aggregation(facet.getValue(), f -> f.terms()
                        .field(SearchFacets.field(facet.getKey()), String.class).maxTermCount(MAX_FACET_VALUES));
            }
            var result = step.fetch(request.page() * request.size(), request.size());
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            facets.put(SearchResult.TYPE_FACET, result.aggregation(BY_TYPE));
            facetKeys.forEach((name, key) -> {
                Map<String, Long> counts = result.aggregation(key);
                if (!counts.isEmpty()) {
                    facets.put(name, counts);
                }
            });
            long total = result.total().hitCount();
            String suggestion = total == 0 && query.hasTerms() ? suggest(request.text()) : null;
            return new SearchResult(total, result.hits(), facets, suggestion);
        });
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

    private static SearchHit toHit(List<?> row) {
        String title = (String) row.get(3);
        String titleHtml = firstOrElse(row.get(4), HtmlEscape.escape(title));
        String snippetHtml = firstOrElse(row.get(5), "");
        return new SearchHit((Long) row.get(0), (String) row.get(1), (String) row.get(2), title, titleHtml, snippetHtml,
                (Float) row.get(6));
    }

    private static String firstOrElse(Object highlights, String fallback) {
        return highlights instanceof List<?> list && !list.isEmpty() ? (String) list.getFirst() : fallback;
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
