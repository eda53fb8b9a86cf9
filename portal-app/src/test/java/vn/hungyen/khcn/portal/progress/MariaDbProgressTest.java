package vn.hungyen.khcn.portal.progress;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hungyen.khcn.portal.persistence.CleanMariaDb;
import vn.hungyen.khcn.portal.persistence.MariaDbAvailable;
import vn.hungyen.khcn.portal.support.TestClock;

/**
 * The follow-up contract on MariaDB through the {@code mariadb} profile, from an empty schema (Flyway clean), as
 * {@code MariaDbPersistenceTest} does; skipped with a message where no MariaDB answers, except under {@code CI=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("mariadb")
@ExtendWith(MariaDbAvailable.class)
@Import({TestClock.class, CleanMariaDb.class})
class MariaDbProgressTest implements ProgressContract {

    private static final Path DATA_DIR = Path.of("target", "test-data", "mariadb-progress-" + UUID.randomUUID());

    @Autowired
    private ApplicationContext context;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        registry.add("portal.data-dir", () -> DATA_DIR.toAbsolutePath().toString());
        registry.add("spring.datasource.url", MariaDbAvailable::url);
        registry.add("spring.datasource.username", MariaDbAvailable::user);
        registry.add("spring.datasource.password", MariaDbAvailable::password);
        registry.add("spring.flyway.clean-disabled", () -> "false");
    }

    @Override
    public ApplicationContext context() {
        return context;
    }

    @Override
    public List<Path> keptEvidence() {
        return KeptFiles.under(DATA_DIR.resolve("files").resolve("plan"));
    }
}
