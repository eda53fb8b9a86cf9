package vn.hungyen.khcn.portal.progress;

import jakarta.persistence.EntityManager;
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
import vn.hungyen.khcn.content.service.ContentLinks;
import vn.hungyen.khcn.plan.progress.BasisChanges;
import vn.hungyen.khcn.plan.progress.Deadlines;
import vn.hungyen.khcn.plan.progress.PeriodReportFiles;
import vn.hungyen.khcn.plan.progress.ProgressReports;
import vn.hungyen.khcn.plan.progress.TaskProgress;
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

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        registry.add("portal.data-dir", () -> DATA_DIR.toAbsolutePath().toString());
        registry.add("spring.datasource.url", MariaDbAvailable::url);
        registry.add("spring.datasource.username", MariaDbAvailable::user);
        registry.add("spring.datasource.password", MariaDbAvailable::password);
        registry.add("spring.flyway.clean-disabled", () -> "false");
    }

    @Autowired
    private ProgressReports reports;
    @Autowired
    private Deadlines deadlines;
    @Autowired
    private BasisChanges basisChanges;
    @Autowired
    private PeriodReportFiles files;
    @Autowired
    private TaskProgress taskProgress;
    @Autowired
    private ContentLinks links;
    @Autowired
    private EntityManager entityManager;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private TestClock.Settable clock;

    @Override
    public ProgressReports reports() {
        return reports;
    }

    @Override
    public Deadlines deadlines() {
        return deadlines;
    }

    @Override
    public BasisChanges basisChanges() {
        return basisChanges;
    }

    @Override
    public PeriodReportFiles files() {
        return files;
    }

    @Override
    public TaskProgress taskProgress() {
        return taskProgress;
    }

    @Override
    public ContentLinks links() {
        return links;
    }

    @Override
    public EntityManager entityManager() {
        return entityManager;
    }

    @Override
    public TransactionTemplate transactions() {
        return transactions;
    }

    @Override
    public TestClock.Settable clock() {
        return clock;
    }

    @Override
    public java.util.List<java.nio.file.Path> keptEvidence() {
        return KeptFiles.under(DATA_DIR.resolve("files").resolve("plan"));
    }
}
