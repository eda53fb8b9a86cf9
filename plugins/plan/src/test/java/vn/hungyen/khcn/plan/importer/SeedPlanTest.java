package vn.hungyen.khcn.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real seed, Kế hoạch 21/KH-SKHCN of 2022, parsed end to end; expected values read off the text by hand. */
class SeedPlanTest {

    private static ParsedPlan plan;

    @BeforeAll
    static void parseSeed() throws IOException {
        try (InputStream in = SeedPlanTest.class.getResourceAsStream("/plan/ke-hoach-21-KH-SKHCN-2022.txt")) {
            plan = new PlanParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static ParsedTask task(String code) {
        return plan.task(code).orElseThrow(() -> new AssertionError("no task " + code));
    }

    private static List<String> requirements(String code) {
        return task(code).activities().stream().map(a -> a.requirement().plain()).toList();
    }

    @Test
    void the_header_is_read_from_the_text() {
        PlanHeader h = plan.header();
        assertThat(h.number()).isEqualTo("21/KH-SKHCN");
        assertThat(h.date()).isEqualTo(LocalDate.of(2022, 2, 28));
        assertThat(h.place()).isEqualTo("Hưng Yên");
        assertThat(h.issuer()).isEqualTo("Sở Khoa học và Công nghệ tỉnh Hưng Yên");
        assertThat(h.signer()).isEqualTo("Trần Tùng Chuẩn");
        assertThat(h.title()).isEqualTo("Thực hiện các chỉ tiêu phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2022 "
                + "của Sở Khoa học và Công nghệ tỉnh Hưng Yên");
        assertThat(h.fullText()).contains("I. MỤC ĐÍCH, YÊU CẦU").doesNotContain("PHỤ LỤC", "\t", "*", "^{");
    }

    @Test
    void narrative_paragraphs_cut_by_a_page_break_are_joined() {
        assertThat(plan.header().fullText()).contains("phấn đấu hoàn thành vượt mức các chỉ tiêu kế hoạch")
                .contains("(Quyết định số 138/QĐ-TTg ngày 26/01/2022 của Thủ tướng Chính phủ sửa đổi");
    }

    @Test
    void the_two_parts_numbered_II_get_distinct_paths_and_the_eight_solution_groups_their_numbers() {
        assertThat(plan.sections()).extracting(ParsedSection::path).containsExactly(
                "I", "I.1", "I.2", "II", "II.1", "II.2", "II.3", "II_2", "II_2.1", "II_2.2", "II_2.3", "II_2.4",
                "II_2.5", "II_2.6", "II_2.7", "II_2.8", "III", "IV", "IV.1", "IV.2");
        assertThat(plan.sections().stream().filter(s -> s.solutionGroup() != null))
                .extracting(ParsedSection::path, ParsedSection::solutionGroup)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("II_2.1", 1), org.assertj.core.groups.Tuple.tuple("II_2.2", 2),
                        org.assertj.core.groups.Tuple.tuple("II_2.3", 3), org.assertj.core.groups.Tuple.tuple("II_2.4", 4),
                        org.assertj.core.groups.Tuple.tuple("II_2.5", 5), org.assertj.core.groups.Tuple.tuple("II_2.6", 6),
                        org.assertj.core.groups.Tuple.tuple("II_2.7", 7), org.assertj.core.groups.Tuple.tuple("II_2.8", 8));
        assertThat(plan.sections().get(7).heading()).isEqualTo("ĐỊNH HƯỚNG GIẢI PHÁP, NHIỆM VỤ TRỌNG TÂM");
        assertThat(plan.solutionGroupSection(4).orElseThrow().text())
                .startsWith("a) Tiếp tục hoàn thiện thể chế, cơ chế chính sách hỗ trợ doanh nghiệp")
                .contains("Quyết định số 2209/QĐ-UBND ngày 22/9/2021");
        assertThat(plan.sections()).filteredOn(s -> s.path().equals("I.1")).first()
                .satisfies(s -> assertThat(s.heading()).isEqualTo("Mục đích"))
                .satisfies(s -> assertThat(s.text()).startsWith("a) Cụ thể hóa").contains("\nb) Xây dựng"));
    }

    @Test
    void there_are_eight_groups_with_their_titles() {
        assertThat(plan.groups()).extracting(ParsedGroup::numeral)
                .containsExactly("I", "II", "III", "IV", "V", "VI", "VII", "VIII");
        assertThat(plan.groups()).extracting(ParsedGroup::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(plan.groups().get(0).title()).isEqualTo("Cải cách hành chính, tổ chức bộ máy, pháp chế công vụ, tài chính - "
                + "hành chính quản trị là nền tảng thực hiện thành công các giải pháp phát triển kinh - tế xã hội");
        assertThat(plan.groups().get(2).title())
                .isEqualTo("Giải pháp về lĩnh vực Tiêu chuẩn - Đo lường - Chất lượng phục vụ phát triển kinh tế - xã hội của tỉnh");
        assertThat(plan.groups().get(7).title())
                .isEqualTo("Phát triển tiềm lực và nâng cao năng lực hoạt động của tổ chức khoa học và công nghệ công lập");
    }

    @Test
    void there_are_43_task_codes_including_the_parents_without_activities() {
        assertThat(plan.allTasks()).extracting(ParsedTask::code).containsExactly(
                "1.1", "1.2", "1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5", "1.2.6", "1.3", "1.3.1", "1.3.2", "1.3.3",
                "1.3.4", "1.3.5", "1.3.6", "1.4", "1.5", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6",
                "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4", "6.1", "6.2", "6.3", "7.1", "7.2", "7.3", "7.4",
                "7.5", "8.1");
        assertThat(task("1.2").activities()).isEmpty();
        assertThat(task("1.3").activities()).isEmpty();
        assertThat(task("1.2").title()).isEqualTo("Tổ chức bộ máy");
        assertThat(task("1.2.4").parentCode()).isEqualTo("1.2");
        assertThat(task("1.3.6").parentCode()).isEqualTo("1.3");
        assertThat(task("1.4").parentCode()).isNull();
        assertThat(plan.groups()).extracting(g -> g.tasks().size()).containsExactly(17, 3, 6, 4, 4, 3, 5, 1);
    }

    @Test
    void every_task_has_the_number_of_activities_counted_by_hand() {
        Map<String, Integer> counts = plan.allTasks().stream()
                .collect(Collectors.toMap(ParsedTask::code, t -> t.activities().size()));
        assertThat(counts).containsAllEntriesOf(Map.ofEntries(
                Map.entry("1.1", 1), Map.entry("1.2.1", 2), Map.entry("1.2.2", 3), Map.entry("1.2.3", 3),
                Map.entry("1.2.4", 1), Map.entry("1.2.5", 7), Map.entry("1.2.6", 2), Map.entry("1.3.1", 2),
                Map.entry("1.3.2", 1), Map.entry("1.3.3", 1), Map.entry("1.3.4", 4), Map.entry("1.3.5", 2),
                Map.entry("1.3.6", 3), Map.entry("1.4", 5), Map.entry("1.5", 1),
                Map.entry("2.1", 4), Map.entry("2.2", 2), Map.entry("2.3", 2),
                Map.entry("3.1", 1), Map.entry("3.2", 2), Map.entry("3.3", 2), Map.entry("3.4", 3), Map.entry("3.5", 3),
                Map.entry("3.6", 1), Map.entry("4.1", 1), Map.entry("4.2", 3), Map.entry("4.3", 1), Map.entry("4.4", 1),
                Map.entry("5.1", 3), Map.entry("5.2", 2), Map.entry("5.3", 6), Map.entry("5.4", 4),
                Map.entry("6.1", 3), Map.entry("6.2", 2), Map.entry("6.3", 1),
                Map.entry("7.1", 4), Map.entry("7.2", 1), Map.entry("7.3", 2), Map.entry("7.4", 1), Map.entry("7.5", 1),
                Map.entry("8.1", 2)));
        assertThat(plan.allActivities()).hasSize(96);
        assertThat(plan.allTasks()).allSatisfy(t -> assertThat(t.activities()).extracting(ParsedActivity::ordinal)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, t.activities().size()).boxed().toList()));
    }

