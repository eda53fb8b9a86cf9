package vn.hungyen.khcn.index.analysis;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.assertj.core.api.Assertions;
import org.junit.Test;

/** The factories are found by their SPI names, build the same chain as the analyzers and reject unknown parameters. */
public class TestVietnameseFactories extends BaseTokenStreamTestCase {

    @Test
    public void factories_are_registered_under_their_names() {
        Assertions.assertThat(TokenizerFactory.lookupClass(VietnameseTokenizerFactory.NAME))
                .isEqualTo(VietnameseTokenizerFactory.class);
        Assertions.assertThat(TokenFilterFactory.lookupClass(VietnameseToneNormalizationFilterFactory.NAME))
                .isEqualTo(VietnameseToneNormalizationFilterFactory.class);
        Assertions.assertThat(TokenFilterFactory.lookupClass(VietnameseFoldingFilterFactory.NAME))
                .isEqualTo(VietnameseFoldingFilterFactory.class);
        Assertions.assertThat(TokenFilterFactory.lookupClass(VietnameseDocumentNumberFilterFactory.NAME))
                .isEqualTo(VietnameseDocumentNumberFilterFactory.class);
    }

    @Test
    public void a_custom_analyzer_from_the_factories_folds_like_the_folded_analyzer() throws IOException {
        try (Analyzer custom = CustomAnalyzer.builder()
                .addCharFilter("icuNormalizer2", "name", "nfc", "mode", "compose")
                .withTokenizer(VietnameseTokenizerFactory.NAME)
                .addTokenFilter("lowercase")
                .addTokenFilter(VietnameseToneNormalizationFilterFactory.NAME)
                .addTokenFilter(VietnameseFoldingFilterFactory.NAME)
                .addTokenFilter(VietnameseDocumentNumberFilterFactory.NAME)
                .build()) {
            assertAnalyzesTo(custom, "Khoẻ 1851/QĐ-TTg",
                    new String[] {"khoe", "1851/qd-ttg", "1851", "qd", "ttg"},
                    new int[] {0, 5, 5, 5, 5},
                    new int[] {4, 16, 16, 16, 16},
                    new int[] {1, 1, 0, 0, 0});
            Assertions.assertThat(custom.normalize("f", "Thuý")).isEqualTo(VietnameseAnalyzers.folded()
                    .normalize("f", "thúy"));
        }
    }

    @Test
    public void factories_reject_unknown_parameters() {
        Map<String, String> args = new HashMap<>(Map.of("style", "new"));
        Assertions.assertThatThrownBy(() -> new VietnameseToneNormalizationFilterFactory(args))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown parameters");
        Assertions.assertThatThrownBy(() -> new VietnameseTokenizerFactory(new HashMap<>(Map.of("x", "1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown parameters");
        Assertions.assertThatThrownBy(() -> new VietnameseFoldingFilterFactory(new HashMap<>(Map.of("x", "1"))))
                .isInstanceOf(IllegalArgumentException.class);
        Assertions.assertThatThrownBy(() -> new VietnameseDocumentNumberFilterFactory(new HashMap<>(Map.of("x", "1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void unknown_analyzer_names_are_rejected() {
        Assertions.assertThatThrownBy(() -> VietnameseAnalyzers.byName("vietnamse"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vietnamese_folded");
    }
}
