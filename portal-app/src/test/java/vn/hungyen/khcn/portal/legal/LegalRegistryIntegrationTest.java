package vn.hungyen.khcn.portal.legal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Div;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.hungyen.khcn.legal.domain.Citation;
import vn.hungyen.khcn.legal.domain.CitationExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.StandardLinks;
import vn.hungyen.khcn.content.service.ContentItemRepository;
import vn.hungyen.khcn.content.service.ContentLinks;
import vn.hungyen.khcn.content.service.EditorialWorkflow;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.legal.service.LegalUploadException;
import vn.hungyen.khcn.legal.service.LegalUploads;
import vn.hungyen.khcn.portal.support.KaribuTest;

/** The legal module inside the whole portal, after the bundled plan and the 18 laws were imported at start. */
class LegalRegistryIntegrationTest extends KaribuTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private ContentItemRepository items;
    @Autowired
    private ContentLinks links;
    @Autowired
    private LegalUploads uploads;
    @Autowired
    private EditorialWorkflow workflow;

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private List<String> basis(String taskCode) {
        ContentItem task = items.findByTypeAndSlug("plan-task", "21-kh-skhcn/" + taskCode).orElseThrow();
        return links.from(task, StandardLinks.BASIS).stream().map(l -> l.getTarget().getTitle() + " " + l.getKind()).toList();
    }

    private static List<String> numbers(JsonNode documents) {
        return StreamSupport.stream(documents.spliterator(), false).map(d -> d.get("number").asText()).toList();
    }

    @Test
    void registry_holds_the_plans_seventeen_documents_the_plan_itself_and_the_eighteen_laws_once_each() throws Exception {
        JsonNode all = json("/api/legal-documents");
        List<String> numbers = numbers(all);
        assertThat(numbers).doesNotHaveDuplicates().contains("21/KH-SKHCN", "01/NQ-CP", "2999/QĐ-UBND", "14/CTr-UBND",
                "19-NQ/TW", "60/2021/NĐ-CP", "1708/QĐ-UBND", "252/QĐ-UBND", "101/KH-UBND", "129/KH-UBND", "2209/QĐ-UBND",
                "138/QĐ-TTg", "1851/QĐ-TTg", "816/QĐ-UBND", "169/QĐ-TTg", "128/QĐ-UBND", "1221/QĐ-UBND", "142/KH-UBND");
        List<String> fullText = StreamSupport.stream(all.spliterator(), false)
                .filter(d -> d.get("hasFullText").asBoolean()).map(d -> d.get("number").asText()).toList();
        assertThat(fullText).hasSize(18).contains("29/2013/QH13", "07/2017/QH14", "50/2005/QH11", "58/2010/QH12");
        // 18 from the plan, 18 laws, 20 documents the laws cite by number, the constitutions of 1992 and 2013, and 23
        // laws the bundled laws name without a number, resolved through legal/laws-registry.tsv and the generated
        // legal/law-names.tsv to the version in force on the citing law's day: Luật Quy hoạch 21/2017/QH14 (in Luật Đầu tư
        // công 2019), Luật Thương mại 36/2005/QH11 (in Luật Chuyển giao công nghệ 2017), Luật Xuất bản 19/2012/QH13 (in
        // Luật Khoa học và công nghệ 2013), Bộ luật Dân sự 33/2005/QH11 (in Luật Chất lượng sản phẩm, hàng hóa 2007) and
        // 91/2015/QH13 (in Luật Chuyển giao công nghệ 2017), Bộ luật Hình sự 100/2015/QH13 (in Luật An ninh mạng 2018) …
        assertThat(numbers).hasSize(81).contains("21/2017/QH14", "36/2005/QH11", "19/2012/QH13", "33/2005/QH11",
                "91/2015/QH13", "100/2015/QH13")
                .contains("Hiến pháp 1992", "Hiến pháp 2013", "51/2001/QH10", "21/2000/QH10");
    }

    @Test
    void the_plan_says_138_amends_1851() throws Exception {
        JsonNode amending = json("/api/legal-documents/138-qd-ttg");
        assertThat(amending.get("relations").toString()).contains("{\"type\":\"amends\",\"target\":\"1851-qd-ttg\"");
        JsonNode amended = json("/api/legal-documents/1851-qd-ttg");
        assertThat(amended.get("issuer").asText()).isEqualTo("Thủ tướng Chính phủ");
        assertThat(amended.get("relations").toString()).contains("{\"type\":\"amends-by\",\"target\":\"138-qd-ttg\"");
    }

    @Test
    void tasks_rest_on_their_own_citations_first_then_their_section_then_the_plans_preamble() {
        assertThat(basis("3.4")).startsWith("101/KH-UBND direct")
                .endsWith("01/NQ-CP plan", "2999/QĐ-UBND plan", "14/CTr-UBND plan");
        assertThat(basis("4.3")).startsWith("169/QĐ-TTg direct", "128/QĐ-UBND direct")
                .contains("138/QĐ-TTg section", "1851/QĐ-TTg section");
        assertThat(basis("8.1")).containsExactly("19-NQ/TW direct", "60/2021/NĐ-CP direct", "01/NQ-CP plan",
                "2999/QĐ-UBND plan", "14/CTr-UBND plan");
        assertThat(basis("1.1")).containsExactly("1708/QĐ-UBND section", "252/QĐ-UBND section", "01/NQ-CP plan",
                "2999/QĐ-UBND plan", "14/CTr-UBND plan");
    }

    @Test
    void api_tasks_fills_legal_basis_direct_first() throws Exception {
        JsonNode task = json("/api/tasks/4.3");
        assertThat(task.get("legalBasis").get(0).toString()).isEqualTo("{\"number\":\"169/QĐ-TTg\",\"kind\":\"direct\"}");
        assertThat(task.get("legalBasis").get(1).toString()).isEqualTo("{\"number\":\"128/QĐ-UBND\",\"kind\":\"direct\"}");
    }

    @Test
    void law_in_full_text_has_its_basis_and_what_it_ends() throws Exception {
        JsonNode law = json("/api/legal-documents/29-2013-qh13");
        assertThat(law.get("title").asText()).isEqualTo("Luật Khoa học và công nghệ");
        assertThat(law.get("date").asText()).isEqualTo("2013-06-18");
        assertThat(law.get("relations").toString()).contains("{\"type\":\"basis\",\"target\":\"hien-phap-1992\"",
                "{\"type\":\"basis\",\"target\":\"51-2001-qh10\"", "{\"type\":\"repeals\",\"target\":\"21-2000-qh10\"");
        assertThat(get("/api/legal-documents/khong-co").statusCode()).isEqualTo(404);
    }

    @Test
    void document_page_shows_number_issuer_diagram_and_the_tasks_resting_on_it() {
        UI.getCurrent().navigate("van-ban/60-2021-nd-cp");
        assertThat(_get(H1.class, spec -> spec.withId("legal-title")).getText()).isEqualTo("Nghị định 60/2021/NĐ-CP");
        assertThat(_get(Div.class, spec -> spec.withId("legal-metadata")).getElement().getTextRecursively())
                .contains("Chính phủ", "21/06/2021");
        assertThat(_get(Div.class, spec -> spec.withId("legal-cited-by-tasks")).getElement().getTextRecursively())
                .contains("8.1").contains("nêu trực tiếp trong nhiệm vụ");
        UI.getCurrent().navigate("van-ban/1851-qd-ttg");
        assertThat(_get(Div.class, spec -> spec.withId("legal-diagram")).getElement().getTextRecursively())
                .contains("Được sửa đổi, bổ sung bởi", "138/QĐ-TTg");
    }

    @Test
    void uploaded_docx_becomes_a_document_with_its_basis_and_its_original_file() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : List.of("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", "Số: 77/QĐ-UBND", "Hưng Yên, ngày 10 tháng 1 năm 2023",
                    "QUYẾT ĐỊNH", "Về việc thử nghiệm tải lên", "Căn cứ Luật Khoa học và công nghệ số 29/2013/QH13;",
                    "Căn cứ Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ;", "Điều 1. Thử nghiệm.")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            docx = out.toByteArray();
        }
        LegalUploads.Result result = uploads.create("quyet-dinh.docx", new ByteArrayInputStream(docx));
        assertThat(result.slug()).isEqualTo("77-qd-ubnd");
        assertThat(result.created()).isTrue();
        // A new entry is a draft: readers see nothing of it until an editor publishes it.
        assertThat(get("/api/legal-documents/77-qd-ubnd").statusCode()).isEqualTo(404);
        ContentItem draft = items.findByTypeAndSlug("legal-document", "77-qd-ubnd").orElseThrow();
        assertThat(draft.getState()).isEqualTo(PublicationState.DRAFT);
        workflow.publish(draft.getId(), draft.getVersion(), "bien-tap");
        JsonNode doc = json("/api/legal-documents/77-qd-ubnd");
        assertThat(doc.get("relations").toString()).contains("{\"type\":\"basis\",\"target\":\"29-2013-qh13\"",
                "{\"type\":\"basis\",\"target\":\"60-2021-nd-cp\"");
        HttpResponse<String> original = get("/api/legal-documents/77-qd-ubnd/original");
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type")).contains(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThatThrownBy(() -> uploads.create("lai.docx", new ByteArrayInputStream(docx)))
                .isInstanceOf(LegalUploadException.class).extracting(e -> ((LegalUploadException) e).messageKey())
                .isEqualTo("legal.upload.error.exists");
    }

    @Test
    void refused_upload_leaves_no_entry_and_no_file() throws Exception {
        long before = countFiles();
        assertThatThrownBy(() -> uploads.create("ghi-chu.txt", new ByteArrayInputStream(
                "Ghi chú không có số ký hiệu.".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isInstanceOf(LegalUploadException.class).extracting(e -> ((LegalUploadException) e).messageKey())
                .isEqualTo("legal.upload.error.no-number");
        assertThat(countFiles()).isEqualTo(before);
    }

    private static long countFiles() throws Exception {
        var dir = DATA_DIR.toAbsolutePath().resolve("files");
        if (!Files.exists(dir)) {
            return 0;
        }
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    /** The tail of a citing sentence: what only the citing text says ("của Luật này", "như sau", "theo quy định …"). */
    private static final Pattern CITING_TAIL = Pattern.compile(
            "(?iU)(?:\\b(?:Luật|Bộ luật|Nghị định|Nghị quyết|Quyết định|Thông tư) này|như sau|theo quy định(?: của [^,;]*)?)\\s*[.:;]?$");

    @Test
    void every_entry_of_the_bundled_registry_has_a_printed_trich_yeu_or_none_and_every_date_a_citation_prints()
            throws Exception {
        JsonNode all = json("/api/legal-documents");
        // What the bundled texts print: the plan and the eighteen laws, read by the legal module's own extractor.
        List<String> texts = new ArrayList<>();
        texts.add(items.findByTypeAndSlug("plan", "21-kh-skhcn").orElseThrow().getText());
        for (Resource law : new PathMatchingResourcePatternResolver().getResources("classpath*:legal/laws/*.txt")) {
            texts.add(law.getContentAsString(StandardCharsets.UTF_8));
        }
        Map<String, Set<LocalDate>> printedDates = new HashMap<>();
        for (String text : texts) {
            for (Citation c : new CitationExtractor(CitationExtractor.province(text, null)).extract(text)) {
                if (c.date() != null) {
                    printedDates.computeIfAbsent(c.key(), k -> new HashSet<>()).add(c.date());
                }
            }
        }
        assertThat(printedDates).hasSizeGreaterThan(15);
        List<String> problems = new ArrayList<>();
        for (JsonNode d : all) {
            String number = d.get("number").asText();
            String title = d.get("title").isNull() ? null : d.get("title").asText();
            String issuer = d.get("issuer").isNull() ? "" : d.get("issuer").asText();
            if (title != null && CITING_TAIL.matcher(title).find()) {
                problems.add(number + " ends with a citing sentence's tail: " + title);
            }
            // A document of the Government, a ministry or the National Assembly is not named after one province's area.
            if (title != null && !issuer.contains("tỉnh") && title.contains("trên địa bàn tỉnh")) {
                problems.add(number + " (" + issuer + ") carries a province's plan in its name: " + title);
            }
            Set<LocalDate> printed = printedDates.get(number);
            String date = d.get("date").isNull() ? null : d.get("date").asText();
            if (printed != null && (date == null || printed.stream().noneMatch(p -> p.toString().equals(date)))) {
                problems.add(number + " has date " + date + " though citations print " + printed);
            }
        }
        assertThat(problems).isEmpty();
        JsonNode strategy = json("/api/legal-documents/169-qd-ttg");
        assertThat(strategy.get("date").asText()).isEqualTo("2021-02-04");
        assertThat(strategy.get("title").isNull()).as("169/QĐ-TTg is cited only inside a provincial plan's name").isTrue();
        assertThat(json("/api/legal-documents/54-2000-nd-cp").get("title").isNull()).isTrue();
        assertThat(json("/api/legal-documents/1851-qd-ttg").get("title").asText())
                .startsWith("về việc phê duyệt Đề án thúc đẩy chuyển giao").endsWith("định hướng đến năm 2030");
    }
}
