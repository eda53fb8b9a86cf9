package vn.hungyen.khcn.index;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.hungyen.khcn.content.domain.ContentChanges;

/**
 * With several nodes, the changes the other nodes save: a node hears of its own through {@link ContentChanges}, not of
 * theirs, so a list it keeps until the content changes (the task list of {@code /api/tasks}) would stay old after an
 * edit on another node. Every {@code portal.cluster.list-refresh} (5 s by default, the order of the search index's
 * own delay) the counter moves and such lists are computed again from the database.
 */
final class OtherNodesChanges implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("other-nodes-changes").daemon().factory());

    OtherNodesChanges(Duration every) {
        long millis = Math.max(100, every.toMillis());
        timer.scheduleAtFixedRate(ContentChanges::changed, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
