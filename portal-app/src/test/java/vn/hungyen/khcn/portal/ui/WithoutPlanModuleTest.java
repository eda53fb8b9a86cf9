package vn.hungyen.khcn.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hungyen.khcn.content.service.ContentRegistry;
import vn.hungyen.khcn.content.spi.ContentModule;
import vn.hungyen.khcn.content.spi.PlanFacts;
import vn.hungyen.khcn.deliverables.service.DeliverableCatalog;
import vn.hungyen.khcn.legal.service.LegalCatalog;
import vn.hungyen.khcn.legal.service.LegalViews.DocumentSummary;
import vn.hungyen.khcn.plan.PlanAutoConfiguration;

/**
 * The portal with only the plan module taken away: the legal and deliverables modules read the plan through the
 * facts it publishes ({@link PlanFacts}), which are then absent, so they start, import and answer with no plan
 * items rather than fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WithoutPlanModuleTest {

    private static final Path DATA_DIR = Path.of("target", "test-data", "no-plan-" + UUID.randomUUID());

    @Autowired
    private ObjectProvider<PlanFacts> planFacts;
    @Autowired
    private ContentRegistry registry;
    @Autowired
    private DeliverableCatalog deliverables;
    @Autowired
    private LegalCatalog legal;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("portal.data-dir", () -> DATA_DIR.toAbsolutePath().toString());
        registry.add("spring.autoconfigure.exclude", PlanAutoConfiguration.class::getName);
    }

    @Test
    void legal_and_deliverables_start_without_the_plan_and_find_no_tasks() {
        assertThat(planFacts.getIfAvailable()).isNull();
        assertThat(registry.modules()).extracting(ContentModule::id).containsExactlyInAnyOrder("legal", "deliverables");
        assertThat(deliverables.all()).isEmpty();
        assertThat(deliverables.coverage()).isEmpty();
    }

    @Test
    void the_registry_holds_the_18_bundled_laws_and_no_task_rests_on_them() {
        assertThat(legal.documents()).isNotEmpty().allSatisfy(d -> assertThat(d.citedByTasks()).isEmpty())
                .filteredOn(DocumentSummary::hasFullText).hasSize(18);
    }
}
