package vn.hungyen.khcn.portal.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hungyen.khcn.plan.service.PlanImporter;

/**
 * The persistence contract on MariaDB (the production database), through the {@code mariadb} profile exactly as
 * an operator runs it. The database {@code test} is emptied first (Flyway clean) so the migrations run from
 * scratch. Skipped with a message where no MariaDB answers — except under {@code CI=true}, where it must run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("mariadb")
@ExtendWith(MariaDbAvailable.class)
@Import(CleanMariaDb.class)
class MariaDbPersistenceTest implements PlanPersistenceContract {

    private static final Path DATA_DIR = Path.of("target", "test-data", "mariadb-" + UUID.randomUUID());

    @Autowired
    private EntityManagerFactory entityManagerFactory;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private PlanImporter planImporter;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        registry.add("portal.data-dir", () -> DATA_DIR.toAbsolutePath().toString());
        registry.add("spring.datasource.url", () -> MariaDbAvailable.URL);
        registry.add("spring.datasource.username", () -> MariaDbAvailable.USER);
        registry.add("spring.datasource.password", () -> MariaDbAvailable.PASSWORD);
        registry.add("spring.flyway.clean-disabled", () -> "false");
    }

    @Override
    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }

    @Override
    public TransactionTemplate transactions() {
        return transactions;
    }

    @Override
    public PlanImporter planImporter() {
        return planImporter;
    }
}
