package vn.hungyen.khcn.portal.progress;

import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hungyen.khcn.content.service.ContentLinks;
import vn.hungyen.khcn.plan.progress.BasisChanges;
import vn.hungyen.khcn.plan.progress.Deadlines;
import vn.hungyen.khcn.plan.progress.PeriodReportFiles;
import vn.hungyen.khcn.plan.progress.ProgressReports;
import vn.hungyen.khcn.plan.progress.TaskProgress;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;
import vn.hungyen.khcn.portal.support.TestClock;

/** The follow-up contract on the embedded default, H2, in the shared portal context. */
class H2ProgressTest extends PortalIntegrationTest implements ProgressContract {

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
