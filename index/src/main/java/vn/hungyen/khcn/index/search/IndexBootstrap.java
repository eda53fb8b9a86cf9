package vn.hungyen.khcn.index.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * At start, rebuilds the index when it does not hold what the database holds: a fresh data directory, an index
 * deleted by hand, or a database restored from a backup; or when it was built before a field the search relies on
 * (the combined facet counts, the result subtitle). Changes after that are indexed as they are saved.
 */
public class IndexBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final SearchService searchService;

    public IndexBootstrap(SearchService searchService) {
        this.searchService = searchService;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        long stored = searchService.storedItemCount();
        long indexed = searchService.indexedDocumentCount();
        if (stored != indexed) {
            log.info("The index holds {} documents for {} stored items: rebuilding it", indexed, stored);
            searchService.reindexAll();
        } else if (searchService.documentsWithCurrentFields() != indexed) {
            log.info("The index predates a field the search reads (facet counts, result subtitle): rebuilding it");
            searchService.reindexAll();
        }
    }
}
