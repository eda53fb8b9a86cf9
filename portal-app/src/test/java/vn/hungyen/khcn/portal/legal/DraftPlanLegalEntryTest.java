package vn.hungyen.khcn.portal.legal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hungyen.khcn.content.service.ContentItemRepository;
import vn.hungyen.khcn.content.service.EditorialItem;
import vn.hungyen.khcn.content.service.EditorialWorkflow;
import vn.hungyen.khcn.legal.service.LegalImporter;
import vn.hungyen.khcn.plan.domain.Plan;
import vn.hungyen.khcn.plan.service.PlanImporter;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/**
 * An uploaded plan is a draft, and so is everything the legal registry would learn from it: no entry of its own after
 * the importers run again (a restart), until an editor publishes the plan; then it is there at once, and it goes
 * back with the plan.
 */
class DraftPlanLegalEntryTest extends PortalIntegrationTest {

    private static final String NUMBER = "23/KH-SKHCN";
    private static final String ENTRY = "/api/legal-documents/23-kh-skhcn";

    @Autowired
    private PlanImporter plans;
    @Autowired
    private LegalImporter legal;
    @Autowired
    private EditorialWorkflow workflow;
    @Autowired
    private ContentItemRepository items;
    @Autowired
    private EntityManager entityManager;
    @Autowired
    private TransactionTemplate transactions;

    /** Removes plan 23 with its parts and its entry: the seed content is shared by every test class. */
    @AfterEach
    void removePlan() {
        transactions.executeWithoutResult(tx -> {
            removeAll("select a from Activity a where a.task.plan.number = :n");
            removeAll("select t from PlanTask t where t.plan.number = :n");
            removeAll("select g from PlanGroup g where g.plan.number = :n");
            removeAll("select s from PlanSection s where s.plan.number = :n");
            removeAll("select p from Plan p where p.number = :n");
            removeAll("select d from LegalDocument d where d.number = :n");
        });
    }

    @Test
    void a_draft_plan_gives_no_legal_entry_after_a_restart_and_a_published_one_does() throws IOException {
        plans.importFile("ke-hoach-23.txt", new ByteArrayInputStream(plan23().getBytes(StandardCharsets.UTF_8)));

        legal.importBundled();

        assertThat(get(ENTRY).statusCode()).isEqualTo(404);
        assertThat(get("/api/legal-documents").body()).doesNotContain(NUMBER).contains("21/KH-SKHCN");
        assertThat(get("/api/search?q=" + encode(NUMBER)).body()).contains("\"total\":0");

        long id = items.findByTypeAndSlug(Plan.TYPE, Plan.slugFor(NUMBER)).orElseThrow().getId();
        EditorialItem draft = workflow.item(id).orElseThrow();
        workflow.publish(id, draft.version(), "bientapvien");

        assertThat(get(ENTRY).statusCode()).isEqualTo(200);
        assertThat(get(ENTRY).body()).contains("\"number\":\"" + NUMBER + "\"");
        legal.importBundled();
        assertThat(get(ENTRY).statusCode()).isEqualTo(200);

        workflow.unpublish(id, workflow.item(id).orElseThrow().version(), "bientapvien");

        assertThat(get(ENTRY).statusCode()).isEqualTo(404);
        legal.importBundled();
        assertThat(get(ENTRY).statusCode()).isEqualTo(404);
        assertThat(get("/api/legal-documents").body()).doesNotContain(NUMBER);
    }

    private void removeAll(String jpql) {
        entityManager.createQuery(jpql, Object.class).setParameter("n", NUMBER).getResultList()
                .forEach(entityManager::remove);
        entityManager.flush();
    }

    /** The bundled plan under another number: a plan an editor uploads. */
    private static String plan23() throws IOException {
        try (InputStream in = DraftPlanLegalEntryTest.class.getClassLoader()
                .getResourceAsStream("plan/ke-hoach-21-KH-SKHCN-2022.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("Số: 21/KH-SKHCN", "Số: " + NUMBER)
                    .replace("Kế hoạch số 21/KH-SKHCN", "Kế hoạch số " + NUMBER);
        }
    }
}
