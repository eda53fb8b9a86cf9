package vn.hungyen.khcn.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.domain.SearchFields;

class PortalAnalysisConfigurerTest {

    @Test
    void every_analyzer_the_mappings_name_is_one_the_configurer_registers() {
        assertThat(VietnameseAnalyzers.NAMES).contains(SearchFields.ANALYZER_EXACT, SearchFields.ANALYZER_FOLDED,
                SearchFields.ANALYZER_EXACT_QUERY, SearchFields.ANALYZER_FOLDED_QUERY, SearchFields.ANALYZER_SHINGLE);
    }
}
