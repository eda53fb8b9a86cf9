package vn.hungyen.khcn.plan.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.spi.DocumentFindings;
import vn.hungyen.khcn.content.spi.FoundTask;

class PlanTaskReaderTest {

    private final PlanTaskReader reader = new PlanTaskReader();

    private static FoundTask task(DocumentFindings f, String code) {
        return f.tasks().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + f.tasks().stream().map(FoundTask::code).toList()));
    }

    private static String bundled() throws IOException {
        try (InputStream in = PlanTaskReaderTest.class.getResourceAsStream("/plan/ke-hoach-21-KH-SKHCN-2022.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_bundled_plans_export_gives_its_8_groups_43_tasks_and_96_activities() throws IOException {
        DocumentFindings f = reader.read(Documents.text("ke-hoach-21.txt", bundled()));

        assertThat(f.document().number()).isEqualTo("21/KH-SKHCN");
        assertThat(f.tasks().stream().filter(t -> t.parentCode() == null)).hasSize(8);
        List<FoundTask> tasks = f.tasks().stream().filter(t -> t.parentCode() != null && !t.code().contains("-")).toList();
        assertThat(tasks).hasSize(43);
        assertThat(f.tasks().stream().filter(t -> t.code().contains("-"))).hasSize(96);
        assertThat(task(f, "I").title()).startsWith("Cải cách hành chính");
        assertThat(task(f, "1.1").parentCode()).isEqualTo("I");
        assertThat(f.unknownUnits()).isEmpty();
    }

    @Test
    void an_html_table_in_another_column_order_with_merged_cells_is_read_by_its_header() {
        String html = """
                <html><body><p>ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN</p><p>Số: 70/KH-UBND</p>
                <p>Hưng Yên, ngày 15 tháng 3 năm 2025</p><p>KẾ HOẠCH</p>
                <p>Triển khai chuyển đổi số trong lĩnh vực khoa học và công nghệ năm 2025</p>
                <table>
                <tr><th>Cơ quan chủ trì</th><th>STT</th><th>Nhiệm vụ, giải pháp</th><th>Thời gian hoàn thành</th>
                    <th>Cơ quan phối hợp</th><th>Sản phẩm</th></tr>
                <tr><td>(1)</td><td>(2)</td><td>(3)</td><td>(4)</td><td>(5)</td><td>(6)</td></tr>
                <tr><td colspan="6">I. Hoàn thiện thể chế</td></tr>
                <tr><td rowspan="2">Sở Khoa học và Công nghệ</td><td>1</td><td>Rà soát quy định về chuyển đổi số</td>
                    <td>Quý II</td><td>Sở Nội vụ, Sở Tài chính và các cơ quan, đơn vị liên quan</td><td>Báo cáo</td></tr>
                <tr><td>2</td><td>Xây dựng cơ sở dữ liệu nhiệm vụ khoa học và công nghệ</td><td>Trước ngày 31/10/2025</td>
                    <td>Văn phòng UBND tỉnh</td><td>Cơ sở dữ liệu</td></tr>
                <tr><td>Cơ quan chủ trì</td><td>STT</td><td>Nhiệm vụ, giải pháp</td><td>Thời gian hoàn thành</td>
                    <td>Cơ quan phối hợp</td><td>Sản phẩm</td></tr>
                <tr><td>UBND tỉnh</td><td>3</td><td>Ban hành kế hoạch chuyển đổi số</td><td>Năm 2025</td><td></td>
                    <td>Kế hoạch</td></tr>
                <tr><td></td><td></td><td>giai đoạn 2025-2030 của tỉnh</td><td></td><td></td><td></td></tr>
                </table></body></html>
                """;
        DocumentFindings f = reader.read(Documents.text("ke-hoach-70.html", html));

        assertThat(f.document().number()).isEqualTo("70/KH-UBND");
        assertThat(f.document().date()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(task(f, "I").group()).isTrue();
        FoundTask first = task(f, "1");
        assertThat(first.parentCode()).isEqualTo("I");
        assertThat(first.title()).isEqualTo("Rà soát quy định về chuyển đổi số");
        assertThat(first.leadUnits()).containsExactly("Sở Khoa học và Công nghệ");
        assertThat(first.coordinatingUnits()).containsExactly("Sở Nội vụ", "Sở Tài chính");
        assertThat(first.deadline().from()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(first.deadline().to()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(first.outputs()).containsExactly("Báo cáo");
        FoundTask second = task(f, "2");
        assertThat(second.leadUnits()).containsExactly("Sở Khoa học và Công nghệ"); // the merged lead cell
        assertThat(second.deadline().to()).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(second.coordinatingUnits()).containsExactly("Văn phòng Ủy ban nhân dân tỉnh");
        FoundTask third = task(f, "3");
        assertThat(third.title()).isEqualTo("Ban hành kế hoạch chuyển đổi số giai đoạn 2025-2030 của tỉnh");
        assertThat(third.leadUnits()).containsExactly("Ủy ban nhân dân tỉnh");
        assertThat(f.tasks()).hasSize(4);
    }

    @Test
    void a_markdown_pipe_table_appendix_is_read_like_any_table() {
        String md = """
                # KẾ HOẠCH
                Số: 12/KH-SKHCN

                ## PHỤ LỤC

                | TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn | Ghi chú |
                |---|---|---|---|---|---|
                | 1 | Tổ chức Hội nghị tổng kết | Văn phòng Sở | Các phòng, đơn vị thuộc Sở | Tháng 12/2026 | |
                | 2 | Tuyên truyền về sở hữu trí tuệ | Phòng QLKH | Đài PT&TH tỉnh | Thường xuyên | |
                """;
        DocumentFindings f = reader.read(Documents.text("phu-luc.md", md));

        assertThat(f.tasks()).extracting(FoundTask::code).containsExactly("1", "2");
        assertThat(task(f, "1").leadUnits()).containsExactly("Văn phòng Sở");
        assertThat(task(f, "1").coordinatingUnits()).containsExactly("Các phòng, đơn vị thuộc Sở");
        assertThat(task(f, "1").deadline().to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(task(f, "2").leadUnits()).containsExactly("Phòng Quản lý khoa học");
        assertThat(task(f, "2").coordinatingUnits()).containsExactly("Đài Phát thanh và Truyền hình tỉnh");
        assertThat(task(f, "2").deadline().recurring()).isEqualTo("continuous");
    }

    @Test
    void numbered_paragraphs_with_labelled_lines_are_tasks_and_the_aims_before_them_are_not() {
        String text = """
                UBND TỈNH HƯNG YÊN
                Số: 85/KH-UBND
                Hưng Yên, ngày 02 tháng 6 năm 2025
                KẾ HOẠCH
                Sắp xếp tổ chức bộ máy năm 2025
                I. MỤC ĐÍCH, YÊU CẦU
                1. Bảo đảm tinh gọn, hiệu lực, hiệu quả.
                II. NHIỆM VỤ CỤ THỂ
                1. Xây dựng đề án sắp xếp các cơ quan chuyên môn
                - Chủ trì: Sở Nội vụ
                - Phối hợp: Sở Tài chính, Sở Tư pháp
                - Thời hạn: Quý III
                - Sản phẩm: Đề án trình UBND tỉnh
                2. Rà soát vị trí việc làm, cụ thể: a) Cơ quan chủ trì: Sở Nội vụ; b) Cơ quan phối hợp: Các cơ quan, đơn vị, địa phương; c) Thời gian thực hiện: Hoàn thành trước ngày 31 tháng 10 năm 2025
                3. Tổng hợp kết quả thực hiện
                Cơ quan chủ trì:
                Văn phòng UBND tỉnh
                Thời gian hoàn thành: Tháng 12/2025
                III. TỔ CHỨC THỰC HIỆN
                Các sở, ngành triển khai kế hoạch này.
                """;
        DocumentFindings f = reader.read(Documents.text("ke-hoach-85.txt", text));

        assertThat(f.tasks()).extracting(FoundTask::code).containsExactly("II", "1", "2", "3");
        assertThat(task(f, "II").group()).isTrue();
        FoundTask first = task(f, "1");
        assertThat(first.title()).isEqualTo("Xây dựng đề án sắp xếp các cơ quan chuyên môn");
        assertThat(first.leadUnits()).containsExactly("Sở Nội vụ");
        assertThat(first.coordinatingUnits()).containsExactly("Sở Tài chính", "Sở Tư pháp");
        assertThat(first.deadline().to()).isEqualTo(LocalDate.of(2025, 9, 30)); // Quý III of the plan's year
        assertThat(first.outputs()).containsExactly("Đề án trình UBND tỉnh");
        FoundTask second = task(f, "2");
        assertThat(second.title()).isEqualTo("Rà soát vị trí việc làm");
        assertThat(second.leadUnits()).containsExactly("Sở Nội vụ");
        assertThat(second.coordinatingUnits()).isEmpty();
        assertThat(second.deadline().to()).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(task(f, "3").leadUnits()).containsExactly("Văn phòng Ủy ban nhân dân tỉnh");
        assertThat(task(f, "3").deadline().to()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void tables_of_targets_and_budget_are_skipped_with_their_reason_and_give_no_task() {
        String html = """
                <html><body><p>Số: 9/KH-SKHCN</p>
                <table><tr><th>STT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Năm 2025</th></tr>
                <tr><td>1</td><td>Số sáng kiến được công nhận</td><td>sáng kiến</td><td>20-25</td></tr></table>
                <table><tr><th>TT</th><th>Nội dung</th><th>Kinh phí (triệu đồng)</th><th>Ghi chú</th></tr>
                <tr><td>1</td><td>Hội thảo khoa học</td><td>120</td><td></td></tr></table>
                <table><tr><th>STT</th><th>Tên thủ tục hành chính</th><th>Cơ quan thực hiện</th></tr>
                <tr><td>1</td><td>Cấp giấy chứng nhận đăng ký hoạt động KH&amp;CN</td><td>Sở KH&amp;CN</td></tr></table>
                </body></html>
                """;
        DocumentFindings f = reader.read(Documents.text("chi-tieu.html", html));

        assertThat(f.tasks()).isEmpty();
        assertThat(f.skipped()).extracting(s -> s.why().key()).containsExactly("plan.intake.skipped.targets",
                "plan.intake.skipped.budget", "plan.intake.skipped.procedures");
    }

    @Test
    void the_articles_of_a_decree_are_no_tasks() {
        String text = """
                CHÍNH PHỦ
                Số: 99/2026/NĐ-CP
                NGHỊ ĐỊNH
                Quy định chi tiết một số điều
                Điều 1. Phạm vi điều chỉnh
                1. Nghị định này quy định chi tiết về hồ sơ.
                Điều 5. Trình tự thực hiện
                1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với các cơ quan có liên quan tổ chức thẩm định.
                a) Thời hạn giải quyết: 10 ngày làm việc.
                """;
        assertThat(reader.read(Documents.text("nghi-dinh.txt", text)).tasks()).isEmpty();
    }

    @Test
    void a_gazette_directive_gives_each_ministry_its_tasks_and_their_stated_deadlines() {
        // Chỉ thị 21/CT-TTg, read by hand: part II lists "4. Ủy ban nhân dân các tỉnh, thành phố" with a)–d),
        // "5. Bộ Nội vụ" with a)–đ), "6. Bộ Tài chính" with a)–b), "7. Bộ Công an" with a)–b); 4.a ends "hoàn thành
        // trước ngày 10 tháng 6 năm 2026". Part I's principles 1–5 assign nobody and are no tasks.
        DocumentFindings f = reader.read(Documents.resource("/intake/chi-thi-so-21-ct-ttg-469580.txt"));

        assertThat(f.document().number()).isEqualTo("21/CT-TTg");
        assertThat(f.document().date()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(task(f, "5").group()).isTrue();
        assertThat(f.tasks().stream().filter(t -> "5".equals(t.parentCode())))
                .extracting(FoundTask::code).containsExactly("5.a", "5.b", "5.c", "5.d", "5.dd");
        assertThat(task(f, "5.dd").leadUnits()).containsExactly("Bộ Nội vụ");
        assertThat(task(f, "6.a").leadUnits()).containsExactly("Bộ Tài chính");
        assertThat(task(f, "7.b").leadUnits()).containsExactly("Bộ Công an");
        assertThat(task(f, "4.a").deadline().to()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(task(f, "5.b").deadline().to()).isEqualTo(LocalDate.of(2026, 5, 26));
        assertThat(f.tasks()).noneMatch(t -> t.title().startsWith("Việc sắp xếp thôn, tổ dân phố phải bảo đảm"));
    }

    @Test
    void a_gazette_appendix_laid_out_one_cell_per_line_is_rebuilt_into_rows() {
        // Nghị quyết 20/2026/NQ-CP, Phụ lục III, read by hand: columns STT | Danh sách văn bản | Điều, khoản, điểm
        // cần sửa đổi | Cơ quan chủ trì; group I "DANH SÁCH NGHỊ ĐỊNH"; row 1 is Nghị định 332/2025/NĐ-CP with
        // "Bộ Khoa học và Công nghệ" (printed "Bộ Khoa học / và / Công / nghệ") as its lead.
        DocumentFindings f = reader.read(Documents.resource("/intake/nghi-quyet-so-20-2026-nq-cp-469467.txt"));

        FoundTask first = f.tasks().stream().filter(t -> t.title().startsWith("Nghị định số 332/2025/NĐ-CP"))
                .findFirst().orElseThrow();
        assertThat(first.leadUnits()).containsExactly("Bộ Khoa học và Công nghệ");
        assertThat(first.group()).isFalse();
        assertThat(f.tasks().stream().filter(t -> t.title().startsWith("Nghị định số") && !t.group()).count())
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    void odd_input_gives_no_tasks_and_no_exception() {
        assertThat(reader.read(Documents.text("x.txt", "1.\n\t\t\n| | |\nI\nSTT\nChủ trì\n")).tasks())
                .allMatch(t -> t.code() != null);
    }

    @Test
    void a_gazette_appendix_one_cell_per_line_with_bare_row_numbers_and_a_page_break_gives_every_row() {
        DocumentFindings f = reader.read(Documents.resource("/intake/quyet-dinh-456-qd-ttg-phu-luc.txt"));

        // Read by hand: four rows; the page header "CÔNG BÁO/…" and its page number "18" fall between rows 2 and 3,
        // while "1" … "4" alone on their lines are the rows' numbers, not page numbers.
        List<FoundTask> tasks = f.tasks().stream().filter(t -> !t.group()).toList();
        assertThat(tasks).extracting(FoundTask::code).containsExactly("1", "2", "3", "4");
        assertThat(tasks).extracting(t -> t.leadUnits().getFirst()).containsExactly("Bộ Khoa học và Công nghệ",
                "Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo", "Ngân hàng Nhà nước Việt Nam");
        assertThat(tasks).extracting(t -> String.join("; ", t.outputs())).containsExactly(
                "Quyết định công bố tiêu chuẩn", "Cơ sở dữ liệu", "Đề án", "Nghị định");
        assertThat(tasks).extracting(t -> t.deadline().text()).containsExactly("Quý IV/2026", "Năm 2027", "2026 - 2030",
                "Tháng 9/2026");
        assertThat(tasks.get(2).title()).isEqualTo("Đào tạo nhân lực chất lượng cao trong lĩnh vực bán dẫn");
        assertThat(tasks.get(2).coordinatingUnits()).containsExactly("Bộ Khoa học và Công nghệ", "Bộ Tài chính");
        assertThat(tasks.get(1).coordinatingUnits()).containsExactly("Bộ Công an");
    }
}
