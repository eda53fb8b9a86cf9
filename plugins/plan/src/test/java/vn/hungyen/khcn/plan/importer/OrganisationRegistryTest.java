package vn.hungyen.khcn.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationRegistryTest {

    private final OrganisationRegistry registry = OrganisationRegistry.load();

    @Test
    void the_standards_office_abbreviation_is_the_same_unit() {
        assertThat(registry.resolve("Chi cục TCĐLCL")).isEqualTo("Chi cục Tiêu chuẩn Đo lường Chất lượng");
        assertThat(registry.resolve("Chi cục Tiêu Chuẩn Đo lường Chất lượng")).isEqualTo("Chi cục Tiêu chuẩn Đo lường Chất lượng");
    }

    @Test
    void the_information_centre_spellings_are_one_unit() {
        String canonical = "Trung tâm Thông tin, thống kê, ứng dụng KH&CN";
        assertThat(registry.resolve("Trung tâm TTTK,UD KH&CN")).isEqualTo(canonical);
        assertThat(registry.resolve("Trung tâm TTTK, UD KH&CN")).isEqualTo(canonical);
        assertThat(registry.resolve("Trung tâm Thông tin, thống kê, ứng dụng KH&CN")).isEqualTo(canonical);
        assertThat(registry.resolve("Trung tâm Thông tin, thống kê, ứng dụng khoa học và công nghệ")).isEqualTo(canonical);
    }

    @Test
    void the_technology_market_office_spellings_are_one_unit() {
        String canonical = "Phòng Quản lý Công nghệ và Thị trường Công nghệ";
        for (String spelling : new String[] {"Phòng QL CN&TT CN", "Phòng QL CN&TTCN", "Phòng Quản lý CN& TTCN",
                "Phòng Quản lý CN&TT CN", "Phòng Quản lý Công nghệ và Thị trường Công nghệ", "  phòng quản lý  CN&TTCN. "}) {
            assertThat(registry.resolve(spelling)).as(spelling).isEqualTo(canonical);
        }
    }

    @Test
    void a_comma_separates_units_but_not_the_parts_of_a_collective() {
        assertThat(registry.splitUnits("Văn phòng Sở, các đơn vị trực thuộc")).containsExactly("Văn phòng Sở", "các đơn vị trực thuộc");
        assertThat(registry.splitUnits("Các phòng, đơn vị thuộc Sở")).containsExactly("Các phòng, đơn vị thuộc Sở");
        assertThat(registry.splitUnits("Văn phòng Sở, Trung tâm TTTK,UD KH&CN")).containsExactly("Văn phòng Sở", "Trung tâm TTTK,UD KH&CN");
    }

    @Test
    void và_separates_only_when_both_sides_are_units() {
        assertThat(registry.splitUnits("Văn phòng và các phòng chuyên môn thuộc Sở")).containsExactly("Văn phòng và các phòng chuyên môn thuộc Sở");
        assertThat(registry.splitUnits("Sở Giáo dục và Đào tạo")).containsExactly("Sở Giáo dục và Đào tạo");
        assertThat(registry.splitUnits("Chi cục Tiêu Chuẩn Đo lường Chất lượng và các phòng chuyên môn thuộc Sở"))
                .containsExactly("Chi cục Tiêu Chuẩn Đo lường Chất lượng", "các phòng chuyên môn thuộc Sở");
        assertThat(registry.splitUnits("Các phòng chuyên môn và Trung tâm TTTK, UD KH&CN"))
                .containsExactly("Các phòng chuyên môn", "Trung tâm TTTK, UD KH&CN");
    }

    @Test
    void semicolons_always_separate() {
        assertThat(registry.resolveAll("Văn phòng Sở, Sở Giáo dục và Đào tạo; Liên hiệp các hội KH&KT; Liên đoàn Lao động tỉnh"))
                .containsExactly("Văn phòng Sở", "Sở Giáo dục và Đào tạo", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh",
                        "Liên đoàn Lao động tỉnh");
    }

    @Test
    void an_unknown_unit_is_kept_verbatim_and_listed() {
        OrganisationRegistry session = registry.copy();
        assertThat(session.resolve("  Ban  Quản lý các khu công nghiệp ")).isEqualTo("Ban Quản lý các khu công nghiệp");
        assertThat(session.resolve("Ban quản lý các khu công nghiệp.")).isEqualTo("Ban Quản lý các khu công nghiệp");
        assertThat(session.unknownNames()).containsExactly("Ban Quản lý các khu công nghiệp");
        assertThat(registry.unknownNames()).isEmpty();
        assertThat(session.splitUnits("Phòng Alpha, Phòng Beta")).containsExactly("Phòng Alpha", "Phòng Beta");
    }

    @Test
    void unit_lists_run_together_are_cut_where_every_part_is_known() {
        assertThat(registry.splitRunTogether("Văn phòng Sở, các đơn vị trực thuộc Văn phòng Sở Văn phòng Sở", 3))
                .containsExactly("Văn phòng Sở, các đơn vị trực thuộc", "Văn phòng Sở", "Văn phòng Sở");
        assertThat(registry.splitRunTogether("Văn phòng Sở, các đơn vị trực thuộc Các phòng, đơn vị thuộc Sở", 2))
                .containsExactly("Văn phòng Sở, các đơn vị trực thuộc", "Các phòng, đơn vị thuộc Sở");
    }

    @Test
    void no_two_entries_of_the_data_file_name_the_same_unit() {
        // Loading throws when one spelling maps to two canonical names; here: every canonical name is its own.
        assertThat(registry.organisations()).extracting(o -> registry.resolve(o.canonicalName()))
                .doesNotHaveDuplicates();
    }
}
