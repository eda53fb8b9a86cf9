package vn.hungyen.khcn.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.legal.domain.LegalDocument;
import vn.hungyen.khcn.plan.domain.Plan;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/** {@code GET /api/search}: the response shape, malformed input, and snippets that cannot carry a script. */
class SearchApiTest extends PortalIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private EntityManager entityManager;

    @Autowired
    private TransactionTemplate transactions;

    private JsonNode search(String query) {
        HttpResponse<String> response = get("/api/search?q=" + encode(query));
        assertThat(response.statusCode()).as("status for %s", query).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void response_has_total_hits_and_facets_with_counts() {
        JsonNode body = search("quản lý tài sản công");
        assertThat(body.get("total").asLong()).isPositive();
        JsonNode first = body.get("hits").get(0);
        assertThat(first.get("type").asString()).isEqualTo("plan-task");
        assertThat(first.get("title").asString()).isEqualTo("Quản lý tài sản công");
        assertThat(first.get("url").asString()).isEqualTo("/ke-hoach/21-kh-skhcn/nhiem-vu/1.3.4");
        assertThat(first.get("snippet").asString()).contains("<mark>");
        assertThat(first.get("score").asDouble()).isPositive();
        assertThat(first.get("id").asLong()).isPositive();
        JsonNode types = body.get("facets").get("type");
        assertThat(types.get(0).get("value").asString()).isNotBlank();
        assertThat(types.get(0).get("count").asLong()).isPositive();
        assertThat(body.get("facets").get("year").get(0).get("value").asString()).isEqualTo("2022");
    }

    @Test
    void a_result_carries_the_line_shown_under_its_title() {
        // A law's title is its number; the line under it says which law it is.
        JsonNode law = search("83/2015/QH13").get("hits").get(0);
        assertThat(law.get("type").asString()).isEqualTo("legal-document");
        assertThat(law.get("title").asString()).isEqualTo("83/2015/QH13");
        assertThat(law.get("subtitle").asString()).isEqualTo("Luật Ngân sách nhà nước");

        // An activity of the plan is a fragment of its task: the line names the task.
        JsonNode activity = JSON.readTree(get("/api/search?q=" + encode("theo dõi thi hành pháp luật")
                + "&type=plan-activity").body()).get("hits").get(0);
        assertThat(activity.get("title").asString()).isEqualTo("(2) Theo dõi thi hành pháp luật;");
        assertThat(activity.get("subtitle").asString()).isEqualTo("1.4. Công tác pháp chế");

        // A part of the plan's narrative: which plan, which part.
        JsonNode section = JSON.readTree(get("/api/search?q=" + encode("mục đích yêu cầu")
                + "&type=plan-section").body()).get("hits").get(0);
        assertThat(section.get("title").asString()).isEqualTo("MỤC ĐÍCH, YÊU CẦU");
        assertThat(section.get("subtitle").asString()).isEqualTo("21/KH-SKHCN — I");

        // A task's title says it all: no line.
        JsonNode task = search("quản lý tài sản công").get("hits").get(0);
        assertThat(task.get("subtitle").isNull()).isTrue();
    }

    @Test
    void a_trich_yeu_added_by_an_editor_shows_under_the_number_at_once() {
        // 60/2021/NĐ-CP is only cited by the plan, by number: its trích yếu is not known until an editor adds it.
        String slug = "60-2021-nd-cp";
        String before = transactions.execute(tx -> legal(slug).getSubject());
        assertThat(search("60/2021/NĐ-CP").get("hits").get(0).get("subtitle").isNull()).isTrue();
        try {
            transactions.executeWithoutResult(tx -> legal(slug)
                    .setSubject("Sửa đổi, bổ sung Nghị định 60/2021/NĐ-CP"));

            assertThat(search("60/2021/NĐ-CP").get("hits").get(0).get("subtitle").asString())
                    .isEqualTo("Sửa đổi, bổ sung Nghị định 60/2021/NĐ-CP");
        } finally {
            transactions.executeWithoutResult(tx -> legal(slug).setSubject(before));
        }
        assertThat(search("60/2021/NĐ-CP").get("hits").get(0).get("subtitle").isNull()).isTrue();
    }

    private LegalDocument legal(String slug) {
        return entityManager.createQuery("select d from LegalDocument d where d.slug = :slug", LegalDocument.class)
                .setParameter("slug", slug).getSingleResult();
    }

    @Test
    void type_page_and_size_parameters_are_applied() {
        JsonNode page = JSON.readTree(get("/api/search?q=" + encode("khoa học") + "&type=plan-activity&page=1&size=3")
                .body());
        assertThat(page.get("hits")).hasSize(3);
        page.get("hits").forEach(h -> assertThat(h.get("type").asString()).isEqualTo("plan-activity"));
    }

    @Test
    void malformed_queries_answer_200() {
        // 6,000 characters: longer URLs are refused by the web server's header limit before the portal sees them;
        // 10,000 characters through the service are covered in SearchServiceTest.
        for (String q : new String[] {"\"", "((", "*", "-", "|||", "x".repeat(6_000), "loai:\"", "%", "<script>"}) {
            assertThat(get("/api/search?q=" + encode(q)).statusCode()).as(q).isEqualTo(200);
        }
        assertThat(get("/api/search?q=a&page=-5&size=100000").statusCode()).isEqualTo(200);
    }

    @Test
    void document_text_is_escaped_in_snippets_and_only_mark_is_markup() {
        Long id = transactions.execute(tx -> {
            Plan plan = new Plan("99/KH-THU", "Kế hoạch thử <b>nghiệm</b> an toàn");
            plan.setText("Văn bản có mã độc <script>alert('xss')</script> và <img src=x onerror=alert(1)> "
                    + "cùng từ khóa đặc biệt zyxwabc để tìm.");
            plan.setState(PublicationState.PUBLISHED);
            entityManager.persist(plan);
            return plan.getId();
        });
        try {
            JsonNode hit = search("zyxwabc").get("hits").get(0);
            String snippet = hit.get("snippet").asString();
            assertThat(snippet).contains("<mark>zyxwabc</mark>").contains("&lt;script&gt;")
                    .doesNotContain("<script").doesNotContain("<img");
            assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
            // The title is plain text in JSON; the page inserts titleHtml, which is escaped the same way.
            assertThat(hit.get("title").asString()).isEqualTo("Kế hoạch thử <b>nghiệm</b> an toàn");
        } finally {
            transactions.executeWithoutResult(tx -> entityManager.remove(entityManager.find(Plan.class, id)));
        }
    }
}
