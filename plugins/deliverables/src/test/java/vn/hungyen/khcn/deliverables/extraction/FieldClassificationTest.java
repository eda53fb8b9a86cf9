package vn.hungyen.khcn.deliverables.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldClassificationTest {

    private final FieldClassification table = FieldClassification.load();

    @Test
    void the_table_has_the_six_official_fields_and_46_sectors() {
        assertThat(table.fields()).extracting(Field::code, Field::nameVi).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", "Khoa học tự nhiên"),
                org.assertj.core.groups.Tuple.tuple("2", "Khoa học kỹ thuật và công nghệ"),
                org.assertj.core.groups.Tuple.tuple("3", "Khoa học y, dược"),
                org.assertj.core.groups.Tuple.tuple("4", "Khoa học nông nghiệp"),
                org.assertj.core.groups.Tuple.tuple("5", "Khoa học xã hội"),
                org.assertj.core.groups.Tuple.tuple("6", "Khoa học nhân văn"));
        assertThat(table.all()).filteredOn(f -> !f.isTopLevel()).hasSize(46);
        assertThat(table.sectorsOf("4")).extracting(Field::nameVi).startsWith("Trồng trọt", "Chăn nuôi", "Thú y",
                "Lâm nghiệp", "Thủy sản");
    }

    @Test
    void a_sector_is_within_its_field_and_itself_but_not_another_field() {
        assertThat(table.isWithin("405", "4")).isTrue();
        assertThat(table.isWithin("405", "405")).isTrue();
        assertThat(table.isWithin("405", "5")).isFalse();
    }

    @Test
    void a_sector_of_an_unknown_field_is_refused() {
        assertThatThrownBy(() -> new FieldClassification(List.of(new Field("701", "7", "Không có", "None"))))
                .hasMessageContaining("unknown field 7");
    }
}
