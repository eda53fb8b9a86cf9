package vn.hungyen.khcn.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.service.EditorialItem;
import vn.hungyen.khcn.content.service.EditorialWorkflow;
import vn.hungyen.khcn.portal.PortalApplication;

/**
 * Two portal nodes in one JVM on one database, with {@code portal.cluster.coordination=outbox-polling}: every change
 * saved on either node reaches the index exactly once, built by one node or the other, never by both and never
 * twice ({@link IndexWrites} counts the documents each node builds). Each node keeps its own Lucene directory here:
 * what is measured is the coordination (who indexes which change), not the shared index, which the two-process test
 * on OpenSearch covers. Implemented once per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OutboxCoordinationContract {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String EDITOR = "kiem-thu-hai-nut";

    private final Path root = Path.of("target", "test-data", "outbox-" + UUID.randomUUID()).toAbsolutePath();
    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;

    /** The arguments that put both nodes on the same database (the data directory of the first given). */
    abstract List<String> databaseArguments(Path firstDataDir);

    /** What the database needs before the first node starts (nothing by default). */
    void beforeStart() {
    }

    @BeforeAll
    void start_two_nodes() {
        beforeStart();
        nodeA = start("a", IndexWrites.NodeA.class);
        nodeB = start("b", IndexWrites.NodeB.class);
    }

    @AfterAll
    void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private ConfigurableApplicationContext start(String name, Class<? extends IndexWrites> writes) {
        List<String> args = new ArrayList<>(List.of(
                "--portal.data-dir=" + root.resolve(name),
                "--server.port=0",
                "--portal.cluster.coordination=outbox-polling",
                "--spring.jpa.properties.hibernate.search.mapping.configurer=class:" + writes.getName()));
        args.addAll(databaseArguments(root.resolve("a")));
        return new SpringApplicationBuilder(PortalApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void every_change_saved_on_either_node_is_indexed_exactly_once_by_one_of_the_two() {
        JdbcTemplate db = nodeA.getBean(JdbcTemplate.class);
        // Both processors running, the events divided between them (dynamic sharding: two shards, one each).
        waitUntil("both nodes process a shard of the events", () -> db.queryForObject(
                "SELECT COUNT(*) FROM hsearch_agent WHERE type = 'EVENT_PROCESSING_DYNAMIC_SHARDING'"
                        + " AND state = 'RUNNING' AND total_shard_count = 2", Integer.class) == 2);
        waitUntil("what the start left to index is indexed", () -> pendingEvents(db) == 0);
        IndexWrites.reset();

        List<EditorialItem> laws = nodeA.getBean(EditorialWorkflow.class)
                .items("legal-document", PublicationState.PUBLISHED);
        assertThat(laws).as("the bundled laws").hasSizeGreaterThanOrEqualTo(12);
        Map<Long, String> savedOn = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            EditorialItem law = laws.get(i);
            String node = i % 2 == 0 ? "A" : "B";
            EditorialWorkflow workflow = (node.equals("A") ? nodeA : nodeB).getBean(EditorialWorkflow.class);
            workflow.edit(law.id(), law.version(), law.title() + " (bản hiệu đính " + node + ")", law.text(), EDITOR);
            savedOn.put(law.id(), node);
        }
        waitUntil("every change is indexed", () -> pendingEvents(db) == 0);

        Map<Long, Integer> byA = IndexWrites.of("A");
        Map<Long, Integer> byB = IndexWrites.of("B");
        Map<Long, Integer> total = new HashMap<>(byA);
        byB.forEach((id, n) -> total.merge(id, n, Integer::sum));
        Map<Long, Integer> oncePerChange = new HashMap<>();
        savedOn.keySet().forEach(id -> oncePerChange.put(id, 1));
        assertThat(total).as("documents built per item, node A %s, node B %s", byA, byB).isEqualTo(oncePerChange);
        assertThat(byA.keySet()).as("node A indexed some changes").isNotEmpty();
        assertThat(byB.keySet()).as("node B indexed some changes").isNotEmpty();
        Set<String> crossed = new HashSet<>();
        savedOn.forEach((id, node) -> crossed.add(node + "→" + (byA.containsKey(id) ? "A" : "B")));
        assertThat(crossed).as("a change saved on one node, indexed by the other, both ways")
                .contains("A→B", "B→A");
    }

    private static int pendingEvents(JdbcTemplate db) {
        Integer n = db.queryForObject("SELECT COUNT(*) FROM hsearch_outbox_event", Integer.class);
        return n == null ? 0 : n;
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE + ": " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
