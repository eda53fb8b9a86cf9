package vn.hungyen.khcn.portal.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/** {@link NodeLocksContract} on H2 (the embedded default: one node, but the same code path). */
class H2NodeLocksTest extends NodeLocksContract {

    /**
     * H2's {@code abort} leaves the connection open; embedded H2 dies with its node's JVM anyway, so the nearest to a
     * killed holder is its connection closed without a commit or a rollback.
     */
    @Override
    void die(Connection connection) throws SQLException {
        connection.close();
    }

    private final String url = "jdbc:h2:mem:locks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Override
    String url() {
        return url;
    }

    @Override
    String user() {
        return "sa";
    }

    @Override
    String password() {
        return "";
    }
}
