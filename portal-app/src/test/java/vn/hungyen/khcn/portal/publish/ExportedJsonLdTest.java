package vn.hungyen.khcn.portal.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hungyen.khcn.content.service.EditorialWorkflow;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/**
 * The schema.org JSON-LD of an exported page holds any title: one that reads as markup inside a script (the tester's
 * {@code <!--<script>}) neither swallows the page nor changes the data.
 */
class ExportedJsonLdTest extends PortalIntegrationTest {

    /** Strict: the script must hold one JSON value and nothing after it. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String NUMBER = "78/KH-SKHCN";
    private static final String TEXT = "Kế hoạch kiểm thử xuất bản: nội dung trang phải còn nguyên sau khối JSON-LD.";

    @Autowired
    private EntityManager entityManager;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private EditorialWorkflow workflow;
    @Autowired
    private StaticSiteExporter exporter;

    private DraftPlans drafts;
    private long id;

    @AfterEach
    void removePlan() {
        drafts.remove(id);
    }

    @Test
    void a_title_that_opens_a_comment_and_a_script_stays_inside_the_json_ld_and_the_page_body_is_intact() throws Exception {
        String title = "<!--<script>";
        Document page = exportedPage(title);

        assertThat(page.select("h1").eachText()).containsExactly(title);
        assertThat(page.body().text()).contains(TEXT);
        assertThat(page.select("header a").eachText()).contains("Chủ đề");
        Element script = page.selectFirst("script[type=application/ld+json]");
        JsonNode data = JSON.readTree(script.data());
        assertThat(data.get("name").asText()).isEqualTo(title);
        assertThat(script.data()).doesNotContain("<", ">");
    }

    @Test
    void ampersands_closing_tags_and_line_separators_in_a_title_read_back_unchanged_from_the_json_ld() throws Exception {
        String title = "Kế hoạch KH&CN </script><b>đậm</b> \u2028dòng\u2029 mới";
        Document page = exportedPage(title);

        Element script = page.selectFirst("script[type=application/ld+json]");
        assertThat(JSON.readTree(script.data()).get("name").asText()).isEqualTo(title);
        assertThat(script.data()).doesNotContain("&", "</", "\u2028", "\u2029");
        assertThat(page.select("main b")).isEmpty();
        assertThat(page.body().text()).contains(TEXT);
    }

    /** A published plan of this title, exported; its page as a browser parses it. */
    private Document exportedPage(String title) throws Exception {
        drafts = new DraftPlans(entityManager, transactions);
        id = drafts.create(NUMBER, title, TEXT);
        workflow.publish(id, workflow.item(id).orElseThrow().version(), "bientapvien");
        exporter.export(ExportProgress.NONE);
        Path file = exporter.siteFolder().resolve("ke-hoach/78-kh-skhcn.html");
        return Jsoup.parse(Files.readString(file));
    }
}
