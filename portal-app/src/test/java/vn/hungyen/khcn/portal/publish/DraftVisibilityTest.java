package vn.hungyen.khcn.portal.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.service.EditConflictException;
import vn.hungyen.khcn.content.service.EditorialItem;
import vn.hungyen.khcn.content.service.EditorialWorkflow;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/**
 * A draft stays out of everything readers get — API, search and its facet counts, feed, export — until an editor
 * publishes it; then it is in the feed and the next export. Also the export's safety: incremental, and a failure
 * midway leaves the previous export intact.
 */
class DraftVisibilityTest extends PortalIntegrationTest {

    private static final String NUMBER = "77/KH-SKHCN";
    private static final String TITLE = "Kế hoạch thử nghiệm chuyển đổi số trong quản lý khoa học xwqtrâm";
    private static final String TEXT = "Ứng dụng công nghệ thông tin và chuyển đổi số trong quản lý nhiệm vụ khoa học "
            + "và công nghệ cấp tỉnh, từ khóa kiểm thử xwqtrâm.";

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

    @BeforeEach
    void createDraft() {
        drafts = new DraftPlans(entityManager, transactions);
        id = drafts.create(NUMBER, TITLE, TEXT);
    }

    @AfterEach
    void removeDraft() {
        drafts.remove(id);
    }

    @Test
    void a_draft_is_in_no_api_search_feed_or_export_until_it_is_published() throws Exception {
        assertThat(get("/api/tasks?plan=77-kh-skhcn").statusCode()).isEqualTo(404);
        assertThat(get("/api/search?q=xwqtr%C3%A2m").body()).contains("\"total\":0").doesNotContain(TITLE);
        assertThat(get("/feed.atom").body()).doesNotContain(TITLE);
        exporter.export(ExportProgress.NONE);
        Path planPage = exporter.siteFolder().resolve("ke-hoach/77-kh-skhcn.html");
        assertThat(planPage).doesNotExist();
        assertThat(Files.readString(exporter.siteFolder().resolve("sitemap.xml"))).doesNotContain("77-kh-skhcn");

        EditorialItem draft = workflow.item(id).orElseThrow();
        workflow.publish(id, draft.version(), "bientapvien");

        assertThat(get("/api/search?q=xwqtr%C3%A2m").body()).contains(TITLE);
        String feed = get("/feed.atom").body();
        assertThat(feed).contains("<title>" + TITLE + "</title>").contains("/ke-hoach/77-kh-skhcn\"/>");
        ExportReport next = exporter.export(ExportProgress.NONE);
        assertThat(planPage).exists();
        assertThat(Files.readString(planPage)).contains("<h1>" + TITLE + "</h1>")
                .contains("\"@context\":\"https://schema.org\"");
        assertThat(Files.readString(exporter.siteFolder().resolve("feed.atom"))).contains(TITLE);
        // Incremental: the new page, the lists and the feed change; the pages of other items are carried over.
        assertThat(next.written()).isPositive().isLessThan(20);
        assertThat(next.unchanged()).isGreaterThan(next.written());
        assertThat(workflow.history(id)).first().satisfies(r -> {
            assertThat(r.getEditor()).isEqualTo("bientapvien");
            assertThat(r.getChanges()).containsExactly("state: DRAFT → PUBLISHED");
        });

        workflow.archive(id, workflow.item(id).orElseThrow().version(), "bientapvien");
        assertThat(get("/feed.atom").body()).doesNotContain(TITLE);
        assertThat(get("/api/search?q=xwqtr%C3%A2m").body()).contains("\"total\":0");
    }

    @Test
    void a_word_only_a_draft_holds_is_never_offered_to_a_reader_as_a_suggestion() {
        // Typed without marks, the word matches the draft's "xwqtrâm" folded: nothing a reader may see, so the
        // search suggests — and must not suggest the draft's spelling of it.
        String body = get("/api/search?q=xwqtram").body();

        assertThat(body).contains("\"total\":0").doesNotContain("xwqtrâm");
    }

    @Test
    void legal_documents_in_the_export_are_legislation_with_their_number_and_date() throws Exception {
        exporter.export(ExportProgress.NONE);
        Path page = exporter.siteFolder().resolve("van-ban/60-2021-nd-cp.html");
        assertThat(page).exists();
        String html = Files.readString(page);
        assertThat(html).contains("\"@type\":\"Legislation\"").contains("\"legislationIdentifier\":\"60/2021/NĐ-CP\"")
                .contains("\"legislationDate\":\"2021-06-21\"");
        // Relative links only: the site opens from file:// as well as from a web server.
        assertThat(html).contains("href=\"../style.css\"").doesNotContain("href=\"/");
    }

    @Test
    void an_export_that_fails_midway_leaves_the_previous_export_intact() throws Exception {
        ExportReport previous = exporter.export(ExportProgress.NONE);
        String index = Files.readString(exporter.siteFolder().resolve("index.html"));
        List<Path> files = listFiles(exporter.siteFolder());
        workflow.publish(id, workflow.item(id).orElseThrow().version(), "bientapvien");

        assertThatThrownBy(() -> exporter.export((done, total) -> {
            if (done == 5) {
                throw new IllegalStateException("đĩa đầy");
            }
        })).hasMessage("đĩa đầy");

        assertThat(listFiles(exporter.siteFolder())).containsExactlyElementsOf(files).hasSize(previous.files());
        assertThat(Files.readString(exporter.siteFolder().resolve("index.html"))).isEqualTo(index);
        assertThat(exporter.siteFolder().resolve("ke-hoach/77-kh-skhcn.html")).doesNotExist();
        try (Stream<Path> leftovers = Files.list(exporter.siteFolder().getParent())) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".tmp-"));
        }
    }

    @Test
    void two_editors_saving_the_same_version_get_a_conflict_and_the_first_save_is_kept() {
        long version = workflow.item(id).orElseThrow().version();
        workflow.edit(id, version, TITLE, TEXT + " Bổ sung của chị Lan.", "lan");

        assertThatThrownBy(() -> workflow.edit(id, version, TITLE + " (bản của anh Minh)", TEXT, "minh"))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    assertThat(e.lastEditor()).isEqualTo("lan");
                    assertThat(e.current().text()).endsWith("Bổ sung của chị Lan.");
                });
        EditorialItem now = workflow.item(id).orElseThrow();
        assertThat(now.title()).isEqualTo(TITLE);
        assertThat(now.state()).isEqualTo(PublicationState.DRAFT);
        assertThat(workflow.history(id)).hasSize(1);
    }

    @Test
    void the_api_answers_304_to_a_matching_etag_and_is_described_by_openapi() throws Exception {
        HttpResponse<String> first = get("/api/legal-documents");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(baseUrl() + "/api/legal-documents")).header("If-None-Match", etag).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/tasks", "/api/legal-documents", "/api/deliverables", "/api/search");
    }

    @Test
    void pages_carry_security_headers() {
        HttpResponse<String> home = get("/");

        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
    }

    private static List<Path> listFiles(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
