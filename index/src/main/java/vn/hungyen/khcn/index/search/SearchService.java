package vn.hungyen.khcn.index.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.RegExp;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.SearchFacets;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.content.domain.TextSection;
import vn.hungyen.khcn.content.text.Diacritics;
import vn.hungyen.khcn.content.web.Html;
import vn.hungyen.khcn.index.analysis.PortalSimilarity;

/**
 * Tìm kiếm: one query over every content type, in the query language of {@link SearchQuery}. The text part is built
 * by {@link TextQueryBuilder} (exact fields above folded ones, bigram bonus). Readers only ever see published items.
 *
 * <p>Hibernate Search maps the entities to the index, keeps the index in step with the database, rebuilds it and
 * opens its reader; a search runs on that reader with Lucene directly, in one pass over the matches that collects the
 * page's hits, the exact total and every facet count ({@link FacetCounter}), then reads each hit's stored fields once
 * for its id, type, slug, title and highlighted snippet ({@link Snippets}). Through Hibernate Search's query DSL the
 * same search read the page's stored fields twice, ranked with Lucene's generic field sort and counted the facets in
 * a hash map per match; {@code index/BENCHMARK.md} has the measurements (also of a slower two-pass variant). The
 * filters are terms of the keyword fields as Hibernate Search writes them (the enum name of the state, the type code,
 * the facet values as given): the portal's {@code SearchAgainstHibernateSearchTest} runs the same searches through
 * Hibernate Search's DSL and requires the same totals, pages and facet counts.
 */
public class SearchService {

    /** Hibernate Search's Lucene backend: the binary doc values holding each document's entity id. */
    static final String ID_FIELD = "__HSEARCH_id_docvalue";
    private static final int MAX_TYPE_VALUES = 100;
    static final int SNIPPET_CHARS = 220;
    /** What the long documents kept between searches may hold by default ({@link DecodedDocuments}). */
    public static final int KEPT_DOCUMENTS_MB = 48;
    private static final int MAX_FACET_VALUES = 50;
    /** What readers may see: the state they meet is published ({@link SearchFields#STATE}). */
    static final Query PUBLISHED = new TermQuery(new Term(SearchFields.STATE,
            PublicationState.PUBLISHED.name()));

    private final EntityManagerFactory entityManagerFactory;
    private final SearchTypeAliases typeAliases;
    private final TextQueryBuilder queries = new TextQueryBuilder();
    private final Snippets snippets = new Snippets(SNIPPET_CHARS);
    /** Long documents (laws) decoded for a page, kept for the next pages that show them. */
    private final DecodedDocuments decodedDocuments;
    private final IndexRebuilds rebuilds;
    private final IndexIntegrity integrity;
    /** The OpenSearch backend when {@code portal.search.backend=opensearch}; null: the embedded Lucene path below. */
    private final @Nullable SearchBackend remote;
    private volatile @Nullable LuceneIndexScope indexScope;
    static final List<String> HIGHLIGHTED = List.of(SearchFields.TITLE, SearchFields.TEXT);

    public SearchService(EntityManagerFactory entityManagerFactory) {
        this(entityManagerFactory, SearchTypeAliases.CODES_ONLY);
    }

    public SearchService(EntityManagerFactory entityManagerFactory, SearchTypeAliases typeAliases) {
        this(entityManagerFactory, typeAliases, new IndexRebuilds(entityManagerFactory), new IndexIntegrity(null));
    }

    public SearchService(EntityManagerFactory entityManagerFactory, SearchTypeAliases typeAliases,
            IndexRebuilds rebuilds, IndexIntegrity integrity) {
        this(entityManagerFactory, typeAliases, rebuilds, integrity, null);
    }

    /**
     * @param remote where searches run instead of the embedded Lucene index ({@link OpenSearchSearch}), or null for
     *               the embedded index
     */
    public SearchService(EntityManagerFactory entityManagerFactory, SearchTypeAliases typeAliases,
            IndexRebuilds rebuilds, IndexIntegrity integrity, @Nullable SearchBackend remote) {
        this(entityManagerFactory, typeAliases, rebuilds, integrity, remote, KEPT_DOCUMENTS_MB);
    }

    /**
     * @param keptDocumentsMb megabytes the long documents decoded for one page and kept for the next may hold
     *                        ({@link DecodedDocuments}; 0 keeps none)
     */
    public SearchService(EntityManagerFactory entityManagerFactory, SearchTypeAliases typeAliases,
            IndexRebuilds rebuilds, IndexIntegrity integrity, @Nullable SearchBackend remote, int keptDocumentsMb) {
        if (keptDocumentsMb < 0) {
            throw new IllegalArgumentException("portal.search.kept-documents-mb must be 0 or more: " + keptDocumentsMb);
        }
        this.decodedDocuments = new DecodedDocuments((long) keptDocumentsMb << 20);
        this.entityManagerFactory = entityManagerFactory;
        this.typeAliases = typeAliases;
        this.rebuilds = rebuilds;
        this.integrity = integrity;
        this.remote = remote;
    }

