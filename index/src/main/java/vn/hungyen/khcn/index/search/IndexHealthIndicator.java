package vn.hungyen.khcn.index.search;

import java.util.List;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports the full-text index UP only when it is whole ({@link IndexIntegrity}: every file of its latest commit
 * passes its checksum), not being rebuilt, and a query over it answers. Finding it damaged also starts the rebuild
 * from the database, so that the index heals without anyone deleting it by hand; it stays DOWN until that is done.
 */
public class IndexHealthIndicator extends AbstractHealthIndicator {

    private final SearchService searchService;
    private final IndexRebuilds rebuilds;
    private final IndexIntegrity integrity;

    public IndexHealthIndicator(SearchService searchService, IndexRebuilds rebuilds, IndexIntegrity integrity) {
        super("The full-text index could not be queried");
        this.searchService = searchService;
        this.rebuilds = rebuilds;
        this.integrity = integrity;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (rebuilds.inProgress()) {
            builder.down().withDetail("rebuilding", true);
            return;
        }
        List<IndexIntegrity.Damage> damaged = integrity.damaged();
        if (!damaged.isEmpty()) {
            rebuilds.schedule("found damaged by the health check: " + damaged);
            builder.down().withDetail("rebuilding", true).withDetail("damaged", damaged.stream()
                    .map(d -> d.directory().getFileName() + ": " + d.problem()).toList());
            return;
        }
        long documents = searchService.indexedDocumentCount();
        builder.up().withDetail("documents", documents).withDetail("indexedTypes", searchService.hasIndexedTypes());
    }
}
