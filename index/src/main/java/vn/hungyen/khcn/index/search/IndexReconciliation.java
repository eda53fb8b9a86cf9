package vn.hungyen.khcn.index.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.mapper.orm.common.EntityReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.SearchFields;

/**
 * Đối chiếu chỉ mục với cơ sở dữ liệu: item by item, the version each content item has in the database against the
 * version its index document was written at ({@link SearchFields#VERSION}). Equal counts prove nothing: after a crash
 * between the database commit and the index commit, an edited title is new in one and old in the other. Both sides
 * are read in one pass each (ids and versions only, doc values on the index side): under a second on 100,000 items
 * (README, "Durability"), and the repair reindexes exactly the items that differ.
 */
final class IndexReconciliation {

    /**
     * What to repair: items to (re)index (changed since indexed, or missing from the index) and index documents of
     * items that no longer exist, each by entity id.
     */
    record Differences(Set<Long> toIndex, Set<Long> toPurge) {

        boolean isEmpty() {
            return toIndex.isEmpty() && toPurge.isEmpty();
        }

        int size() {
            return toIndex.size() + toPurge.size();
        }
    }

    private static final int BATCH = 200;

    private final EntityManagerFactory entityManagerFactory;
    private final SearchService searchService;

    IndexReconciliation(EntityManagerFactory entityManagerFactory, SearchService searchService) {
        this.entityManagerFactory = entityManagerFactory;
        this.searchService = searchService;
    }

    /** Compares the database with the index now. */
    Differences differences() {
        return compare(storedVersions(), searchService.indexedVersions());
    }

    /** Item id → version: what the database holds and what the index holds, compared. */
    static Differences compare(Map<Long, Long> stored, Map<Long, Long> indexed) {
        Set<Long> toIndex = new TreeSet<>();
        stored.forEach((id, version) -> {
            if (!version.equals(indexed.get(id))) {
                toIndex.add(id);
            }
        });
        Set<Long> toPurge = new TreeSet<>();
        indexed.keySet().forEach(id -> {
            if (!stored.containsKey(id)) {
                toPurge.add(id);
            }
        });
        return new Differences(toIndex, toPurge);
    }

    /**
     * Entity id → version of every live document, read from doc values: the entity id Hibernate Search keeps
     * ({@link SearchService#ID_FIELD}) and {@link SearchFields#VERSION} (-1 when the document predates that field).
     */
    static Map<Long, Long> indexedVersions(IndexReader reader) throws IOException {
        Map<Long, Long> versions = new HashMap<>(Math.max(16, reader.numDocs() * 4 / 3));
        for (LeafReaderContext context : reader.leaves()) {
            LeafReader leaf = context.reader();
            BinaryDocValues ids = DocValues.getBinary(leaf, SearchService.ID_FIELD);
            SortedNumericDocValues itemVersions = DocValues.getSortedNumeric(leaf, SearchFields.VERSION);
            Bits live = leaf.getLiveDocs();
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                    long id = parseId(ids.binaryValue());
                    long version = itemVersions.advanceExact(doc) ? itemVersions.nextValue() : -1;
                    versions.put(id, version);
                }
            }
        }
        return versions;
    }

    /** The decimal digits of an entity id as Hibernate Search writes them, read without decoding a string. */
    private static long parseId(BytesRef digits) {
        long id = 0;
        for (int i = digits.offset; i < digits.offset + digits.length; i++) {
            int digit = digits.bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return Long.parseLong(digits.utf8ToString()); // not plain digits: let it say what it is
            }
            id = id * 10 + digit;
        }
        return id;
    }

    private Map<Long, Long> storedVersions() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            List<Object[]> rows = em.createQuery("select c.id, c.version from ContentItem c", Object[].class)
                    .getResultList();
            Map<Long, Long> versions = new HashMap<>(Math.max(16, rows.size() * 4 / 3));
            for (Object[] row : rows) {
                versions.put((Long) row[0], ((Number) row[1]).longValue());
            }
            return versions;
        } finally {
            em.close();
        }
    }

    /** Reindexes the items of {@code differences} and removes the documents of deleted items, in one transaction. */
    void repair(Differences differences) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.getTransaction().begin();
            SearchSession session = Search.session(em);
            SearchIndexingPlan plan = session.indexingPlan();
            List<Long> toIndex = List.copyOf(differences.toIndex());
            for (int from = 0; from < toIndex.size(); from += BATCH) {
                List<Long> batch = toIndex.subList(from, Math.min(toIndex.size(), from + BATCH));
                em.createQuery("select c from ContentItem c where c.id in :ids", ContentItem.class)
                        .setParameter("ids", batch).getResultList().forEach(plan::addOrUpdate);
                plan.process();
                em.clear();
            }
            if (!differences.toPurge().isEmpty()) {
                // The document's entity name (its index) from the index itself: the item is gone from the database.
                List<EntityReference> gone = session.search(ContentItem.class).select(f -> f.entityReference())
                        .where(f -> f.id().matchingAny(differences.toPurge())).fetchAllHits();
                gone.forEach(ref -> plan.purge(ref.name(), ref.id(), null));
            }
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
