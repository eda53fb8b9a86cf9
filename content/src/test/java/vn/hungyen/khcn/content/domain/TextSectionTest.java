package vn.hungyen.khcn.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextSectionTest {

    @Test
    void a_stored_section_reads_back_the_same() {
        TextSection eight = new TextSection("dieu-8", 4_217, "Điều 8");
        assertThat(eight.stored()).isEqualTo("4217\u001Fdieu-8\u001FĐiều 8");
        assertThat(TextSection.fromStored(eight.stored())).isEqualTo(eight);
    }

    @Test
    void an_anchor_that_is_no_plain_id_or_a_negative_start_is_refused() {
        assertThatThrownBy(() -> new TextSection("điều-8", 0, "Điều 8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextSection("dieu 8", 0, "Điều 8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextSection("dieu-8", -1, "Điều 8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextSection.fromStored("dieu-8")).isInstanceOf(IllegalArgumentException.class);
    }
}
