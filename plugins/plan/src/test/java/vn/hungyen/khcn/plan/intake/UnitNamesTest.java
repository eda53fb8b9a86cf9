package vn.hungyen.khcn.plan.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.plan.importer.OrganisationRegistry;

class UnitNamesTest {

    private final UnitNames units = new UnitNames(OrganisationRegistry.load().copy());

    @Test
    void a_list_of_ministries_is_split_and_its_catch_all_dropped() {
        UnitNames.Read read = units.read("Bộ Công an, Bộ Quốc phòng và các bộ, ngành liên quan");
        assertThat(read.units()).containsExactly("Bộ Công an", "Bộ Quốc phòng");
        assertThat(read.dropped()).containsExactly("các bộ, ngành liên quan");
        assertThat(read.unknown()).isEmpty();
    }

    @Test
    void abbreviations_resolve_to_the_canonical_name() {
        assertThat(units.read("UBND tỉnh").units()).containsExactly("Ủy ban nhân dân tỉnh");
        assertThat(units.read("Sở KH&CN").units()).containsExactly("Sở Khoa học và Công nghệ");
        assertThat(units.read("Bộ TT&TT").units()).containsExactly("Bộ Thông tin và Truyền thông");
    }

    @Test
    void a_name_with_a_comma_and_and_stays_one_unit() {
        assertThat(units.read("Sở Văn hóa, Thể thao và Du lịch; Sở Giáo dục và Đào tạo").units())
                .containsExactly("Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo");
    }

    @Test
    void text_a_pdf_glued_after_a_known_unit_is_cut_off_and_legal_references_are_no_units() {
        // Lines of NQ 6616/2026/NQ-CP's appendix as the gazette text has them: the provisions' column runs into the
        // lead unit's cell.
        assertThat(units.read("Bộ Khoa học và Công nghệ Điểm a khoản 4 Điều 20a; Điểm c khoản 1 Điều 22").units())
                .containsExactly("Bộ Khoa học và Công nghệ");
        assertThat(units.read("Bộ Y tế xã hội, được sửa đổi, bổ sung bởi Nghị định số 140/2018/NĐ-CP. Điều 29").units())
                .containsExactly("Bộ Y tế");
        // A known name followed by the rest of a longer name stays whole.
        assertThat(units.read("Sở Nội vụ tỉnh").units()).containsExactly("Sở Nội vụ tỉnh");
    }

    @Test
    void catch_alls_alone_name_no_unit() {
        UnitNames.Read read = units.read("Các cơ quan, đơn vị, địa phương");
        assertThat(read.units()).isEmpty();
        assertThat(units.read("Các sở, ban, ngành liên quan").units()).isEmpty();
    }

    @Test
    void a_unit_the_registry_does_not_know_is_kept_and_reported() {
        UnitNames.Read read = units.read("Sở Nội vụ; Ban Dân tộc tỉnh");
        assertThat(read.units()).containsExactly("Sở Nội vụ", "Ban Dân tộc tỉnh");
        assertThat(read.unknown()).containsExactly("Ban Dân tộc tỉnh");
        assertThat(units.unknown()).containsExactly("Ban Dân tộc tỉnh");
    }

    @Test
    void a_heading_that_names_a_unit_is_told_from_one_that_does_not() {
        assertThat(units.looksLikeUnit("Bộ Nội vụ")).isTrue();
        assertThat(units.looksLikeUnit("Ủy ban nhân dân các tỉnh, thành phố")).isTrue();
        assertThat(units.looksLikeUnit("Bộ phận khác Tổng số Ghi chú")).isFalse();
        assertThat(units.looksLikeUnit("Trường hợp thay đổi phạm vi được chỉ định")).isFalse();
    }
}
