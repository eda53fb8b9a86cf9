package vn.hungyen.khcn.legal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Relations per clause, on sentences shaped as the examples and the Công báo sample print them. */
class RelationReaderTest {

    private final CitationExtractor extractor = new CitationExtractor();

    private List<DocumentRelation> read(String text) {
        String t = CitationExtractor.normalise(text);
        return RelationReader.read(t, extractor.extract(t), null);
    }

    private static List<String> own(List<DocumentRelation> relations, Relation relation) {
        return relations.stream().filter(r -> r.source() == null && r.relation() == relation)
                .map(r -> r.target().key()).toList();
    }

    @Test
    void an_amended_basis_gives_basis_for_both_and_the_amendment_between_them() {
        List<DocumentRelation> r = read("NGHỊ QUYẾT\nCăn cứ Luật Đầu tư công số 49/2019/QH14 được sửa đổi, bổ sung bởi "
                + "Luật số 23/2023/QH15;\nQUYẾT NGHỊ:\nĐiều 1. Phạm vi điều chỉnh");
        assertThat(own(r, Relation.BASIS)).containsExactly("49/2019/QH14", "23/2023/QH15");
        assertThat(r).filteredOn(x -> x.source() != null).extracting(x -> x.source().key(), DocumentRelation::relation,
                x -> x.target().key()).containsExactly(tuple("23/2023/QH15", Relation.AMENDS, "49/2019/QH14"));
    }

    @Test
    void replaces_repeals_and_items_under_a_repealing_lead_in() {
        List<DocumentRelation> r = read("Điều 3. Hiệu lực thi hành\n"
                + "1. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1480/QĐ-TTg ngày 29 tháng 8 "
                + "năm 2019 của Thủ tướng Chính phủ.\n"
                + "2. Các Nghị định sau hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành:\n"
                + "a) Nghị định số 24/2015/NĐ-CP ngày 27 tháng 02 năm 2015 của Chính phủ;\n"
                + "b) Nghị định số 06/2024/NĐ-CP ngày 25 tháng 01 năm 2024 của Chính phủ sửa đổi, bổ sung một số điều "
                + "của Nghị định 08/2021/NĐ-CP ngày 28 tháng 01 năm 2021 của Chính phủ.\n"
                + "3. Bãi bỏ các quy định sau:\n"
                + "a) Điều 3 Nghị định số 128/2018/NĐ-CP ngày 24 tháng 9 năm 2018 của Chính phủ;");
        assertThat(own(r, Relation.REPLACES)).containsExactly("1480/QĐ-TTg");
        assertThat(own(r, Relation.REPEALS)).containsExactly("24/2015/NĐ-CP", "06/2024/NĐ-CP");
        assertThat(own(r, Relation.REPEALS_IN_PART)).containsExactly("128/2018/NĐ-CP");
        assertThat(own(r, Relation.REFERS)).containsExactly("08/2021/NĐ-CP");
    }

    @Test
    void plans_to_amend_are_no_relations_but_an_article_amending_a_decree_is() {
        List<DocumentRelation> plans = read("Điều 2. Nhiệm vụ\n"
                + "1. Bộ Tài chính chủ trì xây dựng Nghị định sửa đổi, bổ sung Nghị định số 24/2024/NĐ-CP.\n"
                + "2. Sửa đổi cơ chế tài chính thực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị.");
        assertThat(plans).extracting(DocumentRelation::relation).containsOnly(Relation.REFERS);
        List<DocumentRelation> amends = read("Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 72/2015/NĐ-CP "
                + "ngày 07 tháng 9 năm 2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại\n"
                + "Điều 2. Thay thế, bãi bỏ một số cụm từ tại Nghị định số 72/2015/NĐ-CP");
        assertThat(own(amends, Relation.AMENDS)).containsExactly("72/2015/NĐ-CP", "72/2015/NĐ-CP");
    }