    /** Whether the index is a local Lucene directory (false on OpenSearch: no files to check or repair here). */
    public boolean embedded() {
        return remote == null;
    }

    /** Whether any content type is indexed at all (a portal without content modules has none). */
    public boolean hasIndexedTypes() {
        return !mapping().allIndexedEntities().isEmpty();
    }

    /**
     * Searches the index, or throws {@link IndexRebuildingException} while the index is being rebuilt — also when
     * this search is what found it damaged (it then schedules the rebuild): a reader is told to come back, not shown
     * an error page for good.
     */
    public SearchResult search(SearchRequest request) {
        if (rebuilds.inProgress()) {
            throw new IndexRebuildingException();
        }
        if (remote != null) {
            // No local files to find damaged: a failure of the remote index is the caller's error to see.
            return hasIndexedTypes() ? remote.search(request) : SearchResult.empty();
        }
        try {
            return searchIndex(request);
        } catch (RuntimeException e) {
            if (!damagedIndex(e)) {
                throw e;
            }
            rebuilds.schedule("a search failed on the damaged index: " + e.getMessage());
            throw new IndexRebuildingException();
        }
    }

    /**
     * Whether a failed search met a damaged index: Lucene said so, or the files fail their checksums (a damaged file
     * may also surface as any other exception of a decoder reading garbage).
     */
    private boolean damagedIndex(RuntimeException failure) {
        if (IndexIntegrity.isDamage(failure)) {
            return true;
        }
        try {
            return !integrity.damaged().isEmpty();
        } catch (RuntimeException unreadable) {
            failure.addSuppressed(unreadable);
            return false;
        }
    }

    private SearchResult searchIndex(SearchRequest request) {
        if (!hasIndexedTypes()) {
            return SearchResult.empty();
        }
        SearchQuery query = SearchQuery.parse(request.text());
        Query text = queries.build(query);
        Set<String> types = types(request, query, typeAliases);
        try (IndexReader reader = openIndexReader()) {
            Query filtered = filtered(text, request, types, facetFilters(reader, request, query));
            int from = request.page() * request.size();
            // One pass over every match: the page's hits in order, the exact total and every facet's counts
            // (SearchFacets.COUNTS_FIELD: all the values with a match, count descending, then value).
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(PortalSimilarity.INSTANCE);
            Object[] collected = searcher.search(filtered, new MultiCollectorManager(
                    best(request.sort(), query, from + request.size()),
                    FacetCounter.manager(SearchFacets.COUNTS_FIELD)));
            ScoreDoc[] top = (ScoreDoc[]) collected[0];
            FacetCounter.Counts counts = (FacetCounter.Counts) collected[1];
            ScoreDoc[] page = Arrays.copyOfRange(top, Math.min(from, top.length), top.length);
            String suggestion = null;
            Suggestions suggestions = new Suggestions(reader, request.includeDrafts() ? null : PUBLISHED);
            if (query.hasTerms() && (counts.matches() == 0 || suggestions.hasUnknownWord(request.text()))) {
                // The filters stay: a suggestion must find something where the reader is looking.
                suggestion = suggestions.suggest(request.text(),
                        candidate -> filtered(queries.build(SearchQuery.parse(candidate)), request, types,
                                facetFiltersOrEmpty(reader, request, SearchQuery.parse(candidate))));
            }
            return new SearchResult(counts.matches(), hits(reader, page, queries.highlightQuery(query, text)),
                    facets(counts.values()), suggestion);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index", e);
        }
    }

