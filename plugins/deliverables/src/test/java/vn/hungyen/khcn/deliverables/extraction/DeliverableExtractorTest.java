package vn.hungyen.khcn.deliverables.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.deliverables.domain.HandoverStatus;
import vn.hungyen.khcn.deliverables.domain.LocalityLevel;

/**
 * The extractor on the real text of Kế hoạch 21/KH-SKHCN (2022), task by task, as the plan module stores it:
 * the task's title, target and activities, one paragraph or list item a line (fixtures under {@code tasks/}).
 */
class DeliverableExtractorTest {

    private static final ExtractionRules RULES = ExtractionRules.load();
    private final DeliverableExtractor extractor = new DeliverableExtractor(RULES);

    @Test
    void task_6_3_names_19_deliverables_of_the_21_projects_it_states() {
        TaskExtraction result = extractor.extract(fixture("task-6.3.txt"));

        assertThat(result.statedTotal()).isEqualTo(21);
        assertThat(result.named()).hasSize(19);
        assertThat(result.groups()).extracting(TaskExtraction.StatedGroup::kind, TaskExtraction.StatedGroup::stated,
                TaskExtraction.StatedGroup::named)
                .containsExactly(tuple("procedure", 5, 5), tuple("trademark", 6, 6), tuple("solution", 8, 8));
    }

    @Test
    void task_6_3_names_the_five_procedures_and_six_trademarks_in_the_source_spelling() {
        TaskExtraction result = extractor.extract(fixture("task-6.3.txt"));

        assertThat(result.named()).filteredOn(d -> d.kind().equals("procedure")).extracting(ExtractedDeliverable::title)
                .containsExactly(
                        "Quy trình kỹ thuật đẩy sớm thời vụ, dải vụ thu hoạch vải lai huyện Phù Cừ",
                        "Quy trình kỹ thuật gây động dục đồng loạt kết hợp thụ tinh nhân tạo tăng khả năng sinh sản và"
                                + " chăn nuôi hàng hóa đối với bò",
                        "Quy trình sản xuất đông trùng hạ thảo",
                        "Quy trình sản xuất giống và nuôi thương phẩm ốc nhồi",
                        "Quy trình sản xuất mạ khay tập trung kết hợp sản xuất rau an toàn trong nhà màng");
        assertThat(result.named()).filteredOn(d -> d.kind().equals("trademark")).extracting(ExtractedDeliverable::title)
                .containsExactly("Dược liệu Nghĩa Trai", "Hương Thôn Cao", "Hoa, cây cảnh Phụng Công", "Mộc Đại Tập",
                        "Mộc Thụy Lâm", "Giò trả Trai Trang");
    }

    @Test
    void the_source_spelling_giò_trả_stays_the_title_and_giò_chả_is_an_alias_that_classifies_it_as_food() {
        ExtractedDeliverable gio = named("task-6.3.txt", "Giò trả Trai Trang");

        assertThat(gio.aliases()).containsExactly("Giò chả Trai Trang");
        assertThat(gio.topics()).extracting(TopicChoice::code).containsExactly("211", "502");
        assertThat(gio.topics().getFirst().rule()).isEqualTo("“giò chả” → 211 (topic-rules.tsv:15)");
        assertThat(gio.place()).isEqualTo(new Place("Trai Trang", LocalityLevel.PLACE,
                "tên gọi kết thúc bằng địa danh (kinds.tsv:10)"));
    }

    @Test
    void each_deliverable_gets_the_sector_its_words_name_with_the_rule_that_chose_it() {
        TaskExtraction result = extractor.extract(fixture("task-6.3.txt"));
        Map<String, String> firstTopic = new LinkedHashMap<>();
        result.named().forEach(d -> firstTopic.put(d.title(), d.topics().isEmpty() ? "" : d.topics().getFirst().code()));

        assertThat(firstTopic).containsEntry("Quy trình sản xuất giống và nuôi thương phẩm ốc nhồi", "405")
                .containsEntry("Quy trình sản xuất đông trùng hạ thảo", "406")
                .containsEntry("Mộc Đại Tập", "502")
                .containsEntry("Dược liệu Nghĩa Trai", "303")
                .containsEntry("Ứng dụng công nghệ GIS và phân tích thứ bậc (AHP) đánh giá tiềm năng phát triển nuôi cá"
                        + " nước ngọt tại tỉnh Hưng Yên", "405");
        assertThat(firstTopic.values()).as("every named deliverable has a topic").doesNotContain("");
        assertThat(named("task-6.3.txt", "Quy trình sản xuất giống và nuôi thương phẩm ốc nhồi").topics().getFirst()
                .rule()).isEqualTo("“ốc nhồi” → 405 (topic-rules.tsv:12)");
    }

