package vn.hungyen.khcn.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.index.analysis.PortalSimilarity;
import vn.hungyen.khcn.index.opensearch.OpenSearchBackendSettings;
import vn.hungyen.khcn.index.opensearch.OpenSearchSimilarity;
import vn.hungyen.khcn.index.search.SearchHit;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchResult;
import vn.hungyen.khcn.index.search.SearchService;
import vn.hungyen.khcn.index.search.SearchSort;
import vn.hungyen.khcn.content.service.EditorialWorkflow;
import vn.hungyen.khcn.legal.service.LegalRegistry;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;
import vn.hungyen.khcn.portal.support.SearchBackendUnderTest;

/**
 * The cases of issue 14 that are not a rank (those are in {@code judged-queries.tsv}): what a query must not find,
 * what is marked, what a hit shows — on the bundled plan and laws.
 */
class SearchCasesTest extends PortalIntegrationTest {

    @Autowired
    private SearchService search;
    @Autowired
    private LegalRegistry registry;
    @Autowired
    private EditorialWorkflow workflow;

    private SearchResult find(String typed) {
        return search.search(SearchRequest.forReaders(typed, null, 0, 50));
    }

    @Test
    void a_term_of_several_syllables_finds_no_law_holding_them_only_apart() {
        // Luật Năng lượng nguyên tử holds "chỉ dẫn" and "hướng dẫn địa phương", Luật Tổ chức chính quyền địa phương
        // "địa lý": neither holds the term. Every hit holds it side by side (folded), in its title or text.
        List<String> slugs = find("chỉ dẫn địa lý").hits().stream().map(SearchHit::slug).toList();
        assertThat(slugs).contains("21-kh-skhcn/5.3/6", "50-2005-qh11")
                .doesNotContain("18-2008-qh12", "77-2015-qh13");
    }

    @Test
    void a_law_named_in_the_query_ranks_before_every_item_that_only_cites_it_and_the_law_in_force_first() {
        // Two laws are named "Luật Khoa học và công nghệ": 29/2013/QH13, in force, and the 21/2000/QH10 it repealed
        // (its Điều 80: "Luật khoa học và công nghệ số 21/2000/QH10 hết hiệu lực"), hết hiệu lực toàn bộ since
        // 2014-01-01. The plan and its tasks, which cite the law in their text, come after both.
        List<String> top = find("Luật Khoa học và công nghệ").hits().stream().limit(2).map(SearchHit::slug).toList();
        assertThat(top).containsExactly("29-2013-qh13", "21-2000-qh10");
    }

    @Test
    void a_repealed_law_is_still_found_first_by_its_number() {
        assertThat(find("21/2000/QH10").hits()).first().extracting(SearchHit::slug).isEqualTo("21-2000-qh10");
        assertThat(find("luat khoa hoc va cong nghe 2000").hits()).extracting(SearchHit::slug)
                .contains("21-2000-qh10");
    }

    @Test
    void a_repealed_law_stands_again_while_the_law_that_repealed_it_is_taken_back_to_draft() {
        long repealing = registry.find("29-2013-qh13").orElseThrow().getId();
        assertThat(registry.find("21-2000-qh10").orElseThrow().isSuperseded()).isTrue();
        workflow.unpublish(repealing, workflow.item(repealing).orElseThrow().version(), "bientapvien");
        try {
            // Readers no longer see the repeal: 21/2000/QH10 is in force to them, in the registry and in the index,
            // where an editor's search (drafts included) now ranks it before the draft.
            assertThat(registry.find("21-2000-qh10").orElseThrow().isSuperseded()).isFalse();
            assertThat(editorsTop2("luật khoa học")).containsExactly("21-2000-qh10", "29-2013-qh13");
        } finally {
            workflow.publish(repealing, workflow.item(repealing).orElseThrow().version(), "bientapvien");
        }
        assertThat(registry.find("21-2000-qh10").orElseThrow().isSuperseded()).isTrue();
        assertThat(editorsTop2("luật khoa học")).containsExactly("29-2013-qh13", "21-2000-qh10");
    }

    private List<String> editorsTop2(String typed) {
        return search.search(new SearchRequest(typed, null, Map.of(), SearchSort.RELEVANCE, 0, 2, true)).hits()
                .stream().map(SearchHit::slug).toList();
    }

    @Test
    void a_law_hit_carries_the_article_its_snippet_comes_from() {
        // "chiếm đoạt" stands once in Luật Khoa học và công nghệ 2013: in Điều 8, the prohibited acts.
        SearchHit law = find("chiếm đoạt").hits().stream().filter(h -> h.slug().equals("29-2013-qh13")).findFirst()
                .orElseThrow();
        assertThat(law.snippetHtml()).contains("<mark>chiếm</mark> <mark>đoạt</mark>");
        assertThat(law.section()).isNotNull();
        assertThat(law.section().anchor()).isEqualTo("dieu-8");
        assertThat(law.section().label()).isEqualTo("Điều 8");
        // An activity has no sections: its hit names none.
        assertThat(find("nhãn lồng").hits()).filteredOn(h -> h.slug().equals("21-kh-skhcn/7.3/1")).singleElement()
                .satisfies(hit -> assertThat(hit.section()).isNull());
    }