    @Test
    void an_item_after_an_amendment_dated_no_later_than_the_amended_document_is_a_basis_of_its_own() {
        // Quyết định 333/QĐ-BTC: 79/2025/NĐ-CP (01/4/2025, "về kiểm tra, rà soát …") cannot amend 78/2025/NĐ-CP of the
        // same day; only 187/2025/NĐ-CP (01/7/2025) does.
        List<DocumentRelation> r = read("QUYẾT ĐỊNH\nCăn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính \n"
                + "phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành \n"
                + "Luật Ban hành văn bản quy phạm pháp luật được sửa đổi, bổ sung bởi Nghị \n"
                + "định số 187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 và Nghị định số \n"
                + "79/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ về kiểm tra, rà soát, \n"
                + "hệ thống hóa và xử lý văn bản quy phạm pháp luật;\nQUYẾT ĐỊNH:\nĐiều 1. Phạm vi");
        // the law the decree guides, named without its number, is a basis too (legal/law-names.tsv: 64/2025/QH15)
        assertThat(own(r, Relation.BASIS)).containsExactly("78/2025/NĐ-CP", "64/2025/QH15", "187/2025/NĐ-CP", "79/2025/NĐ-CP");
        assertThat(r).filteredOn(x -> x.source() != null).extracting(x -> x.source().key(), DocumentRelation::relation,
                x -> x.target().key()).containsExactly(tuple("187/2025/NĐ-CP", Relation.AMENDS, "78/2025/NĐ-CP"));
    }

    @Test
    void another_documents_end_as_a_time_limit_and_a_repeal_of_something_else_are_no_repeals() {
        // Nghị định 147/2026/NĐ-CP, Điều 6 and Điều 13.
        List<DocumentRelation> r = read("Điều 6. Tiền sử dụng đất\n5. Trường hợp quy định tại điểm c khoản 1 Điều 12 "
                + "Nghị quyết số 29/2026/QH16 thì nhà đầu tư không phải nộp tiền sử dụng đất, tiền thuê đất đối với thời "
                + "gian từ ngày bãi bỏ quyết định giao đất, cho thuê đất đến ngày được cơ quan nhà nước có thẩm quyền ban "
                + "hành quyết định giao đất, cho thuê đất theo quy định tại Nghị quyết số 29/2026/QH16 và Nghị định này.\n"
                + "Điều 13. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày 07 tháng 5 năm 2026 đến "
                + "ngày các quy định về cơ chế, chính sách đặc thù tháo gỡ khó khăn, vướng mắc cho các dự án tồn đọng, kéo "
                + "dài quy định tại Nghị quyết số 29/2026/QH16 hết hiệu lực thi hành.\n"
                + "2. Nghị định số 59/2020/NĐ-CP ngày 20 tháng 3 năm 2020 của Chính phủ quy định cơ sở dữ liệu về thi "
                + "hành án hình sự hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.");
        assertThat(own(r, Relation.REPEALS)).containsExactly("59/2020/NĐ-CP");
        assertThat(own(r, Relation.REPEALS_IN_PART)).isEmpty();
        assertThat(own(r, Relation.REFERS)).containsOnly("29/2026/QH16").hasSize(3);
    }

    @Test
    void a_numbered_law_amends_the_laws_it_names_without_their_numbers() {
        // Thông tư 25/2024/TT-BKHĐT, preamble.
        List<DocumentRelation> r = read("THÔNG TƯ\nCăn cứ Luật số 56/2024/QH15 ngày 29 tháng 11 năm 2024 về sửa đổi, bổ sung \n"
                + "một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, Luật Ngân \n"
                + "sách nhà nước, Luật Quản lý, sử dụng tài sản công, Luật Quản lý thuế, Luật Thuế thu \n"
                + "nhập cá nhân, Luật Dự trữ quốc gia, Luật Xử lý vi phạm hành chính;\n"
                + "Căn cứ Luật Thủ đô ngày 28 tháng 6 năm 2024;\nĐiều 1. Phạm vi");
        List<String> amended = r.stream().filter(x -> x.source() != null && x.relation() == Relation.AMENDS)
                .peek(x -> assertThat(x.source().key()).isEqualTo("56/2024/QH15")).map(x -> x.target().name()).toList();
        assertThat(amended).startsWith("Luật Chứng khoán", "Luật Kế toán").endsWith("Luật Xử lý vi phạm hành chính")
                .doesNotContain("Luật Thủ đô");
        // a law the table knows is amended by its number
        assertThat(r).filteredOn(x -> x.source() != null && x.target().number() != null)
                .extracting(x -> x.target().key()).contains("54/2019/QH14", "38/2019/QH14");
    }
}
