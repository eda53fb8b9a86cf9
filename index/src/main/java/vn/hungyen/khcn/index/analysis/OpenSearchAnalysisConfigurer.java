package vn.hungyen.khcn.index.analysis;

import java.util.List;
import java.util.Map;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalysisComponentParametersStep;
import vn.hungyen.khcn.content.domain.SearchFields;

/**
 * The portal's analyzers for Hibernate Search's Elasticsearch backend on OpenSearch: every char filter, tokenizer,
 * filter and analyzer of {@link OpenSearchAnalysis#settings()} declared as it stands there, so the generated settings
 * stay the one source (no JSON copy). The keyword normalizer is {@code lowercase} + {@code asciifolding} (the node has
 * no ICU plugin): the sort key of a Vietnamese title folds the same way ({@code đ → d}, marks dropped).
 */
public final class OpenSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        Map<String, Object> analysis = OpenSearchAnalysis.settings();
        components(analysis, "char_filter").forEach((name, spec) -> parameters(context.charFilter(name), spec));
        components(analysis, "tokenizer").forEach((name, spec) -> parameters(context.tokenizer(name), spec));
        components(analysis, "filter").forEach((name, spec) -> parameters(context.tokenFilter(name), spec));
        components(analysis, "analyzer").forEach((name, spec) -> {
            if (!"custom".equals(spec.get("type"))) {
                throw new IllegalStateException("analyzer " + name + " is not a custom analyzer: " + spec);
            }
            context.analyzer(name).custom().tokenizer((String) spec.get("tokenizer"))
                    .charFilters(strings(spec.get("char_filter")))
                    .tokenFilters(strings(spec.get("filter")));
        });
        context.normalizer(SearchFields.NORMALIZER_KEYWORD).custom().tokenFilters("lowercase", "asciifolding");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> components(Map<String, Object> analysis, String kind) {
        return (Map<String, Map<String, Object>>) analysis.get(kind);
    }

    /** A component's type and every other entry of its settings as a parameter of the same JSON type. */
    private static void parameters(
            org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalysisComponentTypeStep step,
            Map<String, Object> spec) {
        ElasticsearchAnalysisComponentParametersStep params = step.type((String) spec.get("type"));
        spec.forEach((key, value) -> {
            if (key.equals("type")) {
                return;
            }
            switch (value) {
                case String s -> params.param(key, s);
                case Boolean b -> params.param(key, b.booleanValue());
                case Number n -> params.param(key, n);
                case List<?> list when list.stream().allMatch(String.class::isInstance) ->
                        params.param(key, strings(list));
                default -> throw new IllegalStateException("cannot pass " + key + " = " + value + " to OpenSearch");
            }
        });
    }

    private static String[] strings(Object list) {
        return ((List<?>) list).stream().map(String.class::cast).toArray(String[]::new);
    }
}
