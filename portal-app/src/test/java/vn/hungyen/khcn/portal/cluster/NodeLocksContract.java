package vn.hungyen.khcn.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.hungyen.khcn.content.service.NodeLocks;

/**
 * {@link NodeLocks} on a real database, the nodes played by threads with connections of their own: a second node
 * waits while the first holds a lock and runs after it, never beside it; one that does not wait skips; a holder whose
 * connection dies (a node killed mid-import) releases the lock at once. The table comes from the core migration
 * itself. Implemented once per database.
 */
abstract class NodeLocksContract {

    private final List<Connection> handedOut = new CopyOnWriteArrayList<>();
    /** A thread per node (the common pool may have a single thread on a small machine). */
    private final ExecutorService nodes = Executors.newCachedThreadPool();
    private NodeLocks locks;
    private String lock;

    abstract String url();

    abstract String user();

    abstract String password();

    /**
     * Ends a connection as a killed node's ends: {@link Connection#abort} drops it without a word to the server.
     */
    void die(Connection connection) throws SQLException {
        connection.abort(Runnable::run);
    }

    @BeforeEach
    void create_the_lock_table() throws Exception {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url(), user(), password()) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                handedOut.add(connection);
                return connection;
            }
        };
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(migration().replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"));
        }
        locks = new NodeLocks(dataSource);
        // One lock per test: a test never meets another's row.
        lock = "kiem-thu-" + Long.toHexString(System.nanoTime());
    }

    @AfterEach
    void stop_the_nodes() {
        nodes.shutdownNow();
    }

    private static String migration() {
        try (InputStream in = NodeLocks.class.getResourceAsStream("/db/migration/core/V1_10_1__node_locks.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return sql.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip()
                    .replaceAll(";$", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_second_node_waits_while_the_first_holds_the_lock_and_runs_after_it() throws Exception {
        List<String> steps = new CopyOnWriteArrayList<>();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Optional<String>> first = CompletableFuture.supplyAsync(() ->
                locks.runExclusively(lock, Duration.ZERO, () -> {
                    steps.add("A nhập");
                    holding.countDown();
                    await(finish);
                    steps.add("A xong");
                    return "A";
                }), nodes);
        assertThat(holding.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Optional<String>> second = CompletableFuture.supplyAsync(() ->
                locks.runExclusively(lock, Duration.ofSeconds(30), () -> {
                    steps.add("B nhập");
                    return "B";
                }), nodes);
        Thread.sleep(1_000);
        assertThat(second).as("B waits while A holds the lock").isNotDone();
        finish.countDown();

        assertThat(first.get(20, TimeUnit.SECONDS)).contains("A");
        assertThat(second.get(20, TimeUnit.SECONDS)).contains("B");
        assertThat(steps).containsExactly("A nhập", "A xong", "B nhập");
    }

    @Test
    void a_node_that_does_not_wait_skips_the_work_while_another_holds_the_lock() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Optional<String>> first = CompletableFuture.supplyAsync(() ->
                locks.runExclusively(lock, Duration.ZERO, () -> {
                    holding.countDown();
                    await(finish);
                    return "A";
                }), nodes);
        assertThat(holding.await(20, TimeUnit.SECONDS)).isTrue();
        List<String> ranOnB = new CopyOnWriteArrayList<>();

        Optional<String> second = locks.runExclusively(lock, Duration.ZERO, () -> {
            ranOnB.add("B");
            return "B";
        });

        assertThat(second).isEmpty();
        assertThat(ranOnB).isEmpty();
        finish.countDown();
        assertThat(first.get(20, TimeUnit.SECONDS)).contains("A");
        assertThat(locks.runExclusively(lock, Duration.ZERO, () -> "B lần hai")).contains("B lần hai");
    }

    @Test
    void a_holder_whose_connection_dies_releases_the_lock_and_the_waiting_node_runs() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        CompletableFuture.runAsync(() -> locks.runExclusively(lock, Duration.ZERO, () -> {
            holding.countDown();
            await(never);
            return "A";
        }), nodes);
        assertThat(holding.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Optional<String>> second = CompletableFuture.supplyAsync(() ->
                locks.runExclusively(lock, Duration.ofSeconds(60), () -> "B"), nodes);
        Thread.sleep(500);
        assertThat(second).isNotDone();

        // The holder's node dies: its connection goes away without a commit or a rollback.
        die(handedOut.stream().filter(NodeLocksContract::holdsTransaction).findFirst().orElseThrow());

        long started = System.nanoTime();
        assertThat(second.get(30, TimeUnit.SECONDS)).contains("B");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        never.countDown();
    }

    private static boolean holdsTransaction(Connection connection) {
        try {
            return !connection.isClosed() && !connection.getAutoCommit();
        } catch (SQLException e) {
            return false;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
