package vn.hungyen.khcn.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hungyen.khcn.content.testing.OpenSearchAvailable;

/**
 * The generated OpenSearch analysis ({@link OpenSearchAnalysis#settings()}) on a real node analyzes every judged
 * query of the portal, and Vietnamese text with the spellings the embedded analyzers normalize, to the same terms at
 * the same positions as the embedded Lucene analyzers of the same name.
 */
@ExtendWith(OpenSearchAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchAnalysisTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path JUDGED = Path.of("..", "portal-app", "src", "test", "resources", "search",
            "judged-queries.tsv");

    /** Spellings the tables must handle beyond the judged queries: NFD, old/new tone placement, upper case, dashes. */
    private static final List<String> SPELLINGS = List.of(
            "Hoà bình, khoẻ mạnh, thuý, Uỷ ban nhân dân tỉnh Hưng Yên",
            "HOÀ BÌNH HÒA BÌNH hòang hoàng ngoài quý quýt qúy giữ khuỷu",
            Normalizer.nfd("Quyết định số 2999/QĐ-UBND về khoa học và công nghệ"),
            "Thông tư 13/2015/TT- BVHTTDL và Nghị định 60/2021/NĐ\u2013CP ngày 21/12/2021, giai đoạn 2021-2025",
            "KH&CN, đổi mới sáng tạo (ĐMST), kinh phí 2.000.000 đồng, tỷ lệ 1,5%");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String index = "portal-analysis-test-" + UUID.randomUUID();

    @BeforeAll
    void createIndex() throws Exception {
        Map<String, Object> body = Map.of("settings", Map.of("index", Map.of("number_of_replicas", 0,
                "analysis", OpenSearchAnalysis.settings())));
        HttpResponse<String> response = send("PUT", "/" + index, JSON.writeValueAsString(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @AfterAll
    void deleteIndex() throws Exception {
        send("DELETE", "/" + index, null);
    }

    Stream<Arguments> judgedQueries() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(JUDGED, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String query = line.split("\t")[0];
            for (String analyzer : VietnameseAnalyzers.NAMES) {
                cases.add(Arguments.of(analyzer, query));
            }
        }
        assertThat(cases).hasSizeGreaterThan(100);
        return cases.stream();
    }

    Stream<Arguments> spellings() {
        return SPELLINGS.stream().flatMap(text -> VietnameseAnalyzers.NAMES.stream().map(a -> Arguments.of(a, text)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("judgedQueries")
    void judgedQueryHasTheSameTermsOnBothEngines(String analyzer, String query) throws Exception {
        assertThat(openSearch(analyzer, query)).isEqualTo(lucene(analyzer, query));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("spellings")
    void normalizedSpellingsHaveTheSameTermsOnBothEngines(String analyzer, String text) throws Exception {
        assertThat(openSearch(analyzer, text)).isEqualTo(lucene(analyzer, text));
    }

    @Test
    void oldAndNewTonePlacementMeetOnTheNode() throws Exception {
        assertThat(openSearch(VietnameseAnalyzers.EXACT, "Hoà khoẻ Uỷ"))
                .isEqualTo(openSearch(VietnameseAnalyzers.EXACT, "hòa khỏe ủy"))
                .containsEntry(1, new TreeSet<>(List.of("hòa")));
    }

    /** Terms per position (1-based), as sets: engines may order the terms stacked at one position differently. */
    private static Map<Integer, TreeSet<String>> lucene(String name, String text) throws IOException {
        Map<Integer, TreeSet<String>> terms = new LinkedHashMap<>();
        try (Analyzer analyzer = VietnameseAnalyzers.byName(name);
                TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = 0;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.computeIfAbsent(position, p -> new TreeSet<>()).add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    private Map<Integer, TreeSet<String>> openSearch(String analyzer, String text) throws Exception {
        HttpResponse<String> response = send("POST", "/" + index + "/_analyze",
                JSON.writeValueAsString(Map.of("analyzer", analyzer, "text", text)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<Integer, TreeSet<String>> terms = new LinkedHashMap<>();
        for (JsonNode token : JSON.readTree(response.body()).get("tokens")) {
            terms.computeIfAbsent(token.get("position").asInt() + 1, p -> new TreeSet<>())
                    .add(token.get("token").asString());
        }
        return terms;
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(OpenSearchAvailable.url() + path))
                .header("Content-Type", "application/json");
        request.method(method.toUpperCase(Locale.ROOT), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch at " + OpenSearchAvailable.url() + " did not answer", e);
        }
    }

    private static final class Normalizer {
        static String nfd(String s) {
            return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        }
    }
}
