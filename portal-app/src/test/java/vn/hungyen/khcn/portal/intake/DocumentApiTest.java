package vn.hungyen.khcn.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.content.intake.OcrAvailable;
import vn.hungyen.khcn.content.intake.PrintedPages;
import vn.hungyen.khcn.legal.domain.LegalDocument;
import vn.hungyen.khcn.portal.security.PortalUsers;
import vn.hungyen.khcn.portal.support.MultipartBody;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/**
 * {@code POST /api/documents} as a batch client uses it: HTTP Basic with an editor's account, multipart {@code file}.
 * Every file goes through the core's bounded intake; refused files leave nothing stored and nothing on disk.
 */
class DocumentApiTest extends PortalIntegrationTest {

    private static final String EDITOR = "bien-tap-nhan-van-ban";
    private static final String PASSWORD = "mật-khẩu-đủ-dài-2026";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private PortalUsers users;
    @Autowired
    private EntityManager entityManager;
    @Autowired
    private TransactionTemplate transactions;

    @BeforeEach
    void editor() {
        if (users.accounts().stream().noneMatch(a -> a.username().equals(EDITOR))) {
            users.create(EDITOR, PASSWORD, "Biên tập viên", Set.of(Roles.EDITOR));
        }
    }

    @Test
    void a_dry_run_shows_the_header_and_the_task_table_and_stores_nothing() throws Exception {
        HttpResponse<String> response = post("ke-hoach-2026.docx", docx(), true, EDITOR, PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("document").path("number").asText()).isEqualTo("12/KH-SKHCN");
        assertThat(body.path("document").path("mediaType").asText())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(body.path("stored").isNull()).isTrue();
        assertThat(get("/api/legal-documents/12-kh-skhcn").statusCode()).isEqualTo(404);
    }

    @Test
    void a_document_with_a_number_is_stored_as_a_draft_that_readers_do_not_see_with_its_original_kept()
            throws Exception {
        String html = "<html><body><p>SỞ KHOA HỌC VÀ CÔNG NGHỆ</p><p>Số: 77/QĐ-SKHCN</p>"
                + "<p>Hưng Yên, ngày 15 tháng 3 năm 2026</p><p>QUYẾT ĐỊNH</p>"
                + "<p>Về việc thành lập Tổ công tác chuyển đổi số</p><p>Điều 1. Thành lập Tổ công tác.</p></body></html>";
        String longName = "Quyết định thành lập tổ công tác ".repeat(20) + ".html";
        HttpResponse<String> response = post(longName, html.getBytes(StandardCharsets.UTF_8), false, EDITOR, PASSWORD);
        try {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode stored = JSON.readTree(response.body()).path("stored");
            assertThat(stored.path("kind").asText()).isEqualTo(LegalDocument.TYPE);
            assertThat(stored.path("slug").asText()).isEqualTo("77-qd-skhcn");
            assertThat(stored.path("state").asText()).isEqualTo("DRAFT");
            assertThat(get("/api/legal-documents/77-qd-skhcn").statusCode()).isEqualTo(404);

            LegalDocument doc = transactions.execute(tx -> entityManager
                    .createQuery("from LegalDocument d where d.slug = :s", LegalDocument.class)
                    .setParameter("s", "77-qd-skhcn").getSingleResult());
            assertThat(doc.getOriginalName()).hasSizeLessThanOrEqualTo(200).endsWith(".html");
            assertThat(DATA_DIR.resolve(doc.getOriginalPath())).exists().hasContent(html);
        } finally {
            transactions.executeWithoutResult(tx -> entityManager
                    .createQuery("from LegalDocument d where d.slug = '77-qd-skhcn'", LegalDocument.class)
                    .getResultList().forEach(entityManager::remove));
        }
    }

