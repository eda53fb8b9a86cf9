package vn.hungyen.khcn.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.domain.ContentChanges;

class IndexCoordinationTest {

    @Test
    void no_setting_is_one_node_and_adds_nothing_to_hibernate_search() {
        assertThat(IndexCoordination.of(null)).isEqualTo(IndexCoordination.NONE);
        assertThat(IndexCoordination.of(" ")).isEqualTo(IndexCoordination.NONE);
        assertThat(IndexCoordination.of("none").hibernateSearchProperties()).isEmpty();
    }

    @Test
    void outbox_polling_switches_hibernate_search_to_its_coordination_with_text_ids() {
        assertThat(IndexCoordination.of(" Outbox-Polling ").hibernateSearchProperties())
                .containsEntry("hibernate.search.coordination.strategy", "outbox-polling")
                .containsEntry("hibernate.search.coordination.entity.mapping.outboxevent.uuid_type", "CHAR");
    }

    @Test
    void an_unknown_coordination_stops_the_start_naming_the_ones_there_are() {
        assertThatThrownBy(() -> IndexCoordination.of("jgroups"))
                .hasMessageContaining("portal.cluster.coordination=jgroups")
                .hasMessageContaining("none, outbox-polling");
    }

    @Test
    void with_several_nodes_the_content_counter_moves_on_its_own_so_kept_lists_are_read_again() throws Exception {
        try (OtherNodesChanges changes = new OtherNodesChanges(Duration.ofMillis(100))) {
            long before = ContentChanges.version();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (ContentChanges.version() == before && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(ContentChanges.version()).isGreaterThan(before);
        }
    }
}
