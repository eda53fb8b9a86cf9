package vn.hungyen.khcn.index.search;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.content.service.NodeLocks;

/**
 * At start, brings the index in line with the database. It rebuilds the whole index when it was built before a field
 * the search relies on (the combined facet counts, the result subtitle, the item version), when an earlier version
 * derived its documents otherwise ({@link SearchFields#DERIVATION}: a task's search name added) or when most of it is
 * missing (a fresh data directory, an index deleted by hand or found damaged and removed by
 * {@link IndexIntegrity#removeDamaged()}); otherwise it reindexes exactly the items whose version differs from the
 * database's and removes the documents of deleted items ({@link IndexReconciliation}) — what a crash between the
 * database commit and the index commit, or a database restored from a backup, leaves behind. Changes after that
 * are indexed as they are saved.
 */
public class IndexBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);
    /** Above this many differing items, one mass indexing is cheaper than indexing them one by one. */
    static final int MAX_TARGETED = 5_000;

    /**
     * What the last check did: rebuilt the whole index, or reindexed and removed these items (both empty when the
     * index agreed with the database).
     */
    public record Outcome(boolean rebuilt, Set<Long> reindexed, Set<Long> removed) {
        static final Outcome NOTHING = new Outcome(false, Set.of(), Set.of());
        static final Outcome REBUILT = new Outcome(true, Set.of(), Set.of());
    }

    private final SearchService searchService;
    private final IndexReconciliation reconciliation;
    private final NodeLocks locks;
    private final Duration lockWait;
    private final String derivation;
    private volatile Outcome last = Outcome.NOTHING;

    /**
     * Nodes sharing one index check it one after the other ({@link NodeLocks#INDEX_CHECK}, waited for at most
     * {@code lockWait}): the first rebuilds a missing index, the next find it whole instead of rebuilding it again.
     */
    public IndexBootstrap(SearchService searchService, EntityManagerFactory entityManagerFactory, NodeLocks locks,
            Duration lockWait) {
        this(searchService, entityManagerFactory, locks, lockWait, SearchFields.DERIVATION_CURRENT);
    }

    /**
     * As the check of a portal version whose documents are derived as {@code derivation} says
     * ({@link SearchFields#DERIVATION}): this one's, {@link SearchFields#DERIVATION_CURRENT}, unless a test plays
     * the next version's start on this version's index.
     */
    public IndexBootstrap(SearchService searchService, EntityManagerFactory entityManagerFactory, NodeLocks locks,
            Duration lockWait, String derivation) {
        this.searchService = searchService;
        this.reconciliation = new IndexReconciliation(entityManagerFactory, searchService);
        this.locks = locks;
        this.lockWait = lockWait;
        this.derivation = derivation;
    }

    @Override
    public void run(ApplicationArguments args) {
        last = locks.runExclusively(NodeLocks.INDEX_CHECK, lockWait, this::checkUninterrupted)
                .orElseThrow(() -> new IllegalStateException("Another portal node has held the lock "
                        + NodeLocks.INDEX_CHECK + " for more than " + lockWait + " (portal.cluster.lock-wait)"));
    }

    private Outcome checkUninterrupted() {
        try {
            return check();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the index was checked", e);
        }
    }

    /** What the last run did (at start, or when run again). */
    public Outcome lastOutcome() {
        return last;
    }

    private Outcome check() throws InterruptedException {
        if (!searchService.hasIndexedTypes()) {
            return Outcome.NOTHING;
        }
        if (searchService.documentsWithCurrentFields(derivation) != searchService.indexedDocumentCount()) {
            log.info("The index predates a field the search reads, or an earlier version derived its documents from "
                    + "the items otherwise (search names, sections): rebuilding it");
            searchService.reindexAll();
            return Outcome.REBUILT;
        }
        IndexReconciliation.Differences differences = reconciliation.differences();
        if (differences.size() > MAX_TARGETED) {
            log.info("The index differs from the database on {} items: rebuilding it", differences.size());
            searchService.reindexAll();
            return Outcome.REBUILT;
        }
        if (differences.isEmpty()) {
            return Outcome.NOTHING;
        }
        log.info("The index differs from the database: reindexing items {}, removing deleted items {}",
                differences.toIndex(), differences.toPurge());
        reconciliation.repair(differences);
        return new Outcome(false, differences.toIndex(), differences.toPurge());
    }
}