    /**
     * The text query narrowed by the filters, as Lucene terms of the indexed keyword fields: the publication state
     * (readers only see published items), the content types, the facet values (any of a facet's values, all facets).
     */
    static Query filtered(Query text, SearchRequest request, Set<String> types,
            Map<String, Set<String>> facetFilters) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (!request.includeDrafts()) {
            bool.add(PUBLISHED, Occur.FILTER);
        }
        if (!types.isEmpty()) {
            bool.add(anyOf(SearchFields.TYPE, types), Occur.FILTER);
        }
        facetFilters.forEach((name, values) -> bool.add(anyOf(SearchFacets.field(name), values), Occur.FILTER));
        return bool.build();
    }

    private static Query anyOf(String field, Set<String> values) {
        if (values.size() == 1) {
            return new TermQuery(new Term(field, values.iterator().next()));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
        return any.build();
    }

    /**
     * The best {@code n} matches, each with its score, in the reader's order. Relevance: score, then title
     * ({@link BestByScoreThenTitle}); without words to score, newest first, then title. Newest: last updated first,
     * then score, then title.
     */
    static CollectorManager<?, ScoreDoc[]> best(SearchSort order, SearchQuery query, int n) {
        if (order == SearchSort.RELEVANCE && query.hasTerms()) {
            return BestByScoreThenTitle.manager(SearchFields.TITLE_SORT, n);
        }
        SortField title = new SortedSetSortField(SearchFields.TITLE_SORT, false);
        title.setMissingValue(SortField.STRING_LAST);
        SortField newest = new SortedNumericSortField(SearchFields.UPDATED_AT, SortField.Type.LONG, true);
        newest.setMissingValue(Long.MIN_VALUE);
        // The score is one of the keys (constant when nothing is scored), so that every hit carries it.
        Sort sort = order == SearchSort.NEWEST
                ? new Sort(newest, SortField.FIELD_SCORE, title)
                : new Sort(newest, title, SortField.FIELD_SCORE);
        int scoreKey = order == SearchSort.NEWEST ? 1 : 2;
        TopFieldCollectorManager sorted = new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE);
        return new CollectorManager<TopFieldCollector, ScoreDoc[]>() {
            @Override
            public TopFieldCollector newCollector() throws IOException {
                return sorted.newCollector();
            }

            @Override
            public ScoreDoc[] reduce(Collection<TopFieldCollector> collectors) throws IOException {
                ScoreDoc[] docs = sorted.reduce(collectors).scoreDocs;
                for (ScoreDoc doc : docs) {
                    doc.score = (Float) ((FieldDoc) doc).fields[scoreKey];
                }
                return docs;
            }
        };
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

    static Set<String> types(SearchRequest request, SearchQuery query, SearchTypeAliases typeAliases) {
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
    private static Map<String, Set<String>> facetFilters(IndexReader reader, SearchRequest request, SearchQuery query)
            throws IOException {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        request.facetFilters().forEach((name, value) -> filters.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(value));
        for (var typed : query.facetFilters().entrySet()) {
            Set<String> known = indexedValues(reader, SearchFacets.field(typed.getKey()));
            for (String value : typed.getValue()) {
                filters.computeIfAbsent(typed.getKey(), n -> new LinkedHashSet<>()).addAll(resolve(value, known));
            }
        }
        return filters;
    }

    /** The values a keyword field holds in the index (its terms). */
    private static Set<String> indexedValues(IndexReader reader, String field) throws IOException {
        Set<String> values = new LinkedHashSet<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms != null) {
            TermsEnum it = terms.iterator();
            for (BytesRef term = it.next(); term != null; term = it.next()) {
                values.add(term.utf8ToString());
            }
        }
        return values;
    }

    private static Map<String, Set<String>> facetFiltersOrEmpty(IndexReader reader, SearchRequest request,
            SearchQuery query) {
        try {
            return facetFilters(reader, request, query);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the facet values", e);
        }
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

    /** Number of documents in the index, all types and states. */
    public long indexedDocumentCount() {
        if (!hasIndexedTypes()) {
            return 0;
        }
        return withSession(session -> session.search(ContentItem.class).where(f -> f.matchAll()).fetchTotalHitCount());
    }

    /**
     * Number of documents holding every field the search reads beyond Hibernate Search's own mapping (the combined
     * facet counts {@link SearchFacets#COUNTS_FIELD}, the result line {@link SearchFields#SUBTITLE}, the code before
     * the title {@link SearchFields#LABEL}, the standing the ranking reads {@link SearchFields#STANDING}) and derived
     * as {@code derivation} says ({@link SearchFields#DERIVATION}; this version's is
     * {@link SearchFields#DERIVATION_CURRENT}): fewer than {@link #indexedDocumentCount()} when the index was written
     * before one of them existed, or by a version that derived its documents otherwise.
     */
    public long documentsWithCurrentFields(String derivation) {
        if (!hasIndexedTypes()) {
            return 0;
        }
        if (remote != null) {
            return remote.documentsWithCurrentFields(derivation);
        }
        Query both = new BooleanQuery.Builder()
                .add(new FieldExistsQuery(SearchFacets.COUNTS_FIELD), Occur.FILTER)
                .add(new FieldExistsQuery(SearchFields.SUBTITLE), Occur.FILTER)
                .add(new FieldExistsQuery(SearchFields.LABEL), Occur.FILTER)
                .add(new FieldExistsQuery(SearchFields.STANDING), Occur.FILTER)
                .add(new TermQuery(new Term(SearchFields.DERIVATION, derivation)), Occur.FILTER)
                .build();
        return withSession(session -> session.search(ContentItem.class)
                .where(f -> f.extension(LuceneExtension.get()).fromLuceneQuery(both))
                .fetchTotalHitCount());
    }

    /** Number of content items in the database. */
    public long storedItemCount() {
        return withSession(session -> session.toEntityManager()
                .createQuery("select count(c) from ContentItem c", Long.class).getSingleResult());
    }

    /**
     * Rebuilds the whole index from the database ({@link IndexRebuilds#rebuildNow()}); searches meanwhile throw
     * {@link IndexRebuildingException}.
     */
    public void reindexAll() throws InterruptedException {
        if (!hasIndexedTypes()) {
            return;
        }
        rebuilds.rebuildNow();
    }

    /**
     * The page's hits: id, type, slug, title and subtitle from the index (each hit's stored fields decoded once, shared with
     * the highlighter), with their highlighted title and snippet cut from the exact fields with
     * {@link TextQueryBuilder#highlightQuery} (see {@link Snippets}); the escaped title when the title has no match.
     */
    private List<SearchHit> hits(IndexReader reader, ScoreDoc[] page, Query highlightQuery) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        List<Snippets.Hit> located = Snippets.hits(reader, Arrays.stream(page).mapToInt(d -> d.doc).toArray(),
                decodedDocuments);
        List<Snippets.Marked> html = snippets.highlight(reader, highlightQuery, located, HIGHLIGHTED);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Snippets.Hit hit = located.get(i);
            Document stored = Snippets.stored(hit);
            String title = stored.get(SearchFields.TITLE);
            String[] marked = html.get(i).html();
            String titleHtml = marked[0] != null ? marked[0] : Html.escape(title);
            String snippetHtml = marked[1] != null ? marked[1] : "";
            TextSection section = section(stored.getValues(SearchFields.SECTIONS), html.get(i).firstMark()[1]);
            String subtitle = stored.get(SearchFields.SUBTITLE);
            String label = stored.get(SearchFields.LABEL);
            hits.add(new SearchHit(id(hit), stored.get(SearchFields.TYPE), stored.get(SearchFields.SLUG),
                    label == null || label.isEmpty() ? null : label, title,
                    subtitle == null || subtitle.isEmpty() ? null : subtitle, titleHtml, snippetHtml, section,
                    page[i].score));
        }
        return hits;
    }

    /**
     * The section (stored as {@link TextSection#stored()}, in text order) the text's first mark at {@code offset}
     * lies in: the last one starting at or before it; null when nothing is marked or the mark comes before the first.
     */
    static @Nullable TextSection section(String[] stored, int offset) {
        if (offset < 0) {
            return null;
        }
        TextSection within = null;
        for (String value : stored) {
            TextSection section = TextSection.fromStored(value);
            if (section.start() > offset) {
                break;
            }
            within = section;
        }
        return within;
    }

    /**
     * The entity id of a hit, as Hibernate Search's Lucene backend keeps it: the doc values of its internal field
     * {@value #ID_FIELD} (read there by Hibernate Search's own id projection). Were it renamed by an upgrade, every
     * search with a hit would fail with this message, and with it the portal's search tests.
     */
    private static long id(Snippets.Hit hit) throws IOException {
        BinaryDocValues ids = DocValues.getBinary(hit.reader(), ID_FIELD);
        if (!ids.advanceExact(hit.doc())) {
            throw new IllegalStateException("the search index holds no " + ID_FIELD + " for a hit: the index was not "
                    + "written by the Hibernate Search version this portal reads");
        }
        return Long.parseLong(ids.binaryValue().utf8ToString());
    }

    /** Entity id → version of every document in the index ({@link IndexReconciliation}), on either backend. */
    Map<Long, Long> indexedVersions() {
        if (remote != null) {
            return remote.indexedVersions();
        }
        try (IndexReader reader = openIndexReader()) {
            return IndexReconciliation.indexedVersions(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the versions the index holds", e);
        }
    }

    IndexReader openIndexReader() {
        LuceneIndexScope scope = indexScope;
        if (scope == null) {
            // Immutable and reusable: which indexes hold content items is fixed when the mapping starts.
            scope = mapping().scope(ContentItem.class).extension(LuceneExtension.get());
            indexScope = scope;
        }
        return scope.openIndexReader();
    }

    private SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }

    private <T> T withSession(Function<SearchSession, T> work) {
        return inSession(entityManagerFactory, work);
    }

    /** Runs {@code work} in a search session of its own entity manager, closed afterwards. */
    static <T> T inSession(EntityManagerFactory entityManagerFactory, Function<SearchSession, T> work) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return work.apply(Search.session(em));
        } finally {
            em.close();
        }
    }
}
