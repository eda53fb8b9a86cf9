package vn.hungyen.khcn.legal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CitationExtractorTest {

    /** The seed plan as exported, read from the plan module's sources (a file, not a dependency on the plugin). */
    private static final Path SEED_PLAN = Path.of("../plan/src/main/resources/plan/ke-hoach-21-KH-SKHCN-2022.txt");
    private static final Path LAWS = Path.of("src/main/resources/legal/laws");

    private final CitationExtractor extractor = new CitationExtractor();

    private static Citation only(List<Citation> citations) {
        assertThat(citations).hasSize(1);
        return citations.getFirst();
    }

    @Test
    void decision_with_number_date_and_provincial_issuer() {
        Citation c = only(new CitationExtractor("Hưng Yên").extract(
                "Quyết định số 2999/QĐ-UBND ngày 21/12/2021 của UBND tỉnh về việc giao chỉ tiêu Kế hoạch Nhà nước năm 2022;"));
        assertThat(c.number()).hasToString("2999/QĐ-UBND");
        assertThat(c.typeWord()).isEqualTo(DocumentType.QUYET_DINH);
        assertThat(c.date()).isEqualTo(LocalDate.of(2021, 12, 21));
        assertThat(c.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Hưng Yên");
        assertThat(c.title()).isEqualTo("về việc giao chỉ tiêu Kế hoạch Nhà nước năm 2022");
    }

    @Test
    void decision_without_so_and_party_resolution_with_its_long_issuer() {
        assertThat(only(extractor.extract("Quyết định 252/QĐ-UBND ngày 24/01/2022")).date())
                .isEqualTo(LocalDate.of(2022, 1, 24));
        Citation party = only(extractor.extract("Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ 6 Ban Chấp hành "
                + "Trung ương Đảng khóa XII."));
        assertThat(party.number()).hasToString("19-NQ/TW");
        assertThat(party.issuer()).isEqualTo("Ban Chấp hành Trung ương Đảng");
        assertThat(party.type()).isEqualTo(DocumentType.NGHI_QUYET);
    }

    @Test
    void decree_and_action_programme() {
        Citation decree = only(extractor.extract("Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ"));
        assertThat(decree).extracting(Citation::type, Citation::issuer, Citation::date)
                .containsExactly(DocumentType.NGHI_DINH, "Chính phủ", LocalDate.of(2021, 6, 21));
        Citation programme = only(extractor.extract("Chương trình hành động số 14/CTr-UBND"));
        assertThat(programme.number()).hasToString("14/CTr-UBND");
        assertThat(programme.type()).isEqualTo(DocumentType.CHUONG_TRINH);
    }

    @Test
    void plan_numbered_as_a_decision_keeps_both_types_and_is_flagged() {
        Citation c = only(extractor.extract("Kế hoạch số 128/QĐ-UBND ngày 11/8/2021 của UBND tỉnh Hưng Yên"));
        assertThat(c.typeWord()).isEqualTo(DocumentType.KE_HOACH);
        assertThat(c.type()).isEqualTo(DocumentType.QUYET_DINH);
        assertThat(c.typeMismatch()).isTrue();
    }

    @Test
    void law_header_vietnamese_long_date_and_italic_reference_cut_by_a_line_break() {
        assertThat(only(extractor.extract("Luật số: 29/2013/QH13")).number()).hasToString("29/2013/QH13");
        assertThat(only(extractor.extract("Nghị định số 54/2000/NĐ-CP ngày 03 tháng 10 năm 2000 của Chính phủ")).date())
                .isEqualTo(LocalDate.of(2000, 10, 3));
        Citation cut = extractor.extract("(*Quyết định số 138/QĐ-TTg ngày 26/01/2022 của Thủ*\n\ntướng Chính phủ sửa đổi, "
                + "bổ sung một số điều của Quyết định số 1851/QĐ-TTG ngày 27/12/2018)").getFirst();
        assertThat(cut.issuer()).isEqualTo("Thủ tướng Chính phủ");
        assertThat(cut.title()).startsWith("sửa đổi, bổ sung một số điều của Quyết định số 1851/QĐ-TTG");
    }

    @Test
    void every_citation_of_the_seed_plan_is_found() throws IOException {
        List<Citation> citations = extractor.extract(Files.readString(SEED_PLAN));
        // 32 references in the export: preamble, narrative, appendix rows and the plan's own number twice.
        assertThat(citations).hasSize(32);
        assertThat(citations.stream().map(Citation::key).distinct()).containsExactlyInAnyOrder(
                "21/KH-SKHCN", "01/NQ-CP", "2999/QĐ-UBND", "14/CTr-UBND", "19-NQ/TW", "60/2021/NĐ-CP", "1708/QĐ-UBND",
                "252/QĐ-UBND", "101/KH-UBND", "129/KH-UBND", "2209/QĐ-UBND", "138/QĐ-TTg", "1851/QĐ-TTg", "816/QĐ-UBND",
                "169/QĐ-TTg", "128/QĐ-UBND", "1221/QĐ-UBND", "142/KH-UBND");
        assertThat(citations).filteredOn(c -> c.key().equals("01/NQ-CP")).first()
                .extracting(Citation::title).asString().startsWith("về nhiệm vụ, giải pháp chủ yếu thực hiện kế hoạch");
    }

    @Test
    void the_seed_plan_says_138_amends_1851_and_rests_on_its_preamble() throws IOException {
        String text = CitationExtractor.normalise(Files.readString(SEED_PLAN));
        List<DocumentRelation> relations = RelationReader.read(text, extractor.extract(text), "21/KH-SKHCN");
        assertThat(relations).filteredOn(r -> r.relation() == Relation.AMENDS)
                .extracting(r -> r.source().key(), r -> r.target().key()).containsExactly(tuple("138/QĐ-TTg", "1851/QĐ-TTg"));
        assertThat(relations).filteredOn(r -> r.relation() == Relation.BASIS).extracting(r -> r.target().key())
                .containsExactly("01/NQ-CP", "2999/QĐ-UBND", "14/CTr-UBND");
    }

    @Test
    void every_can_cu_line_of_the_eighteen_laws_is_read() throws IOException {
        List<Path> laws;
        try (Stream<Path> files = Files.list(LAWS)) {
            laws = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(laws).hasSize(18);
        int lines = 0;
        int constitution1992 = 0;
        int constitutionUnnamedYear = 0;
        int resolution51 = 0;
        for (Path law : laws) {
            String text = CitationExtractor.normalise(Files.readString(law));
            DocumentHeader header = DocumentHeader.read(text).orElseThrow();
            List<Citation> all = extractor.extract(text);
            List<DocumentRelation> basis = RelationReader.read(text, all, header.number().toString()).stream()
                    .filter(r -> r.relation() == Relation.BASIS).toList();
            assertThat(basis).as(law.toString()).isNotEmpty();
            lines += (int) basis.stream().map(DocumentRelation::evidence).distinct().count();
            for (DocumentRelation r : basis) {
                if (r.target().type() == DocumentType.HIEN_PHAP) {
                    if (Integer.valueOf(1992).equals(r.target().year())) {
                        constitution1992++;
                    } else {
                        constitutionUnnamedYear++;
                    }
                } else {
                    assertThat(r.target().number()).hasToString("51/2001/QH10");
                    assertThat(r.target().type()).isEqualTo(DocumentType.NGHI_QUYET);
                    resolution51++;
                }
            }
        }
        // 18 "Căn cứ" lines: 28 citations — the constitution in each (1992 in ten, unnamed in eight) and the
        // 2001 resolution amending it in the ten older laws.
        assertThat(lines).isEqualTo(18);
        assertThat(constitution1992).isEqualTo(10);
        assertThat(constitutionUnnamedYear).isEqualTo(8);
        assertThat(resolution51).isEqualTo(10);
    }

    @Test
    void law_headers_give_number_date_and_title() throws IOException {
        DocumentHeader kh = DocumentHeader.read(Files.readString(LAWS.resolve("Luat-khoa-hoc-va-cong-nghe-nam-2013-197387.txt")))
                .orElseThrow();
        assertThat(kh.number()).hasToString("29/2013/QH13");
        assertThat(kh.date()).isEqualTo(LocalDate.of(2013, 6, 18));
        assertThat(kh.type()).isEqualTo(DocumentType.LUAT);
        assertThat(kh.title()).isEqualTo("Luật Khoa học và công nghệ");
    }

    @Test
    void a_law_says_which_law_it_ends() throws IOException {
        String text = CitationExtractor.normalise(Files.readString(LAWS.resolve("Luat-khoa-hoc-va-cong-nghe-nam-2013-197387.txt")));
        assertThat(RelationReader.read(text, extractor.extract(text), "29/2013/QH13"))
                .filteredOn(r -> r.relation() == Relation.REPEALS).extracting(r -> r.target().key())
                .containsExactly("21/2000/QH10");
    }

    @Test
    void a_trich_yeu_is_read_only_where_the_citation_stands_as_a_name() throws IOException {
        // The seed plan: "Kế hoạch thực hiện Quyết định số 169/QĐ-TTg … ban hành Chiến lược … trên địa bàn tỉnh Hưng
        // Yên" — the words after 169 run on into the provincial plan's own name: no trích yếu for 169.
        List<Citation> plan = extractor.extract(Files.readString(SEED_PLAN));
        assertThat(plan).filteredOn(c -> c.key().equals("169/QĐ-TTg")).isNotEmpty().extracting(Citation::title)
                .containsOnlyNulls();
        // …but "sửa đổi, bổ sung một số điều của Quyết định số 1851/QĐ-TTG … về việc phê duyệt Đề án …;" names 1851.
        assertThat(plan).filteredOn(c -> c.key().equals("1851/QĐ-TTg")).extracting(Citation::title).containsOnly(
                "về việc phê duyệt Đề án thúc đẩy chuyển giao, làm chủ và phát triển công nghệ từ nước ngoài vào Việt Nam "
                        + "trong các ngành, lĩnh vực ưu tiên giai đoạn đến năm 2025, định hướng đến năm 2030");
        // Luật Sở hữu trí tuệ: "… được bảo hộ theo Nghị định số 54/2000/NĐ-CP … về … tiếp tục được bảo hộ theo quy định
        // của Luật này." — the citing sentence goes on after the decree's name; where it ends cannot be told.
        List<Citation> ip = extractor.extract(Files.readString(LAWS.resolve("Luat-So-huu-tri-tue-2005-50-2005-QH11-7022.txt")));
        assertThat(ip).filteredOn(c -> c.key().equals("54/2000/NĐ-CP")).isNotEmpty().extracting(Citation::title)
                .containsOnlyNulls();
    }

    @Test
    void a_trich_yeu_stops_where_the_citing_sentence_says_what_happens_to_the_document() {
        // Nghị định 160/2026/NĐ-CP, Điều on effect, as the gazette prints it.
        Citation ended = only(extractor.extract("2. Nghị định số 59/2020/NĐ-CP ngày 20 tháng 3 năm 2020 của Chính phủ \n"
                + "quy định cơ sở dữ liệu về thi hành án hình sự hết hiệu lực kể từ ngày Nghị định \nnày có hiệu lực thi hành."));
        assertThat(ended.title()).isEqualTo("quy định cơ sở dữ liệu về thi hành án hình sự");
        Citation basis = only(extractor.extract("Căn cứ Quyết định số 1851/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ "
                + "phê duyệt Đề án thúc đẩy chuyển giao công nghệ;\nTheo đề nghị của Giám đốc Sở Khoa học và Công nghệ."));
        assertThat(basis.title()).isEqualTo("phê duyệt Đề án thúc đẩy chuyển giao công nghệ");
        // The seed plan's "Thực hiện …" paragraph ends with a comma; the next paragraph is not part of the name.
        Citation programme = extractor.extract("Thực hiện Chương trình hành động số 14/CTr-UBND ngày 20/01/2022 của UBND "
                + "tỉnh về những nhiệm vụ giải pháp chủ yếu năm 2022 tỉnh Hưng Yên,\n\nTrên cơ sở đánh giá các chỉ tiêu "
                + "phát triển kinh tế - xã hội năm 2021, Sở Khoa học và Công nghệ xây dựng kế hoạch.").getFirst();
        assertThat(programme.title()).isEqualTo("về những nhiệm vụ giải pháp chủ yếu năm 2022 tỉnh Hưng Yên");
    }
}
