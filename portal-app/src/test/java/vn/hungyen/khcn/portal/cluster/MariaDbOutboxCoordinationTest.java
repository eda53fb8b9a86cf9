package vn.hungyen.khcn.portal.cluster;

import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.hungyen.khcn.portal.persistence.MariaDbAvailable;

/**
 * Two nodes in one JVM on one MariaDB database (the production set-up), emptied first. Skipped with a message where no
 * MariaDB answers — except under {@code CI=true}, where it must run.
 */
@ExtendWith(MariaDbAvailable.class)
class MariaDbOutboxCoordinationTest extends OutboxCoordinationContract {

    @Override
    List<String> databaseArguments(Path firstDataDir) {
        return MariaDb.arguments();
    }

    @Override
    void beforeStart() {
        MariaDb.clean();
    }

    /** The shared test database, as the {@code mariadb} profile runs it. */
    static final class MariaDb {

        private MariaDb() {
        }

        static List<String> arguments() {
            return List.of("--spring.profiles.active=mariadb",
                    "--spring.datasource.url=" + MariaDbAvailable.url(),
                    "--spring.datasource.username=" + MariaDbAvailable.user(),
                    "--spring.datasource.password=" + MariaDbAvailable.password());
        }

        /** Drops an earlier run's tables, so the migrations run from scratch. */
        static void clean() {
            Flyway.configure().dataSource(MariaDbAvailable.url(), MariaDbAvailable.user(), MariaDbAvailable.password())
                    .cleanDisabled(false).load().clean();
        }
    }
}
