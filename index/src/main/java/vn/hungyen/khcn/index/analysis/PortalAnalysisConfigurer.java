package vn.hungyen.khcn.index.analysis;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import vn.hungyen.khcn.content.domain.SearchFields;

/**
 * Registers the portal's analyzers with Hibernate Search under the names the mappings use
 * ({@link SearchFields}). Selected through {@code hibernate.search.backend.analysis.configurer}, which
 * {@link vn.hungyen.khcn.index.IndexAutoConfiguration} sets.
 */
public final class PortalAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchFields.ANALYZER_EXACT).custom()
                .tokenizer("standard")
                .tokenFilter("icuNormalizer2").param("name", "nfc").param("mode", "compose")
                .tokenFilter("lowercase");
        context.analyzer(SearchFields.ANALYZER_FOLDED).custom()
                .tokenizer("standard")
                .tokenFilter("icuFolding");
        context.normalizer(SearchFields.NORMALIZER_KEYWORD).custom()
                .tokenFilter("icuFolding");
    }
}
