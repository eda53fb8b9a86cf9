package vn.hungyen.khcn.portal.deliverables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.deliverables.service.DeliverableCatalog;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.DeliverableCard;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.DeliverableDetail;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.GroupCoverage;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.TaskCoverage;
import vn.hungyen.khcn.index.search.SearchHit;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchService;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/** The deliverables read at start from the bundled plan 21/KH-SKHCN, through the catalog, the API and search. */
class DeliverablesImportTest extends PortalIntegrationTest {

    private static final String VAI = "quy-trinh-ky-thuat-day-som-thoi-vu-dai-vu-thu-hoach-vai-lai-huyen-phu-cu";
    private static final String OC_NHOI = "quy-trinh-san-xuat-giong-va-nuoi-thuong-pham-oc-nhoi";

    @Autowired
    private DeliverableCatalog catalog;

    @Autowired
    private SearchService search;

    @Test
    void the_19_named_results_of_task_6_3_and_the_2_publications_of_7_2_are_imported_by_kind() {
        Map<String, Long> byKind = catalog.all().stream()
                .collect(Collectors.groupingBy(c -> c.kind().code(), Collectors.counting()));

        assertThat(byKind).containsExactlyInAnyOrderEntriesOf(
                Map.of("procedure", 5L, "trademark", 6L, "solution", 8L, "publication", 2L));
    }

    @Test
    void every_result_keeps_the_plans_year_the_lead_unit_of_the_activity_naming_it_and_its_task_codes() {
        // From the plan module's published facts: the plan's date (28/02/2022), the activity's units in the lead
        // role (column 6 of the appendix), each task's own code. The same values the text-reading code gave.
        String units = "Các phòng chuyên môn thuộc Sở";
        String centre = "Trung tâm Thông tin, thống kê, ứng dụng KH&CN";

        assertThat(catalog.all()).extracting(DeliverableCard::title, DeliverableCard::year,
                c -> catalog.deliverable(c.slug()).orElseThrow().responsibleUnit(), DeliverableCard::taskCodes)
                .containsExactlyInAnyOrder(
                tuple("Quy trình kỹ thuật đẩy sớm thời vụ, dải vụ thu hoạch vải lai huyện Phù Cừ", 2022, units,
                        List.of("6.3")),
                tuple("Quy trình kỹ thuật gây động dục đồng loạt kết hợp thụ tinh nhân tạo tăng khả năng sinh sản"
                        + " và chăn nuôi hàng hóa đối với bò", 2022, units, List.of("6.3")),
                tuple("Quy trình sản xuất đông trùng hạ thảo", 2022, units, List.of("6.3")),
                tuple("Quy trình sản xuất giống và nuôi thương phẩm ốc nhồi", 2022, units, List.of("6.3")),
                tuple("Quy trình sản xuất mạ khay tập trung kết hợp sản xuất rau an toàn trong nhà màng", 2022, units,
                        List.of("6.3")),
                tuple("Quy trình kỹ thuật nuôi ốc nhồi thương phẩm", 2022, centre, List.of("7.2")),
                tuple("Quy trình kỹ thuật chăn nuôi gà Đông Tảo", 2022, centre, List.of("7.2")),
                tuple("Ứng dụng công nghệ thông tin trong quản lý truy xuất nguồn gốc nguyên liệu thực phẩm tại "
                        + "bếp ăn tập thể trong các doanh nghiệp có vốn đầu tư trong nước trên địa bàn tỉnh Hưng Yên", 2022,
                        units, List.of("6.3")),
                tuple("Phân tích thị trường khoa học và công nghệ lĩnh vực nông nghiệp, nông thôn nhằm thúc đẩy "
                        + "việc nâng hạng sản phẩm OCOP tỉnh Hưng Yên", 2022, units, List.of("6.3")),
                tuple("Giải pháp tổ chức giáo dục hướng nghiệp để phát triển năng lực định hướng nghề nghiệp của "
                        + "học sinh trung học phổ thông tỉnh Hưng Yên", 2022, units, List.of("6.3")),
                tuple("Đánh giá trình độ và năng lực công nghệ của các doanh nghiệp công nghiệp trên địa bàn tỉnh"
                        + " Hưng Yên", 2022, units, List.of("6.3")),
                tuple("Các giải pháp nâng cao tính tuân thủ thuế của các doanh nghiệp vừa và nhỏ trên địa bàn "
                        + "tỉnh Hưng Yên", 2022, units, List.of("6.3")),
                tuple("Giải pháp hoàn thiện hệ thống kết cấu hạ tầng xã hội đồng bộ đáp ứng yêu cầu phát triển "
                        + "bền vững các khu công nghiệp tỉnh Hưng Yên", 2022, units, List.of("6.3")),
                tuple("Đánh giá hiện trạng hàm lượng Arsen (As) trong tầng chứa nước Pleistocene trên địa bàn "
                        + "tỉnh Hưng Yên; đề xuất các giải pháp khai thác, sử dụng nước dưới đất tầng chứa nước "
                        + "Pleistocene hợp lý, an toàn, hiệu quả", 2022, units, List.of("6.3")),
                tuple("Ứng dụng công nghệ GIS và phân tích thứ bậc (AHP) đánh giá tiềm năng phát triển nuôi cá "
                        + "nước ngọt tại tỉnh Hưng Yên", 2022, units, List.of("6.3")),
                tuple("Dược liệu Nghĩa Trai", 2022, units, List.of("6.3", "7.5")),
                tuple("Hương Thôn Cao", 2022, units, List.of("6.3", "7.5")),
                tuple("Hoa, cây cảnh Phụng Công", 2022, units, List.of("6.3", "7.5")),
                tuple("Mộc Đại Tập", 2022, units, List.of("6.3", "7.5")),
                tuple("Mộc Thụy Lâm", 2022, units, List.of("6.3", "7.5")),
                tuple("Giò trả Trai Trang", 2022, units, List.of("6.3", "7.5")));
    }