    @Test
    void a_zip_bomb_is_refused_in_vietnamese_and_the_portal_stays_healthy() throws Exception {
        byte[] bomb = inflated(docx(), 100L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        HttpResponse<String> response = post("bom.docx", bomb, false, EDITOR, PASSWORD);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).path("problems").get(0).asText())
                .contains("bom.docx", "giải nén ra quá lớn");
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(uploadsLeft()).isZero();
    }

    @Test
    void a_picture_of_a_kind_not_scanned_is_refused_as_unsupported_and_an_empty_file_as_unreadable() throws Exception {
        byte[] gif = {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0, ',', 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 0, ';'};
        HttpResponse<String> picture = post("ke-hoach.pdf", gif, false, EDITOR, PASSWORD);
        assertThat(picture.statusCode()).isEqualTo(415);
        assertThat(picture.body()).contains("image/gif");

        assertThat(post("rong.txt", new byte[0], false, EDITOR, PASSWORD).statusCode()).isEqualTo(422);
        assertThat(uploadsLeft()).isZero();
    }

    @Test
    void a_damaged_page_image_is_taken_as_a_scan_and_refused_as_unreadable_leaving_nothing() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        HttpResponse<String> answer = untilRead(post("ke-hoach.png", png, false, EDITOR, PASSWORD));
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(answer.body()).path("problems").get(0).asText()).contains("ke-hoach.png");
        assertThat(uploadsLeft()).isZero();
        assertThat(scanFoldersLeft()).isZero();
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(OcrAvailable.class)
    void a_scanned_decision_is_answered_202_then_polled_to_the_same_answer_with_its_citations() throws Exception {
        String decision = """
                ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN
                Số: 2998/QĐ-UBND
                Hưng Yên, ngày 30 tháng 12 năm 2021
                QUYẾT ĐỊNH
                Về việc ban hành Quy chế quản lý nhiệm vụ khoa học và công nghệ tỉnh Hưng Yên
                CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
                Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013;
                Căn cứ Nghị định số 08/2014/NĐ-CP ngày 27 tháng 01 năm 2014 của Chính phủ quy định chi tiết và
                hướng dẫn thi hành một số điều của Luật Khoa học và Công nghệ;
                QUYẾT ĐỊNH:
                Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý nhiệm vụ khoa học và công nghệ.""";
        byte[] scan = PrintedPages.pdf(PrintedPages.render(decision, new PrintedPages.Scan(300, 0.7, 0.004, 11)));

        HttpResponse<String> accepted = post("qd-2998.pdf", scan, true, EDITOR, PASSWORD);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/api/documents/jobs/");
        assertThat(get(location).statusCode()).isEqualTo(401); // editors only, like the upload

        HttpResponse<String> read = untilRead(accepted);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(read.body());
        assertThat(body.path("document").path("number").asText()).isEqualTo("2998/QĐ-UBND");
        assertThat(body.path("citations").findValuesAsText("number")).contains("08/2014/NĐ-CP");
        assertThat(body.path("notes").get(0).asText()).contains("qd-2998.pdf", "bản quét");
        assertThat(body.path("stored").isNull()).isTrue();
        assertThat(authorized(location).body()).isEqualTo(read.body()); // the same answer on every poll
        assertThat(authorized("/api/documents/jobs/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(scanFoldersLeft()).isZero();
    }

    /** Polls a 202 answer's Location until the scan is read (at most three minutes). */
    private HttpResponse<String> untilRead(HttpResponse<String> answer) throws Exception {
        for (int i = 0; answer.statusCode() == 202 && i < 360; i++) {
            Thread.sleep(500);
            answer = authorized(answer.headers().firstValue("Location").orElseThrow());
        }
        return answer;
    }

    private HttpResponse<String> authorized(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Authorization",
                MultipartBody.basic(EDITOR, PASSWORD))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private long scanFoldersLeft() throws IOException {
        Path dir = DATA_DIR.resolve("tmp/ocr");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void the_api_description_names_the_document_intake() {
        assertThat(get("/v3/api-docs").body()).contains("\"/api/documents\"", "dryRun");
    }

    @Test
    void only_editors_may_post_documents() throws Exception {
        assertThat(post("a.txt", "Số: 1/KH-X".getBytes(StandardCharsets.UTF_8), true, null, null).statusCode()).isEqualTo(401);
        assertThat(post("a.txt", "Số: 1/KH-X".getBytes(StandardCharsets.UTF_8), true, EDITOR, "sai-mat-khau-roi").statusCode())
                .isEqualTo(401);
    }

    private long uploadsLeft() throws IOException {
        Path dir = DATA_DIR.resolve("tmp/uploads");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }

    private HttpResponse<String> post(String fileName, byte[] content, boolean dryRun, String user, String password)
            throws Exception {
        HttpRequest.Builder request = MultipartBody.file(fileName, content)
                .post(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/documents?dryRun=" + dryRun)));
        if (user != null) {
            request.header("Authorization", MultipartBody.basic(user, password));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : new String[] {"SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 12/KH-SKHCN", "Hưng Yên, ngày 10 tháng 01 năm 2026",
                    "KẾ HOẠCH", "Triển khai nhiệm vụ khoa học và công nghệ năm 2026"}) {
                doc.createParagraph().createRun().setText(line);
            }
            XWPFTable table = doc.createTable(3, 4);
            String[][] cells = {{"TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"},
                    {"1", "Rà soát quy trình ISO 9001:2015", "Văn phòng Sở", "Quý II/2026"},
                    {"2", "Số hóa hồ sơ nhiệm vụ KH&CN", "Phòng Quản lý khoa học", "Tháng 10/2026"}};
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** The DOCX with {@code word/document.xml} padded by whitespace that deflates ~1000:1. */
    static byte[] inflated(byte[] docx, long padding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>");
                    zip.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = new byte[1 << 20];
                    java.util.Arrays.fill(chunk, (byte) ' ');
                    for (long left = padding; left > 0; left -= chunk.length) {
                        zip.write(chunk, 0, (int) Math.min(chunk.length, left));
                    }
                    zip.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
