package vn.hungyen.khcn.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import vn.hungyen.khcn.index.analysis.OpenSearchAnalysisConfigurer;

/** Which backend the settings select, and the Hibernate Search properties and index names they give. */
class OpenSearchBackendSettingsTest {

    @Test
    void lucene_is_the_default_and_an_unknown_backend_stops_the_start() {
        assertThat(OpenSearchBackendSettings.selected(new MockEnvironment())).isFalse();
        assertThat(OpenSearchBackendSettings.selected(
                new MockEnvironment().withProperty(OpenSearchBackendSettings.BACKEND, " OpenSearch "))).isTrue();
        assertThatThrownBy(() -> OpenSearchBackendSettings.selected(
                new MockEnvironment().withProperty(OpenSearchBackendSettings.BACKEND, "elastic")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lucene").hasMessageContaining("opensearch");
    }

    @Test
    void the_node_and_the_analysis_go_to_hibernate_search_and_every_name_carries_the_prefix() {
        var settings = OpenSearchBackendSettings.from(new MockEnvironment()
                .withProperty(OpenSearchBackendSettings.URL, "http://search.internal:9201/")
                .withProperty(OpenSearchBackendSettings.PREFIX, "hungyen-"));
        var properties = settings.hibernateProperties();
        assertThat(properties).containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.backend.uris", "http://search.internal:9201");
        assertThat(properties.get("hibernate.search.backend.analysis.configurer"))
                .isInstanceOf(OpenSearchAnalysisConfigurer.class);
        var layout = (PrefixedIndexLayout) properties.get("hibernate.search.backend.layout.strategy");
        assertThat(layout.createInitialElasticsearchIndexName("PlanTask")).isEqualTo("hungyen-plantask-000001");
        assertThat(layout.createReadAlias("PlanTask")).isEqualTo("hungyen-plantask-read");
        assertThat(layout.createWriteAlias("PlanTask")).isEqualTo("hungyen-plantask-write");
        // A hit names its primary index; it must lead back to the same index as the Hibernate Search name.
        assertThat(layout.extractUniqueKeyFromElasticsearchIndexName("hungyen-plantask-000001"))
                .isEqualTo(layout.extractUniqueKeyFromHibernateSearchIndexName("PlanTask"));
    }

    @Test
    void a_prefix_no_index_name_may_start_with_is_refused() {
        for (String prefix : new String[] {"Portal-", "_portal", "portal test-", "portal/"}) {
            assertThatThrownBy(() -> new PrefixedIndexLayout(prefix)).as(prefix)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(prefix);
        }
    }
}
