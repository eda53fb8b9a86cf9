package vn.hungyen.khcn.portal.deliverables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.deliverables.service.DeliverableCatalog;
import vn.hungyen.khcn.deliverables.service.DeliverableEditing;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.TaskCoverage;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.TopicView;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/** Editors' changes, each rolled back after its test so the shared portal keeps the imported state. */
@Transactional
class DeliverableEditingTest extends PortalIntegrationTest {

    @Autowired
    private DeliverableEditing editing;

    @Autowired
    private DeliverableCatalog catalog;

    @Test
    void an_editor_overrides_the_topics_the_rules_chose_and_the_note_replaces_the_rule() {
        editing.overrideTopics("moc-dai-tap", List.of("203"), "làng nghề mộc: kỹ thuật cơ khí, chế biến gỗ");

        assertThat(catalog.deliverable("moc-dai-tap").orElseThrow().card().topics())
                .extracting(TopicView::code, TopicView::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("203",
                        "biên tập viên: làng nghề mộc: kỹ thuật cơ khí, chế biến gỗ"));
        assertThat(catalog.deliverable("moc-dai-tap").orElseThrow().topicsByEditor()).isTrue();
    }

    @Test
    void an_editor_adds_one_of_the_two_unnamed_projects_of_6_3_and_the_coverage_counts_it() {
        editing.addDeliverable("21-kh-skhcn/6.3", "Mô hình sản xuất lúa chất lượng cao theo hướng hữu cơ", "procedure",
                null, 2022, List.of("401"), "theo báo cáo nghiệm thu");

        TaskCoverage coverage = catalog.coverage().getFirst();
        assertThat(coverage.named()).isEqualTo(20);
        assertThat(coverage.stated()).isEqualTo(21);
        assertThat(catalog.find("401", "procedure", null)).extracting(c -> c.title())
                .contains("Mô hình sản xuất lúa chất lượng cao theo hướng hữu cơ");
    }

    @Test
    void an_editor_adds_a_kind_and_it_is_listed_with_no_deliverables() {
        editing.addKind("patent", "Sáng chế", "Patent");

        assertThat(catalog.kinds()).extracting(k -> k.kind().code(), k -> k.count()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("procedure", 5L), org.assertj.core.groups.Tuple.tuple("trademark", 6L),
                org.assertj.core.groups.Tuple.tuple("solution", 8L), org.assertj.core.groups.Tuple.tuple("publication", 2L),
                org.assertj.core.groups.Tuple.tuple("patent", 0L));
        assertThatThrownBy(() -> editing.addKind("patent", "Sáng chế", "Patent")).hasMessageContaining("exists");
    }

    @Test
    void an_override_to_a_sector_not_in_the_classification_is_refused() {
        assertThatThrownBy(() -> editing.overrideTopics("moc-dai-tap", List.of("777"), "thử"))
                .hasMessageContaining("777");
    }
}
