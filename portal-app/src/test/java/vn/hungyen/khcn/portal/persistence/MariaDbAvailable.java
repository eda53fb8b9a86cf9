package vn.hungyen.khcn.portal.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.hungyen.khcn.content.testing.RequiredService;

/**
 * Runs the MariaDB tests where a server answers at {@link #URL}; elsewhere (a laptop without MariaDB) skips them
 * with a message saying so — except when {@code CI=true}: there they run, and fail if the server is missing.
 * Override the server with {@code PORTAL_TEST_MARIADB_URL}, {@code _USER}, {@code _PASSWORD}.
 */
public final class MariaDbAvailable implements ExecutionCondition {

    static final String URL = RequiredService.env("PORTAL_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
    static final String USER = RequiredService.env("PORTAL_TEST_MARIADB_USER", "root");
    static final String PASSWORD = RequiredService.env("PORTAL_TEST_MARIADB_PASSWORD", "");

    /** The server's address, for tests in other packages. */
    public static String url() {
        return URL;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            String version = connection.getMetaData().getDatabaseProductVersion();
            return RequiredService.present("MariaDB", "MariaDB " + version + " at " + URL);
        } catch (SQLException e) {
            return RequiredService.missing("MariaDB", "MariaDB does not answer at " + URL + " (" + e.getMessage() + ")",
                    "PORTAL_TEST_MARIADB_URL, or .ci/run starts one");
        }
    }
}