    @Test
    void function_words_are_never_marked_on_their_own() {
        SearchResult result = find("Luật Khoa học và công nghệ");
        assertThat(result.hits()).isNotEmpty();
        assertThat(result.hits()).allSatisfy(hit -> {
            assertThat(hit.snippetHtml()).doesNotContain("<mark>và</mark>");
            assertThat(hit.titleHtml()).doesNotContain("<mark>và</mark>");
        });
        assertThat(result.hits()).anySatisfy(hit -> assertThat(hit.snippetHtml() + hit.titleHtml())
                .contains("<mark>khoa</mark>"));
    }

    @Test
    void a_word_typed_with_other_marks_is_marked_where_it_matched_folded() {
        // "nhãn lồng" (the longan) is written "nhân lông" in the plan: found through the folded fields, marked too.
        SearchResult result = find("nhãn lồng");
        assertThat(result.hits()).extracting(SearchHit::slug).contains("21-kh-skhcn/7.3/1");
        assertThat(result.hits().get(0).titleHtml() + result.hits().get(0).snippetHtml())
                .contains("<mark>nhân</mark> <mark>lông</mark>");
    }

    @Test
    void a_task_hit_carries_its_code_and_its_whole_title_from_the_first_word() {
        SearchHit task = find("Triển khai hiệu quả thị trường khoa học và công nghệ").hits().stream()
                .filter(h -> h.slug().equals("21-kh-skhcn/4.2")).findFirst().orElseThrow();
        assertThat(task.label()).isEqualTo("4.2");
        assertThat(task.titleHtml()).startsWith("<mark>Triển</mark> <mark>khai</mark> <mark>hiệu</mark> "
                + "<mark>quả</mark> Chương trình phát <mark>triển</mark> <mark>thị</mark> <mark>trường</mark>");
        assertThat(task.titleHtml()).endsWith("của UBND tỉnh Hưng Yên)");
    }

    @Test
    void document_text_in_titles_and_snippets_stays_escaped_with_folded_marks() {
        // The typed text itself is never echoed; the document's own "/" and "&" come back escaped.
        SearchResult result = find("<script>alert(1)</script> quyet dinh 2209");
        assertThat(result.hits()).allSatisfy(hit -> {
            assertThat(hit.titleHtml().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
            assertThat(hit.snippetHtml().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        });
    }

    @Test
    @Tag(SearchBackendUnderTest.OPENSEARCH_ONLY)
    void on_opensearch_every_index_scores_the_text_fields_with_the_portal_bm25_and_the_others_with_the_default()
            throws Exception {
        assumeTrue(SearchBackendUnderTest.onOpenSearch(), "the similarity of the node's indexes: OpenSearch runs only");
        String node = System.getProperty(OpenSearchBackendSettings.URL, "http://127.0.0.1:9200");
        String indexes = node + "/" + SearchBackendUnderTest.indexPrefix() + "*";
        JsonObject settings = nodeJson(indexes + "/_settings");
        JsonObject mappings = nodeJson(indexes + "/_mapping");
        assertThat(settings.keySet()).hasSizeGreaterThanOrEqualTo(4).isEqualTo(mappings.keySet());
        for (String index : settings.keySet()) {
            JsonObject similarity = settings.getAsJsonObject(index).getAsJsonObject("settings")
                    .getAsJsonObject("index").getAsJsonObject("similarity").getAsJsonObject(OpenSearchSimilarity.NAME);
            assertThat(similarity.get("type").getAsString()).as(index).isEqualTo("BM25");
            assertThat(similarity.get("k1").getAsFloat()).as(index).isEqualTo(PortalSimilarity.TEXT_K1);
            assertThat(similarity.get("b").getAsFloat()).as(index).isEqualTo(PortalSimilarity.TEXT_B);
            JsonObject fields = mappings.getAsJsonObject(index).getAsJsonObject("mappings")
                    .getAsJsonObject("properties");
            for (String field : List.of(SearchFields.TEXT, SearchFields.TEXT_FOLDED, SearchFields.TEXT_SHINGLE)) {
                assertThat(fields.getAsJsonObject(field).get("similarity").getAsString()).as(index + " " + field)
                        .isEqualTo(OpenSearchSimilarity.NAME);
            }
            // The custom mapping replaces a field's whole mapping: the snippets' field keeps its analyzers and vectors.
            assertThat(fields.getAsJsonObject(SearchFields.TEXT).get("term_vector").getAsString())
                    .isEqualTo("with_positions_offsets");
            assertThat(fields.getAsJsonObject(SearchFields.TEXT).get("search_analyzer").getAsString())
                    .isEqualTo(SearchFields.ANALYZER_EXACT_QUERY);
            assertThat(fields.getAsJsonObject(SearchFields.TITLE).has("similarity")).as(index).isFalse();
        }
    }

    private static JsonObject nodeJson(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
