package vn.hungyen.khcn.portal.persistence;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hungyen.khcn.plan.service.PlanImporter;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/** The persistence contract on the embedded default, H2 in a file under the data directory. */
class H2PersistenceTest extends PortalIntegrationTest implements PlanPersistenceContract {

    @Autowired
    private EntityManagerFactory entityManagerFactory;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private PlanImporter planImporter;

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
