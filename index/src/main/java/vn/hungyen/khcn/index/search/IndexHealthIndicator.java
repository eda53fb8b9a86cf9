package vn.hungyen.khcn.index.search;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Reports the full-text index UP only when a query over it answers. */
public class IndexHealthIndicator extends AbstractHealthIndicator {

    private final SearchService searchService;

    public IndexHealthIndicator(SearchService searchService) {
        super("The full-text index could not be queried");
        this.searchService = searchService;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long documents = searchService.indexedDocumentCount();
        builder.up().withDetail("documents", documents).withDetail("indexedTypes", searchService.hasIndexedTypes());
    }
}