    @Test
    void task_6_3_states_21_projects_and_19_are_named() {
        TaskCoverage coverage = catalog.coverage().stream().filter(c -> c.code().equals("6.3")).findFirst().orElseThrow();

        assertThat(catalog.coverage()).extracting(TaskCoverage::code).containsExactly("6.3");
        assertThat(coverage.stated()).isEqualTo(21);
        assertThat(coverage.named()).isEqualTo(19);
        assertThat(coverage.groups()).extracting(g -> g.kind().code(), GroupCoverage::stated, GroupCoverage::named)
                .containsExactly(tuple("procedure", 5, 5), tuple("trademark", 6, 6), tuple("solution", 8, 8));
    }

    @Test
    void a_procedure_carries_its_handover_metadata_from_the_plan() {
        DeliverableDetail vai = catalog.deliverable(VAI).orElseThrow();

        assertThat(vai.card().year()).isEqualTo(2022);
        assertThat(vai.card().status()).hasToString("HANDED_OVER");
        assertThat(vai.card().locality()).isEqualTo("Phù Cừ");
        assertThat(vai.responsibleUnit()).isEqualTo("Các phòng chuyên môn thuộc Sở");
        assertThat(vai.receivingOrganisation()).isNull();
        assertThat(vai.tasks()).extracting(t -> t.code(), t -> t.relation()).containsExactly(tuple("6.3", "produced"));
        // The task's legal basis comes from the legal module: the plan-wide basis of the preamble at least.
        assertThat(vai.tasks().getFirst().legalBasis()).extracting(l -> l.title())
                .contains("01/NQ-CP", "2999/QĐ-UBND", "14/CTr-UBND");
    }

    @Test
    void the_snail_publication_of_7_2_links_to_the_snail_procedure_and_the_dong_tao_chicken_one_to_none() {
        DeliverableDetail snail = catalog.deliverable("quy-trinh-ky-thuat-nuoi-oc-nhoi-thuong-pham").orElseThrow();
        DeliverableDetail chicken = catalog.deliverable("quy-trinh-ky-thuat-chan-nuoi-ga-dong-tao").orElseThrow();

        assertThat(snail.tasks()).extracting(t -> t.code(), t -> t.relation()).containsExactly(tuple("7.2", "published"));
        assertThat(snail.publishes()).extracting(l -> l.title())
                .containsExactly("Quy trình sản xuất giống và nuôi thương phẩm ốc nhồi");
        assertThat(chicken.publishes()).isEmpty();
        assertThat(chicken.responsibleUnit()).isEqualTo("Trung tâm Thông tin, thống kê, ứng dụng KH&CN");
        assertThat(catalog.deliverable(OC_NHOI).orElseThrow().publishedAs()).extracting(l -> l.title())
                .containsExactly("Quy trình kỹ thuật nuôi ốc nhồi thương phẩm");
    }

