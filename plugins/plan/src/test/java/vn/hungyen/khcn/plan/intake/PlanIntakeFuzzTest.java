package vn.hungyen.khcn.plan.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.hungyen.khcn.content.spi.Deadline;
import vn.hungyen.khcn.content.spi.DocumentFindings;
import vn.hungyen.khcn.content.spi.FoundTask;
import vn.hungyen.khcn.plan.importer.OrganisationRegistry;

/**
 * Documents are whatever an editor uploads: the task reader, the deadline reader and the unit lists meet any text —
 * tables in pieces, numbering in every form, gazette noise, broken characters — without an internal failure (the
 * reader would report one as the problem {@code plan.intake.problem.unreadable}), and what they read keeps its rules.
 */
class PlanIntakeFuzzTest {

    private static final PlanTaskReader READER = new PlanTaskReader();
    private static final OrganisationRegistry REGISTRY = OrganisationRegistry.load();

    @Property(tries = 300)
    void any_document_is_read_without_an_internal_failure_and_with_unique_codes(@ForAll("documents") String text) {
        vn.hungyen.khcn.content.spi.ReadDocument document;
        try {
            document = Documents.text("tai-lieu.txt", text);
        } catch (vn.hungyen.khcn.content.intake.DocumentRejectedException e) {
            // Refused before any reader sees it: only a file with nothing to read, or with control characters that make
            // it binary, may be.
            assertThat(e.reason().key()).isIn("intake.error.no-text", "intake.error.empty", "intake.error.unsupported");
            return;
        }
        DocumentFindings f = READER.read(document);

        assertThat(f.problems()).noneMatch(p -> p.key().equals("plan.intake.problem.unreadable"));
        List<String> codes = f.tasks().stream().map(FoundTask::code).toList();
        assertThat(new HashSet<>(codes)).hasSameSizeAs(codes);
        for (FoundTask t : f.tasks()) {
            assertThat(t.parentCode() == null || codes.contains(t.parentCode())).as(t.code()).isTrue();
        }
    }

    @net.jqwik.api.Example
    void a_deadline_with_a_misread_document_year_has_no_dates_rather_than_failing() {
        // Found by the property below: the document's year came as Integer.MAX_VALUE.
        assertThat(DeadlineText.parse("Quý II", Integer.MAX_VALUE)).isEqualTo(new Deadline("Quý II", null, null, null));
    }

    @Property(tries = 1000)
    void a_deadline_is_read_from_any_text_with_its_start_not_after_its_end(@ForAll("deadlines") String text,
            @ForAll("years") Integer year) {
        Deadline d = DeadlineText.parse(text, year);

        assertThat(d.text()).isNotNull();
        if (d.from() != null && d.to() != null) {
            assertThat(d.from()).isBeforeOrEqualTo(d.to());
        }
    }

    @Property(tries = 1000)
    void a_unit_list_is_split_from_any_cell_into_names_that_are_not_blank(@ForAll("units") String cell) {
        UnitNames.Read read = new UnitNames(REGISTRY.copy()).read(cell);

        assertThat(read.units()).allSatisfy(u -> assertThat(u).isNotBlank()).doesNotHaveDuplicates();
    }

    @Provide
    Arbitrary<Integer> years() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.integers().between(1900, 2100),
                Arbitraries.of(0, -1, 9999, Integer.MAX_VALUE));
    }

    @Provide
    Arbitrary<String> deadlines() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of("Quý", "quý", "I", "II", "III", "IV", "V", "Tháng",
                "tháng", "6", "13", "0", "31", "32", "29", "2", "/", "-", "–", "2026", "2025", "1999", "99999", "Năm",
                "năm", "Trước ngày", "trước ngày", "ngày", "30/02/2026", "31/10/2025", "Thường xuyên", "Hằng năm",
                "hàng quý", "định kỳ", "6 tháng đầu năm", "6 tháng cuối năm", "2026–2030", "2030-2026", "đến",
                "Theo kế hoạch của UBND tỉnh", "Chậm nhất", "\n", "\u00A0", "😀", "\uD800"),
                Arbitraries.strings().ofMaxLength(8));
        return piece.list().ofMaxSize(12).map(parts -> String.join(" ", parts));
    }

    @Provide
    Arbitrary<String> units() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of("Bộ Công an", "Bộ Quốc phòng", "và", ",", ";",
                "các bộ, ngành liên quan", "UBND tỉnh", "Sở KH&CN", "Bộ TT&TT", "Sở Nội vụ", "Các cơ quan, đơn vị, địa phương",
                "Văn phòng Sở", "(", ")", "-", "chủ trì", "\n", "Ủy ban nhân dân các tỉnh", "Sở", "Bộ", ""),
                Arbitraries.strings().ofMaxLength(10));
        return piece.list().ofMaxSize(12).map(parts -> String.join(" ", parts));
    }

    /** Documents in pieces: headings, numbering, labelled lines, table rows (TAB, Markdown), gazette noise. */
    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("Số: 70/KH-UBND", "KẾ HOẠCH", "PHỤ LỤC", "Phụ lục", "DANH MỤC NHIỆM VỤ", "I. NHIỆM VỤ",
                        "II", "1.", "1", "2", "a)", "(1)", "-", "1.2.3. Xây dựng", "Điều 1. Phạm vi", "Chương I",
                        "TT", "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành",
                        "Chỉ tiêu", "Kinh phí", "- Cơ quan chủ trì: Sở Nội vụ", "Cơ quan phối hợp: các sở, ngành",
                        "Thời gian thực hiện: Quý II/2026", "Sản phẩm: Báo cáo", "CÔNG BÁO/Số 12/Ngày 1-1-2026", "17",
                        "Ký bởi: Cổng Thông tin điện tử Chính phủ", "Nơi nhận:", "Bộ Khoa học và Công nghệ",
                        "| TT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |", "|---|---|---|---|",
                        "| 1 | Rà soát quy định | Sở Tư pháp | Năm 2026 |", "| **I** | **NHÓM** | | |",
                        "1\tXây dựng đề án\tSở Tài chính\tQuý III/2026", "STT\tNội dung\tChủ trì\tThời gian",
                        "<p>a</p> <p>b</p>", "\t\t\t", "||||", "| |", "\u00A0", "😀", "\uD800"),
                Arbitraries.strings().ofMaxLength(30));
        return line.list().ofMaxSize(40).map(lines -> String.join("\n", new ArrayList<>(lines)));
    }
}