    @Test
    void the_seed_parses_without_problems_or_unknown_units() {
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.unknownOrganisations()).isEmpty();
    }

    @Test
    void a_title_cut_by_a_page_break_is_joined_mid_sentence() {
        assertThat(task("4.2").title()).isEqualTo("Triển khai hiệu quả Chương trình phát triển thị trường khoa học và công nghệ "
                + "tỉnh Hưng Yên đến năm 2030 (Quyết định số 2209/QĐ-UBND ngày 22/9/2021 của UBND tỉnh Hưng Yên)");
        assertThat(task("5.3").title()).endsWith("(Quyết định số 1221/QĐ-UBND ngày 26/5/2021 của UBND tỉnh Hưng Yên)");
        assertThat(task("8.1").title()).endsWith("tiếp tục triển khai giao quyền tự chủ toàn diện cho các đơn vị sự nghiệp "
                + "công lập theo Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ và chỉ đạo của UBND tỉnh");
        assertThat(task("4.4").title()).contains("tư vấn đánh giá công nghệ, thẩm định cơ chế");
    }

    @Test
    void a_target_cut_by_a_page_break_continues_and_the_fragment_is_no_activity() {
        ParsedTask t = task("1.2.4");
        assertThat(t.activities()).hasSize(1);
        assertThat(t.target().plain()).isEqualTo("Cử 2-3 công chức, viên chức nâng cao trình độ chuyên môn sau đại học; "
                + "từ 1-3 người quy hoạch chức danh lãnh đạo tham gia bồi dưỡng nâng cao trình độ lý luận chính trị; "
                + "50-70 lượt công chức, viên chức tham gia các lớp đào tạo, bồi dưỡng cập nhật kiến thức đáp ứng yêu cầu công tác");
        // The timeframe cell was cut after a comma; its rest is on the next page.
        ParsedActivity a = t.activities().getFirst();
        assertThat(a.timeframe().text()).isEqualTo("Theo Kế hoạch của Bộ Khoa học và Công nghệ, Sở Nội vụ và các ban ngành liên quan");
        assertThat(a.timeframe().externallySet()).isTrue();
        assertThat(a.kpis()).extracting(Kpi::text).containsExactly("2-3 công chức", "từ 1-3 người", "50-70 lượt");
    }

    @Test
    void the_second_activity_of_71_has_its_target_and_requirement_joined_across_the_page() {
        ParsedActivity a = task("7.1").activities().get(1);
        assertThat(a.target().plain()).isEqualTo("Xây dựng mô hình ứng dụng “Gói kỹ thuật canh tác tiên tiến” trong sản xuất "
                + "lúa Gia Lộc 516 theo chuỗi giá trị trên địa bàn tỉnh");
        assertThat(a.requirement().plain()).endsWith("giống lúa Gia lộc 516 (100-120 ha) nâng cao năng suất, chất lượng trong sản xuất lúa");
        assertThat(a.kpis()).isEmpty(); // 516 is a rice variety, not a count
        assertThat(a.implementingUnits()).containsExactly("Văn phòng Sở", "Trung tâm Thông tin, thống kê, ứng dụng KH&CN");
    }

    @Test
    void a_requirement_cut_mid_paragraph_continues_the_paragraph() {
        ParsedActivity a = task("1.1").activities().getFirst();
        assertThat(a.requirement().blocks()).hasSize(6);
        assertThat(a.requirement().blocks().get(3).text()).isEqualTo("(3) 100% cán bộ sử dụng hòm thư công vụ trong công tác; "
                + "Trên 95% văn bản được ký số và gửi trên môi trường mạng; đảm bảo mỗi cán bộ công chức đăng nhập phần mềm "
                + "QLVB ít nhất 4 lần/ngày.");
        assertThat(a.kpis()).extracting(Kpi::text).containsExactly("tối thiểu 3 điểm");
    }

    @Test
    void paragraph_cells_of_121_give_two_activities_each_with_its_own_timeframe_and_units() {
        List<ParsedActivity> acts = task("1.2.1").activities();
        assertThat(acts).extracting(a -> a.requirement().plain()).containsExactly(
                "(1) Tiếp tục hoàn thiện các quy định, quy chế tổ chức bộ máy, tổ chức hoạt động",
                "(2) Cụ thể sản phẩm đầu ra, chất lượng sản phẩm đầu ra của từng vị trí việc làm");
        assertThat(acts.get(0).timeframe().months()).containsExactly(1, 2, 3);
        assertThat(acts.get(0).timeframe().externallySet()).isTrue();
        assertThat(acts.get(1).timeframe().months()).containsExactly(2, 3);
        assertThat(acts.get(0).implementingUnits()).containsExactly("Các đơn vị trực thuộc Sở");
        assertThat(acts.get(1).implementingUnits()).containsExactly("Các phòng, đơn vị thuộc Sở");
        assertThat(acts).allSatisfy(a -> {
            assertThat(a.leadUnits()).containsExactly("Văn phòng Sở");
            assertThat(a.coordinatingUnits()).containsExactly("Các phòng thuộc Sở");
        });
    }

    @Test
    void numbers_run_together_in_134_are_split_and_aligned_with_their_timeframes_and_units() {
        ParsedTask t = task("1.3.4");
        assertThat(t.target().plain()).isEqualTo("Hoàn thiện quy chế quản lý sử dụng tài sản công; tiếp tục cập nhật, bổ sung "
                + "định mức trang thiết bị chuyên dùng; tham mưu quản lý sử dụng tài sản công, bàn giao kết quả từ nhiệm vụ "
                + "nghiên cứu KH&CN theo quy định hiện hành");
        List<ParsedActivity> acts = t.activities();
        assertThat(acts).extracting(a -> a.requirement().plain()).containsExactly(
                "(1) Xây dựng hoàn thiện quy chế quản lý sử dụng tài sản công;",
                "(2) Tham mưu công tác quản lý tài sản công (Thực hiện chế độ mua sắm, kiểm kê, thanh lý, chế độ báo cáo, "
                        + "công khai tài sản công) đảm bảo quy định hiện hành",
                "(3) Tham mưu tiếp tục rà soát, cập nhật, bổ sung định mức trang thiết bị chuyên dùng",
                "(4) Tổ chức bàn giao kết quả nhiệm vụ nghiên cứu KH&CN năm 2020-2021");
        assertThat(acts).extracting(a -> a.timeframe().text())
                .containsExactly("Tháng 01- Tháng 12", "Tháng 01- Tháng 12", "Tháng 3 - Tháng 5", "Tháng 3- Tháng 5");
        assertThat(acts.get(2).timeframe().months()).containsExactly(3, 4, 5);
        assertThat(acts).extracting(ParsedActivity::leadUnits).containsExactly(
                List.of("Văn phòng Sở", "Các đơn vị trực thuộc Sở"), List.of("Văn phòng Sở", "Các đơn vị trực thuộc Sở"),
                List.of("Văn phòng Sở"), List.of("Văn phòng Sở"));
        assertThat(acts).extracting(ParsedActivity::implementingUnits).containsExactly(
                List.of("Văn phòng Sở", "Các đơn vị trực thuộc Sở"), List.of("Văn phòng Sở", "Các đơn vị trực thuộc Sở"),
                List.of("Văn phòng Sở", "Các phòng, đơn vị thuộc Sở"), List.of("Các phòng thuộc Sở"));
        assertThat(acts).extracting(ParsedActivity::sourceLine).containsExactly(213, 217, 217, 217);
    }

    @Test
    void the_135_pair_of_timeframes_and_the_14_single_cell_of_five_are_aligned() {
        List<ParsedActivity> budget = task("1.3.5").activities();
        assertThat(budget).extracting(a -> a.timeframe().months().getFirst()).containsExactly(1, 8);
        assertThat(budget.get(1).implementingUnits()).containsExactly("Các phòng, đơn vị thuộc Sở");
        assertThat(task("1.3.5").target().blocks()).extracting(StructuredText.Block::kind)
                .containsOnly(StructuredText.Kind.LIST_ITEM).hasSize(4);
        List<ParsedActivity> legal = task("1.4").activities();
        assertThat(legal).extracting(a -> a.requirement().plain()).first().isEqualTo("(1) Tuyên truyền, phổ biến giáo dục pháp luật;");
        assertThat(legal).allSatisfy(a -> {
            assertThat(a.leadUnits()).containsExactly("Thanh tra Sở");
            assertThat(a.timeframe().months()).hasSize(12);
        });
    }

    @Test
    void the_three_activities_of_122_keep_their_own_units() {
        List<ParsedActivity> acts = task("1.2.2").activities();
        assertThat(acts).extracting(a -> a.timeframe().text()).containsExactly("Tháng 4 - Tháng 9", "Tháng 4 - Tháng 9", "Tháng 1- Tháng 2");
        assertThat(acts).extracting(ParsedActivity::implementingUnits).containsExactly(
                List.of("Trung tâm Thông tin, thống kê, ứng dụng KH&CN"),
                List.of("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng"),
                List.of("Văn phòng Sở", "Các đơn vị trực thuộc Sở"));
        assertThat(acts).extracting(ParsedActivity::coordinatingUnits).containsExactly(
                List.of(), List.of("Chi cục Tiêu chuẩn Đo lường Chất lượng"), List.of());
        assertThat(acts).allSatisfy(a -> assertThat(a.leadUnits()).containsExactly("Văn phòng Sở"));
    }

    @Test
    void sub_rows_without_a_number_but_with_their_own_cells_are_activities() {
        assertThat(requirements("1.2.5")).hasSize(7).last()
                .isEqualTo("Tổ chức phong trào thi đua đề xuất sáng kiến cải cách hành chính, sáng kiến nâng cao hiệu công tác chuyên môn");
        ParsedActivity rounds = task("1.2.5").activities().get(6);
        assertThat(rounds.timeframe().months()).hasSize(12);
        assertThat(rounds.kpis()).singleElement().satisfies(k -> {
            assertThat(k.min()).isEqualByComparingTo("1");
            assertThat(k.max()).isNull();
            assertThat(k.unit()).isEqualTo("sáng kiến");
        });
        assertThat(task("1.2.6").activities().get(0).timeframe().recurring()).isTrue();
        assertThat(task("6.2").activities().get(1).leadUnits()).containsExactly("Phòng Quản lý Công nghệ và Thị trường Công nghệ");
    }

    @Test
    void sub_rows_with_all_unit_cells_empty_take_the_units_of_the_row_above() {
        List<ParsedActivity> acts = task("1.2.3").activities();
        assertThat(acts.get(1).timeframe().months()).containsExactly(6, 12);
        assertThat(acts.get(2).timeframe().externallySet()).isTrue();
        assertThat(acts.get(2).timeframe().months()).isEmpty();
        assertThat(acts).allSatisfy(a -> {
            assertThat(a.leadUnits()).containsExactly("Văn phòng Sở");
            assertThat(a.coordinatingUnits()).containsExactly("Sở Nội vụ");
        });
    }

    @Test
    void unit_cells_cut_by_a_page_break_are_joined_and_resolved() {
        ParsedActivity second = task("8.1").activities().get(1);
        assertThat(second.target().plain()).isEqualTo("Danh mục dịch vụ sự nghiệp công; định mức kinh tế kỹ thuật dịch vụ sự nghiệp "
                + "công lĩnh vực khoa học và công nghệ");
        assertThat(second.requirement().plain()).endsWith("định mức kinh tế kỹ thuật dịch vụ sự nghiệp công lĩnh vực khoa học và công nghệ");
        assertThat(second.implementingUnits()).containsExactly("Văn phòng Sở", "Trung tâm Thông tin, thống kê, ứng dụng KH&CN",
                "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng");
        assertThat(second.coordinatingUnits()).containsExactly("Chi cục Tiêu chuẩn Đo lường Chất lượng", "Các phòng chuyên môn thuộc Sở");
        // 5.3 (2): lead cell "Phòng Quản lý Chuyên ngành" with a repeated "ngành" on the next page.
        ParsedActivity ip = task("5.3").activities().get(1);
        assertThat(ip.leadUnits()).containsExactly("Phòng Quản lý chuyên ngành");
        assertThat(ip.coordinatingUnits()).containsExactly("Văn phòng Sở", "Đài Phát thanh và Truyền hình tỉnh");
        assertThat(ip.requirement().plain()).contains("quảng bá các sản phẩm chủ lực được bảo hộ của tỉnh");
        assertThat(task("4.2").activities().get(0).implementingUnits()).containsExactly("Văn phòng và các phòng chuyên môn thuộc Sở");
    }

    @Test
    void a_list_cell_of_63_keeps_its_items_across_two_page_breaks() {
        ParsedActivity a = task("6.3").activities().getFirst();
        List<String> items = a.requirement().blocks().stream()
                .filter(b -> b.kind() == StructuredText.Kind.LIST_ITEM).map(StructuredText.Block::text).toList();
        assertThat(items).hasSize(5 + 6 + 8);
        assertThat(items).contains("Quy trình sản xuất mạ khay tập trung kết hợp sản xuất rau an toàn trong nhà màng;",
                "Đánh giá trình độ và năng lực công nghệ của các doanh nghiệp công nghiệp trên địa bàn tỉnh Hưng Yên;",
                "Giò trả Trai Trang");
        assertThat(a.requirement().blocks()).filteredOn(b -> b.kind() == StructuredText.Kind.PARAGRAPH)
                .extracting(StructuredText.Block::text).allMatch(t -> t.matches("^[123]\\. .*:$"));
    }

    @Test
    void every_timeframe_in_the_seed_is_understood() {
        List<Timeframe> all = plan.allActivities().stream().map(ParsedActivity::timeframe).toList();
        assertThat(all).noneMatch(Timeframe::isUnparsed);
        assertThat(all.stream().filter(Timeframe::recurring)).hasSize(1);
        assertThat(all.stream().filter(t -> t.externallySet() && t.months().isEmpty())).hasSize(3);
        assertThat(all.stream().filter(t -> t.externallySet() && !t.months().isEmpty())).hasSize(1);
        assertThat(all.stream().filter(t -> !t.externallySet() && !t.recurring())).hasSize(91);
    }

    @Test
    void the_kpis_of_the_seed_are_read_from_the_targets() {
        List<Kpi> kpis = plan.allActivities().stream().flatMap(a -> a.kpis().stream()).toList();
        // Counted by hand from column (3): no target shared by split activities carries a figure in this seed.
        assertThat(kpis).hasSize(63);
        assertThat(task("5.1").activities().get(1).kpis()).extracting(Kpi::text, Kpi::unit).containsExactly(
                org.assertj.core.groups.Tuple.tuple("20-25 sáng kiến", "sáng kiến"), org.assertj.core.groups.Tuple.tuple("10-15%", "%"));
        assertThat(task("1.3.2").activities().getFirst().kpis()).extracting(Kpi::text).containsExactly("trên 90%", "trên 80%");
        assertThat(task("3.4").activities().getFirst().kpis()).extracting(Kpi::text).containsExactly("04 lớp tập huấn");
        assertThat(task("4.4").activities().getFirst().kpis()).extracting(Kpi::text).containsExactly("70-80 dự án", "01-02 hội đồng");
        assertThat(task("3.1").activities().getFirst().kpis()).extracting(Kpi::text).containsExactly("60 đơn vị");
        assertThat(task("3.4").activities().get(1).kpis()).isEmpty(); // "năm 2020-2021"
    }

    @Test
    void the_units_of_the_seed_are_canonical_and_each_real_unit_appears_once() {
        assertThat(plan.distinctUnits()).hasSize(28).contains("Phòng Quản lý Công nghệ và Thị trường Công nghệ",
                "Trung tâm Thông tin, thống kê, ứng dụng KH&CN", "Chi cục Tiêu chuẩn Đo lường Chất lượng",
                "Văn phòng và các phòng chuyên môn thuộc Sở", "Viện Khoa học Sở hữu trí tuệ");
        assertThat(plan.distinctUnits()).noneMatch(u -> u.contains("TTTK") || u.contains("QL CN") || u.contains("TCĐLCL"));
    }

    @Test
    void no_output_string_contains_markup_and_all_text_is_nfc() {
        List<String> strings = new ArrayList<>();
        strings.add(plan.header().fullText());
        strings.add(plan.header().title());
        plan.sections().forEach(s -> {
            strings.add(s.heading());
            strings.add(s.text());
        });
        plan.groups().forEach(g -> strings.add(g.title()));
        for (ParsedTask t : plan.allTasks()) {
            strings.add(t.title());
            strings.add(t.target().toStorage());
            for (ParsedActivity a : t.activities()) {
                strings.add(a.requirement().toStorage());
                strings.add(a.target().toStorage());
                strings.add(a.timeframe().text());
                strings.add(a.note());
                strings.addAll(a.leadUnits());
                strings.addAll(a.implementingUnits());
                strings.addAll(a.coordinatingUnits());
                a.kpis().forEach(k -> {
                    strings.add(k.text());
                    strings.add(k.unit());
                });
            }
        }
        assertThat(strings).allSatisfy(s -> {
            assertThat(s).doesNotContainPattern("</?[a-zA-Z][^>]*>").doesNotContain("\t", "&amp;", "&nbsp;");
            assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).isTrue();
        });
    }

    @Test
    void no_page_header_or_fragment_row_becomes_an_activity() {
        assertThat(plan.allActivities()).allSatisfy(a -> {
            String req = a.requirement().plain();
            assertThat(req).doesNotStartWith("STT").isNotEqualTo("(4)");
            assertThat(a.sourceLine()).isNotIn(176, 192, 269, 277, 292, 320, 324, 331, 348);
        });
        assertThat(plan.allActivities()).noneMatch(a -> a.requirement().isEmpty() && a.target().isEmpty());
    }
}