    @Test
    void task_7_5_manages_the_six_trademarks_created_by_6_3() {
        List<DeliverableCard> trademarks = catalog.find(null, "trademark", null);

        assertThat(trademarks).hasSize(6).allSatisfy(t -> assertThat(t.taskCodes()).containsExactly("6.3", "7.5"));
        assertThat(catalog.deliverable(trademarks.getFirst().slug()).orElseThrow().tasks())
                .extracting(t -> t.code(), t -> t.relation())
                .containsExactly(tuple("6.3", "produced"), tuple("7.5", "managed"));
    }

    @Test
    void the_tasks_api_lists_the_outputs_of_6_3_7_2_and_7_5() {
        assertThat(count(get("/api/tasks/6.3").body(), "\"kind\":\"produced\"")).isEqualTo(19);
        assertThat(count(get("/api/tasks/7.2").body(), "\"kind\":\"published\"")).isEqualTo(2);
        assertThat(count(get("/api/tasks/7.5").body(), "\"kind\":\"managed\"")).isEqualTo(6);
    }

    @Test
    void the_deliverables_api_filters_by_topic_field_and_kind() {
        var fisheries = get("/api/deliverables?topic=405");
        var agricultureProcedures = get("/api/deliverables?topic=4&kind=procedure");

        assertThat(fisheries.statusCode()).isEqualTo(200);
        assertThat(ids(fisheries.body())).containsExactlyInAnyOrder(OC_NHOI,
                "quy-trinh-ky-thuat-nuoi-oc-nhoi-thuong-pham",
                "ung-dung-cong-nghe-gis-va-phan-tich-thu-bac-ahp-danh-gia-tiem-nang-phat-trien-nuoi-ca-nuoc");
        assertThat(ids(agricultureProcedures.body())).hasSize(5);
        assertThat(get("/api/deliverables?kind=trademark").body()).contains("\"title\":\"Giò trả Trai Trang\"")
                .contains("\"aliases\":[\"Giò chả Trai Trang\"]")
                .contains("\"topics\":[{\"code\":\"211\",\"name\":\"Kỹ thuật thực phẩm và đồ uống\"},"
                        + "{\"code\":\"502\",\"name\":\"Kinh tế và kinh doanh\"}]")
                .contains("\"tasks\":[\"6.3\",\"7.5\"],\"status\":\"ACCEPTED\",\"year\":2022,\"locality\":\"Trai Trang\"");
        assertThat(get("/api/deliverables?topic=7").statusCode()).isEqualTo(400);
        assertThat(get("/api/deliverables?kind=patent").statusCode()).isEqualTo(400);
    }

    @Test
    void search_finds_the_trademark_by_the_common_spelling_giò_chả_as_well_as_the_source_one() {
        assertThat(titles("giò chả")).contains("Giò trả Trai Trang");
        assertThat(titles("gio cha")).contains("Giò trả Trai Trang");
        assertThat(titles("Giò trả")).contains("Giò trả Trai Trang");
    }

    @Test
    void search_finds_deliverables_by_their_topic_and_locality() {
        // "thủy sản" is in no deliverable's name: only the topic (405 Thủy sản) puts it in their text.
        assertThat(titles("thủy sản")).containsExactlyInAnyOrder(
                "Quy trình sản xuất giống và nuôi thương phẩm ốc nhồi",
                "Quy trình kỹ thuật nuôi ốc nhồi thương phẩm",
                "Ứng dụng công nghệ GIS và phân tích thứ bậc (AHP) đánh giá tiềm năng phát triển nuôi cá nước ngọt"
                        + " tại tỉnh Hưng Yên");
        assertThat(titles("Phụng Công")).containsExactly("Hoa, cây cảnh Phụng Công");
        assertThat(titles("kinh tế và kinh doanh")).hasSizeGreaterThanOrEqualTo(6).contains("Mộc Đại Tập");
    }

    private List<String> titles(String query) {
        return search.search(SearchRequest.forReaders(query, "deliverable", 0, 50)).hits().stream()
                .map(SearchHit::title).toList();
    }

    private static long count(String body, String needle) {
        return Pattern.compile(Pattern.quote(needle)).matcher(body).results().count();
    }

    private static List<String> ids(String body) {
        Matcher m = Pattern.compile("\\{\"id\":\"([^\"]+)\"").matcher(body);
        return m.results().map(r -> r.group(1)).toList();
    }
}
