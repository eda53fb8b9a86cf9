package vn.hungyen.khcn.content.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class DiacriticsTest {

    @Test
    void stripsEveryMarkAndDKeepingCase() {
        assertThat(Diacritics.strip("Quyết định 1851/QĐ-TTg về Đề án phát triển thị trường"))
                .isEqualTo("Quyet dinh 1851/QD-TTg ve De an phat trien thi truong");
        assertThat(Diacritics.strip("Nghị định")).isEqualTo("Nghi dinh");
    }

    @Test
    void decomposedInputAndOldToneMarksFoldTheSame() {
        String decomposed = Normalizer.normalize("Hòa Thúy", Normalizer.Form.NFD);
        assertThat(Diacritics.strip(decomposed)).isEqualTo("Hoa Thuy");
        assertThat(Diacritics.key("hoà")).isEqualTo(Diacritics.key("HÒA")).isEqualTo("hoa");
    }

    @Test
    void tellsWhetherTheUserTypedDiacritics() {
        assertThat(Diacritics.present("sở hữu trí tuệ")).isTrue();
        assertThat(Diacritics.present("dang ky")).isFalse();
        assertThat(Diacritics.present("đ")).isTrue();
        assertThat(Diacritics.present(Normalizer.normalize("công", Normalizer.Form.NFD))).isTrue();
    }
}