    @Test
    void handover_status_comes_from_the_sentence_that_announced_the_list() {
        TaskExtraction result = extractor.extract(fixture("task-6.3.txt"));

        assertThat(result.named()).filteredOn(d -> d.kind().equals("procedure"))
                .extracting(ExtractedDeliverable::status).containsOnly(HandoverStatus.HANDED_OVER);
        assertThat(result.named()).filteredOn(d -> d.kind().equals("trademark"))
                .extracting(ExtractedDeliverable::status).containsOnly(HandoverStatus.ACCEPTED);
    }

    @Test
    void locality_is_read_where_the_name_states_one() {
        assertThat(named("task-6.3.txt", "Quy trình kỹ thuật đẩy sớm thời vụ, dải vụ thu hoạch vải lai huyện Phù Cừ")
                .place()).extracting(Place::name, Place::level).containsExactly("Phù Cừ", LocalityLevel.DISTRICT);
        assertThat(named("task-6.3.txt", "Hoa, cây cảnh Phụng Công").place())
                .extracting(Place::name, Place::level).containsExactly("Phụng Công", LocalityLevel.PLACE);
        assertThat(named("task-6.3.txt", "Hương Thôn Cao").place().name()).isEqualTo("Thôn Cao");
        assertThat(named("task-6.3.txt", "Quy trình sản xuất đông trùng hạ thảo").place()).isNull();
        assertThat(extractor.extract(fixture("task-6.3.txt")).named()).filteredOn(d -> d.kind().equals("solution"))
                .filteredOn(d -> d.place() != null && d.place().level() == LocalityLevel.PROVINCE).hasSize(8);
    }

    @Test
    void the_market_analysis_for_ocop_products_is_tagged_ocop() {
        TaskExtraction result = extractor.extract(fixture("task-6.3.txt"));

        assertThat(result.named()).filteredOn(d -> d.tags().contains("OCOP")).extracting(ExtractedDeliverable::title)
                .containsExactly("Phân tích thị trường khoa học và công nghệ lĩnh vực nông nghiệp, nông thôn nhằm thúc"
                        + " đẩy việc nâng hạng sản phẩm OCOP tỉnh Hưng Yên");
    }

    @Test
    void task_7_2_publishes_two_procedures_named_in_the_object_of_xuất_bản() {
        TaskExtraction result = extractor.extract(fixture("task-7.2.txt"));

        assertThat(result.named()).extracting(ExtractedDeliverable::title, ExtractedDeliverable::kind,
                ExtractedDeliverable::status).containsExactly(
                        tuple("Quy trình kỹ thuật nuôi ốc nhồi thương phẩm", "publication", HandoverStatus.IN_PROGRESS),
                        tuple("Quy trình kỹ thuật chăn nuôi gà Đông Tảo", "publication", HandoverStatus.IN_PROGRESS));
        assertThat(result.named()).extracting(d -> d.topics().getFirst().code()).containsExactly("405", "402");
        assertThat(result.statedTotal()).isNull();
    }

    @Test
    void task_7_5_refers_to_every_protected_trademark_without_naming_one() {
        TaskExtraction result = extractor.extract(fixture("task-7.5.txt"));

        assertThat(result.named()).isEmpty();
        assertThat(result.references()).extracting(TaskExtraction.Reference::kind, TaskExtraction.Reference::relation,
                TaskExtraction.Reference::sentence).containsExactly(tuple("trademark", "managed",
                        "Quản lý và phát triển 03-05 nhãn hiệu của tỉnh đã được bảo hộ"));
    }

    @Test
    void of_the_43_tasks_of_the_plan_only_6_3_7_2_and_7_5_say_anything_about_deliverables() {
        Map<String, TaskExtraction> byTask = new LinkedHashMap<>();
        String code = null;
        StringBuilder text = new StringBuilder();
        for (String line : (fixture("all-tasks-21-kh-skhcn.txt") + "=== end\n").split("\n")) {
            if (line.startsWith("=== ")) {
                if (code != null) {
                    byTask.put(code, extractor.extract(text.toString()));
                }
                code = line.substring(4);
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }

        assertThat(byTask).hasSize(43);
        assertThat(byTask.entrySet()).filteredOn(e -> !e.getValue().isEmpty()).extracting(Map.Entry::getKey)
                .containsExactly("6.3", "7.2", "7.5");
    }

    private ExtractedDeliverable named(String fixture, String title) {
        return extractor.extract(fixture(fixture)).named().stream().filter(d -> d.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no deliverable named " + title));
    }

    private static String fixture(String name) {
        try (InputStream in = DeliverableExtractorTest.class.getResourceAsStream("/tasks/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
