package vn.hungyen.khcn.index.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.SearchFields;

/**
 * Tìm kiếm: one query over every content type. Words are looked up in the exact (diacritics kept) and the
 * folded fields at once, the exact ones boosted so that "mã" ranks items with "mã" before items with "ma".
 * Readers only ever see published items.
 */
public class SearchService {

    private static final AggregationKey<Map<String, Long>> BY_TYPE = AggregationKey.of("type");
    private static final int SNIPPET_CHARS = 220;

    private final EntityManagerFactory entityManagerFactory;

    public SearchService(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Whether any content type is indexed at all (a portal without content modules has none). */
    public boolean hasIndexedTypes() {
        return !mapping().allIndexedEntities().isEmpty();
    }

    public SearchResult search(SearchRequest request) {
        if (!hasIndexedTypes()) {
            return SearchResult.empty();
        }
        return withSession(session -> {
            var result = session.search(ContentItem.class)
                    .select(f -> f.composite()
                            .from(f.id(Long.class), f.field(SearchFields.TYPE, String.class),
                                    f.field(SearchFields.SLUG, String.class), f.field(SearchFields.TITLE, String.class),
                                    f.highlight(SearchFields.TITLE), f.highlight(SearchFields.TEXT), f.score())
                            .asList(SearchService::toHit))
                    .where((f, root) -> {
                        root.add(matching(f, request.text()));
                        if (!request.includeDrafts()) {
                            root.add(f.match().field(SearchFields.STATE).matching(PublicationState.PUBLISHED));
                        }
                        if (request.type() != null) {
                            root.add(f.match().field(SearchFields.TYPE).matching(request.type()));
                        }
                    })
                    .highlighter(h -> h.fastVector().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                            .fragmentSize(SNIPPET_CHARS).numberOfFragments(1).noMatchSize(SNIPPET_CHARS))
                    .sort(f -> request.text().isEmpty()
                            ? f.field(SearchFields.UPDATED_AT).desc().then().field(SearchFields.TITLE_SORT)
                            : f.score().then().field(SearchFields.TITLE_SORT))
                    .aggregation(BY_TYPE, f -> f.terms().field(SearchFields.TYPE, String.class).maxTermCount(100))
                    .fetch(request.page() * request.size(), request.size());
            Map<String, Long> typeCounts = new LinkedHashMap<>(result.aggregation(BY_TYPE));
            return new SearchResult(result.total().hitCount(), result.hits(), typeCounts);
        });
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

    private static PredicateFinalStep matching(SearchPredicateFactory f, String text) {
        if (text.isEmpty()) {
            return f.matchAll();
        }
        // Lucene's simple query syntax never throws: unbalanced quotes or stray operators degrade to words.
        // Syllable pairs only add to the score: "khoa học" side by side ranks above "khoa" … "học" apart.
        return f.bool().must(words(f, text)).should(f.match().field(SearchFields.TEXT_SHINGLE).matching(text));
    }

    private static PredicateFinalStep words(SearchPredicateFactory f, String text) {
        return f.simpleQueryString()
                .field(SearchFields.TITLE).boost(4f)
                .field(SearchFields.TEXT).boost(2f)
                .field(SearchFields.TITLE_FOLDED).boost(1.5f)
                .field(SearchFields.TEXT_FOLDED)
                .matching(text)
                .defaultOperator(BooleanOperator.AND);
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
