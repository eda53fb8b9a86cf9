package vn.hungyen.khcn.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import vn.hungyen.khcn.index.query.TitleTermsBinder;

/** The Hibernate Search properties the portal sets: here, the title terms' mapping beside any other configurer. */
class IndexAutoConfigurationTest {

    private static final String OURS = "class:" + TitleTermsBinder.Mapping.class.getName();

    private static Map<String, Object> customized(Map<String, Object> given) {
        Map<String, Object> properties = new HashMap<>(given);
        new IndexAutoConfiguration().portalSearchProperties(new MockEnvironment()).customize(properties);
        return properties;
    }

    @Test
    void the_title_terms_mapping_is_added_to_the_embedded_backend_s_properties() {
        assertThat(customized(Map.of()).get(IndexAutoConfiguration.MAPPING_CONFIGURER)).isEqualTo(List.of(OURS));
    }

    @Test
    void a_configurer_the_configuration_names_is_kept_and_ours_added_once() {
        // As the two-node test names its own (spring.jpa.properties.hibernate.search.mapping.configurer).
        Map<String, Object> properties = customized(Map.of(IndexAutoConfiguration.MAPPING_CONFIGURER,
                "class:org.example.NodeNames, class:org.example.Other"));
        assertThat(properties.get(IndexAutoConfiguration.MAPPING_CONFIGURER))
                .isEqualTo(List.of("class:org.example.NodeNames", "class:org.example.Other", OURS));
        IndexAutoConfiguration.addTitleTerms(properties);
        assertThat(properties.get(IndexAutoConfiguration.MAPPING_CONFIGURER))
                .isEqualTo(List.of("class:org.example.NodeNames", "class:org.example.Other", OURS));
    }
}
