package vn.hungyen.khcn.portal.publish;

import jakarta.persistence.EntityManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hungyen.khcn.plan.domain.Plan;

/**
 * Draft plans that a test creates and removes again, so the seed content other test classes count is left as it was.
 */
record DraftPlans(EntityManager entityManager, TransactionTemplate transactions) {

    /** A new draft plan; returns its id. */
    long create(String number, String title, String text) {
        return transactions.execute(tx -> {
            Plan plan = new Plan(number, title);
            plan.setText(text);
            entityManager.persist(plan);
            return plan.getId();
        });
    }

    void remove(long id) {
        transactions.executeWithoutResult(tx -> {
            Plan plan = entityManager.find(Plan.class, id);
            if (plan != null) {
                entityManager.remove(plan);
            }
        });
    }
}
