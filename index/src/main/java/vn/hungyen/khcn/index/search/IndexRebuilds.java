package vn.hungyen.khcn.index.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hungyen.khcn.content.domain.ContentItem;

/**
 * Dựng lại chỉ mục: rebuilds the whole index from the database, one rebuild at a time, and tells whether one is
 * running — meanwhile the index is incomplete, so {@link SearchService} answers {@link IndexRebuildingException}
 * rather than partial results, and {@link IndexHealthIndicator} reports DOWN. Each rebuild drops the index files and
 * creates them anew (Hibernate Search's {@code dropAndCreateSchemaOnStart}), so that it also clears a damaged file
 * the rebuild itself would otherwise trip over.
 */
public class IndexRebuilds implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuilds.class);

    private final EntityManagerFactory entityManagerFactory;
    private final Executor background;
    private final @Nullable ExecutorService owned;
    private @Nullable CompletableFuture<Void> running;

    /** Rebuilds in a background thread of its own. */
    public IndexRebuilds(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
        this.owned = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("index-rebuild").daemon().factory());
        this.background = owned;
    }

    /** Rebuilds on {@code background} (which then decides when a scheduled rebuild runs). */
    public IndexRebuilds(EntityManagerFactory entityManagerFactory, Executor background) {
        this.entityManagerFactory = entityManagerFactory;
        this.owned = null;
        this.background = background;
    }

    /** Whether a rebuild is running now. */
    public synchronized boolean inProgress() {
        return running != null && !running.isDone();
    }

    /**
     * Starts a rebuild in the background unless one is running; either way returns that rebuild, which completes
     * when the index again holds every item (exceptionally if it failed: the next failure or check schedules
     * another).
     */
    public synchronized CompletableFuture<Void> schedule(String reason) {
        if (inProgress()) {
            return running;
        }
        log.warn("Rebuilding the full-text index from the database: {}", reason);
        CompletableFuture<Void> rebuild = new CompletableFuture<>();
        running = rebuild;
        background.execute(() -> {
            try {
                massIndex();
                log.info("The full-text index has been rebuilt");
                rebuild.complete(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                rebuild.completeExceptionally(e);
            } catch (RuntimeException e) {
                log.error("Rebuilding the full-text index failed", e);
                rebuild.completeExceptionally(e);
            }
        });
        return rebuild;
    }

    /** Rebuilds now, in the calling thread (at start-up), marked as running meanwhile; or waits for the running one. */
    public void rebuildNow() throws InterruptedException {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> other = null;
        synchronized (this) {
            if (inProgress()) {
                other = running;
            } else {
                running = mine;
            }
        }
        if (other != null) {
            other.join();
            return;
        }
        try {
            massIndex();
            mine.complete(null);
        } catch (InterruptedException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private void massIndex() throws InterruptedException {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            Search.session(em).massIndexer(ContentItem.class).dropAndCreateSchemaOnStart(true)
                    .threadsToLoadObjects(1).startAndWait();
        } finally {
            em.close();
        }
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }
}
