package vn.hungyen.khcn.content.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import vn.hungyen.khcn.content.spi.ContentImporter;
import vn.hungyen.khcn.content.spi.ImportReport;

/**
 * At every start, lets each importer bring in the content its module ships with (the importers are idempotent,
 * so a second start changes nothing). A failing importer stops the start: a portal that silently lacks its
 * primary content would mislead its readers. Several nodes starting together on one database import one after the
 * other under the lock {@link NodeLocks#BUNDLED_IMPORT}: the first imports, the next find everything there; a node
 * that waited longer than the lock wait stops its start rather than run without knowing the content is whole.
 */
public class BundledContentLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundledContentLoader.class);

    private final ContentRegistry registry;
    private final NodeLocks locks;
    private final Duration lockWait;
    private final List<ImportReport> reports = new ArrayList<>();

    public BundledContentLoader(ContentRegistry registry, NodeLocks locks, Duration lockWait) {
        this.registry = registry;
        this.locks = locks;
        this.lockWait = lockWait;
    }

    @Override
    public void run(ApplicationArguments args) {
        locks.runExclusively(NodeLocks.BUNDLED_IMPORT, lockWait, () -> {
            importAll();
            return reports.size();
        }).orElseThrow(() -> new IllegalStateException("Another portal node has held the lock "
                + NodeLocks.BUNDLED_IMPORT + " for more than " + lockWait + " (portal.cluster.lock-wait): this node "
                + "does not start without knowing the bundled content is imported"));
    }

    private void importAll() {
        for (ContentImporter importer : registry.importers()) {
            ImportReport report = importer.importBundled();
            reports.add(report);
            log.info("Bundled content {} from {}: {} created, {} unchanged, {} problems", importer.id(), report.source(),
                    report.created(), report.unchanged(), report.problems().size());
            report.problems().forEach(p -> log.warn("  line {}: {} — {}", p.line(), p.reason(), p.text()));
        }
    }

    /** The reports of this start, for the health page and the tests. */
    public List<ImportReport> reports() {
        return List.copyOf(reports);
    }
}
