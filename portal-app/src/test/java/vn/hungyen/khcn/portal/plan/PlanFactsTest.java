package vn.hungyen.khcn.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.ContentLink;
import vn.hungyen.khcn.content.domain.StandardLinks;
import vn.hungyen.khcn.content.service.ContentItemRepository;
import vn.hungyen.khcn.content.service.ContentLinks;
import vn.hungyen.khcn.content.spi.ContentRef;
import vn.hungyen.khcn.content.spi.PlanFacts;
import vn.hungyen.khcn.content.spi.PlanFacts.ActivityFact;
import vn.hungyen.khcn.content.spi.PlanFacts.TaskFact;
import vn.hungyen.khcn.content.spi.PlanTypes;
import vn.hungyen.khcn.plan.domain.Activity;
import vn.hungyen.khcn.plan.domain.Plan;
import vn.hungyen.khcn.plan.domain.PlanTask;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/** What the plan module publishes to other modules about the bundled plan 21/KH-SKHCN ({@link PlanFacts}). */
class PlanFactsTest extends PortalIntegrationTest {

    @Autowired
    private PlanFacts facts;
    @Autowired
    private ContentItemRepository items;
    @Autowired
    private ContentLinks links;

    @Test
    void the_type_codes_are_the_plan_modules_own() {
        assertThat(facts.types()).isEqualTo(new PlanTypes(Plan.TYPE, PlanTask.TYPE, Activity.TYPE));
    }

    @Test
    void a_task_has_its_code_and_the_year_its_plan_was_issued_on_28_02_2022() {
        assertThat(facts.task(ref(PlanTask.TYPE, "21-kh-skhcn/6.3"))).contains(new TaskFact("6.3", 2022));
        assertThat(facts.task(ref(PlanTask.TYPE, "21-kh-skhcn/1.3.2"))).contains(new TaskFact("1.3.2", 2022));
    }

    @Test
    void an_activity_has_the_units_leading_it_by_their_canonical_names_not_as_the_appendix_abbreviates_them() {
        // Task 7.2's row names its lead as "Trung tâm TTTK,UD KH&CN".
        assertThat(facts.activity(activityOf("21-kh-skhcn/7.2", "ốc nhồi")))
                .contains(new ActivityFact(List.of("Trung tâm Thông tin, thống kê, ứng dụng KH&CN")));
        assertThat(facts.activity(activityOf("21-kh-skhcn/6.3", "đông trùng hạ thảo")))
                .contains(new ActivityFact(List.of("Các phòng chuyên môn thuộc Sở")));
    }

    @Test
    void the_lead_unit_is_the_one_in_the_lead_column_not_the_unit_doing_the_work() {
        // Task 1.1: chủ trì "Văn phòng Sở" (column 6), thực hiện chính "Các phòng, đơn vị thuộc Sở" (column 7).
        assertThat(facts.activity(activityOf("21-kh-skhcn/1.1", "")))
                .contains(new ActivityFact(List.of("Văn phòng Sở")));
    }

    @Test
    void other_items_have_no_task_or_activity_facts() {
        ContentRef plan = ref(Plan.TYPE, "21-kh-skhcn");
        ContentRef task = ref(PlanTask.TYPE, "21-kh-skhcn/6.3");

        assertThat(facts.task(plan)).isEmpty();
        assertThat(facts.activity(task)).isEmpty();
        assertThat(facts.task(activityOf("21-kh-skhcn/6.3", "đông trùng hạ thảo"))).isEmpty();
        assertThat(facts.task(new ContentRef(task.id(), "legal-document", "60-2021-nd-cp"))).isEmpty();
    }

    private ContentRef ref(String type, String slug) {
        return ContentRef.of(items.findByTypeAndSlug(type, slug).orElseThrow());
    }

    private ContentRef activityOf(String taskSlug, String words) {
        ContentItem task = items.findByTypeAndSlug(PlanTask.TYPE, taskSlug).orElseThrow();
        return links.to(task, StandardLinks.PART_OF).stream().map(ContentLink::getSource)
                .filter(a -> Activity.TYPE.equals(a.getType()) && a.getText().contains(words)).map(ContentRef::of)
                .findFirst().orElseThrow();
    }
}
