package vn.hungyen.khcn.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.index.analysis.PortalSimilarity;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;

class OpenSearchSimilarityTest {

    @Test
    void the_index_similarity_is_bm25_with_the_text_fields_k1_and_b() {
        JsonObject text = OpenSearchSimilarity.settings().getAsJsonObject(OpenSearchSimilarity.NAME);
        assertThat(text.get("type").getAsString()).isEqualTo("BM25");
        assertThat(text.get("k1").getAsFloat()).isEqualTo(PortalSimilarity.TEXT_K1).isEqualTo(0.9f);
        assertThat(text.get("b").getAsFloat()).isEqualTo(PortalSimilarity.TEXT_B).isEqualTo(0.4f);
    }

    @Test
    void exactly_the_three_text_fields_name_it_each_with_the_analyzers_of_the_item_mapping() {
        JsonObject properties = OpenSearchSimilarity.textProperties();
        assertThat(properties.keySet()).containsExactlyInAnyOrder(SearchFields.TEXT, SearchFields.TEXT_FOLDED,
                SearchFields.TEXT_SHINGLE);
        properties.entrySet().forEach(e -> assertThat(e.getValue().getAsJsonObject().get("similarity").getAsString())
                .as(e.getKey()).isEqualTo(OpenSearchSimilarity.NAME));
        // A property of the custom mapping replaces Hibernate Search's own whole: type, analyzers and term vectors
        // must be there too, or the snippets' field would lose its vectors and the folded field its query analyzer.
        JsonObject text = properties.getAsJsonObject(SearchFields.TEXT);
        assertThat(text.get("type").getAsString()).isEqualTo("text");
        assertThat(text.get("analyzer").getAsString()).isEqualTo(VietnameseAnalyzers.EXACT);
        assertThat(text.get("search_analyzer").getAsString()).isEqualTo(VietnameseAnalyzers.EXACT_QUERY);
        assertThat(text.get("term_vector").getAsString()).isEqualTo("with_positions_offsets");
        JsonObject folded = properties.getAsJsonObject(SearchFields.TEXT_FOLDED);
        assertThat(folded.get("analyzer").getAsString()).isEqualTo(VietnameseAnalyzers.FOLDED);
        assertThat(folded.get("search_analyzer").getAsString()).isEqualTo(VietnameseAnalyzers.FOLDED_QUERY);
        assertThat(folded.has("term_vector")).isFalse();
        JsonObject pairs = properties.getAsJsonObject(SearchFields.TEXT_SHINGLE);
        assertThat(pairs.get("analyzer").getAsString()).isEqualTo(VietnameseAnalyzers.SHINGLE);
        assertThat(pairs.has("search_analyzer")).isFalse();
    }

    @Test
    void hibernate_search_gets_both_files_as_addresses_it_can_open() throws IOException {
        var properties = OpenSearchBackendSettings.from(new MockEnvironment()).hibernateProperties();
        JsonObject settings = read((String) properties.get("hibernate.search.backend.schema_management.settings_file"));
        JsonObject mapping = read((String) properties.get("hibernate.search.backend.schema_management.mapping_file"));
        // As written (a float read back is a double: compared as text).
        assertThat(settings.getAsJsonObject("similarity").toString()).isEqualTo(OpenSearchSimilarity.settings().toString());
        assertThat(mapping.getAsJsonObject("properties")).isEqualTo(OpenSearchSimilarity.textProperties());
    }

    private static JsonObject read(String address) throws IOException {
        try (InputStream in = URI.create(address).toURL().openStream()) {
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }
}
