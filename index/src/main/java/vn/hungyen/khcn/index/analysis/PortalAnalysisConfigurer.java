package vn.hungyen.khcn.index.analysis;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import vn.hungyen.khcn.content.domain.SearchFields;

/**
 * Registers the portal's Vietnamese analyzers with Hibernate Search under their names
 * ({@link VietnameseAnalyzers#NAMES}, which the mappings reference through {@link SearchFields}), and the
 * keyword normalizer, and the portal's scoring ({@link PortalSimilarity}). Selected through {@code hibernate.search.backend.analysis.configurer}, which
 * {@link vn.hungyen.khcn.index.IndexAutoConfiguration} sets.
 */
public final class PortalAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (String name : VietnameseAnalyzers.NAMES) {
            context.analyzer(name).instance(VietnameseAnalyzers.byName(name));
        }
        context.normalizer(SearchFields.NORMALIZER_KEYWORD).custom()
                .tokenFilter("icuFolding");
        context.similarity(PortalSimilarity.INSTANCE);
    }
}
