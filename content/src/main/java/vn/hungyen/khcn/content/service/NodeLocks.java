package vn.hungyen.khcn.content.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Work that runs on one portal node at a time, whichever of the nodes sharing the database asks: the index check and
 * the bundled-content import at start, the static export. A job's row in {@code portal_node_lock} is locked with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} on a connection of its own, in a transaction kept open while the job runs
 * and rolled back after it; a second node finds the row locked and waits, or gives up when its wait is over. The lock
 * is the database's (InnoDB's row lock on MariaDB, the MVStore's on H2), held by the connection: a node that crashes
 * or is killed loses its connection and with it the lock, so a dead holder never blocks the others.
 */
public final class NodeLocks {

    /** The bundled content's import at start ({@link BundledContentLoader}). */
    public static final String BUNDLED_IMPORT = "bundled-import";
    /** The start-up check of the shared index against the database ({@code IndexBootstrap}). */
    public static final String INDEX_CHECK = "index-check";
    /** The static export of the published site. */
    public static final String STATIC_EXPORT = "static-export";

    private static final Logger log = LoggerFactory.getLogger(NodeLocks.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final DataSource dataSource;

    public NodeLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code work} while this node holds the lock {@code name}, waiting at most {@code wait} for another node
     * to release it (zero: try once). Empty when the lock stayed taken; the work's own exceptions pass through, and
     * the lock is released whatever happens.
     */
    public <T> Optional<T> runExclusively(String name, Duration wait, Supplier<T> work) {
        ensureRow(name);
        long deadline = System.nanoTime() + wait.toNanos();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                boolean waited = false;
                while (!tryLock(connection, name)) {
                    connection.rollback();
                    if (System.nanoTime() - deadline >= 0) {
                        log.info("Another portal node holds the lock {}: not run here", name);
                        return Optional.empty();
                    }
                    if (!waited) {
                        log.info("Another portal node holds the lock {}: waiting up to {}", name, wait);
                        waited = true;
                    }
                    Thread.sleep(POLL);
                }
                return Optional.of(work.get());
            } finally {
                try {
                    connection.rollback();
                    connection.setAutoCommit(autoCommit);
                } catch (SQLException e) {
                    log.warn("Releasing the lock {} failed; the closed connection releases it: {}", name, e.toString());
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("the node lock " + name + " cannot be taken", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static boolean tryLock(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name FROM portal_node_lock WHERE name = ? FOR UPDATE SKIP LOCKED")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** The lock's row, inserted the first time the lock is asked for; two nodes inserting it at once is fine. */
    private void ensureRow(String name) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement exists = connection.prepareStatement(
                    "SELECT COUNT(*) FROM portal_node_lock WHERE name = ?")) {
                exists.setString(1, name);
                try (ResultSet count = exists.executeQuery()) {
                    if (count.next() && count.getLong(1) > 0) {
                        return;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO portal_node_lock (name) VALUES (?)")) {
                insert.setString(1, name);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                    throw e;
                }
                // another node inserted it first: the row is there, which is all that was needed
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("the node lock " + name + " cannot be created", e);
        }
    }
}
