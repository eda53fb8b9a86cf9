package vn.hungyen.khcn.content.intake.vietnamese;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegacyEncodingTest {

    private final Syllables syllables = Syllables.bundled();

    /** Every Vietnamese letter, lower and upper case, and đ. */
    private static final String LETTERS = "aáàảãạăắằẳẵặâấầẩẫậeéèẻẽẹêếềểễệiíìỉĩịoóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữựyýỳỷỹỵđ";

    /** Sentences of the department's plan 21/KH-SKHCN and of the Law on Science and Technology 2013. */
    private static final String PLAN = """
            Thực hiện các chỉ tiêu phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2022 của Sở Khoa học và Công nghệ tỉnh Hưng Yên
            b) Xây dựng và tổ chức thực hiện đồng bộ các nhiệm vụ, giải pháp nâng cao hiệu quả công tác của toàn ngành so với năm 2021.
            Nhà nước bảo đảm quyền tự do sáng tạo của tổ chức, cá nhân trong hoạt động khoa học và công nghệ; ưu tiên phát triển nguồn nhân lực.""";

    @Test
    void tcvn3_round_trips_every_lower_case_letter_and_the_seven_capitals() {
        String all = LETTERS + "ĂÂĐÊÔƠƯ";
        assertThat(LegacyEncoding.TCVN3.decode(LegacyEncoding.TCVN3.encode(all))).isEqualTo(all);
        // one byte per letter, every one in the Latin-1 upper half and distinct
        String encoded = LegacyEncoding.TCVN3.encode(LETTERS.replaceAll("[aeiouy]", ""));
        assertThat(encoded.chars()).allMatch(c -> c >= 0xA0 && c <= 0xFF);
        assertThat(encoded.chars().distinct().count()).isEqualTo(encoded.length());
    }

    @Test
    void vni_round_trips_every_letter_in_both_cases() {
        String all = LETTERS + LETTERS.toUpperCase(java.util.Locale.ROOT);
        assertThat(LegacyEncoding.VNI.decode(LegacyEncoding.VNI.encode(all))).isEqualTo(all);
        for (char c : all.toCharArray()) {
            assertThat(LegacyEncoding.VNI.decode(LegacyEncoding.VNI.encode(String.valueOf(c)))).isEqualTo(String.valueOf(c));
        }
    }

    @Test
    void reads_text_typed_in_tcvn3_fonts_as_written_by_hand() {
        // Written byte by byte from the TCVN3 code chart, not from the table under test.
        assertThat(LegacyEncoding.TCVN3.decode("Së Khoa häc vµ C«ng nghÖ tØnh H\u00ADng Yªn"))
                .isEqualTo("Sở Khoa học và Công nghệ tỉnh Hưng Yên");
        assertThat(LegacyEncoding.TCVN3.decode("Qu¶n lý")).isEqualTo("Quản lý");
        // a heading typed in .VnTimeH: lower-case codes under ASCII capitals
        assertThat(LegacyEncoding.TCVN3.decode("KÕ HO¹CH")).isEqualTo("KẾ HOẠCH");
        assertThat(LegacyEncoding.TCVN3.decode("Sè: 21/KH-SKHCN")).isEqualTo("Số: 21/KH-SKHCN");
    }

    @Test
    void reads_text_typed_in_vni_fonts_as_written_by_hand() {
        assertThat(LegacyEncoding.VNI.decode("Sôû Khoa hoïc vaø Coâng ngheä tænh Höng Yeân"))
                .isEqualTo("Sở Khoa học và Công nghệ tỉnh Hưng Yên");
        assertThat(LegacyEncoding.VNI.decode("Quaûn lyù")).isEqualTo("Quản lý");
        assertThat(LegacyEncoding.VNI.decode("ÑIEÀU 1. Phaïm vi ñieàu chænh")).isEqualTo("ĐIỀU 1. Phạm vi điều chỉnh");
    }

    @Test
    void detects_and_converts_whole_sentences_exactly() {
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            Optional<LegacyEncoding.Converted> converted = LegacyEncoding.convert(encoding.encode(PLAN), syllables);
            assertThat(converted).as(encoding.name()).isPresent();
            assertThat(converted.get().text()).isEqualTo(PLAN);
            assertThat(converted.get().from()).isEqualTo(encoding);
            assertThat(converted.get().lines()).isEqualTo(3);
        }
    }

    @Test
    void leaves_unicode_text_alone_even_beside_legacy_lines() {
        assertThat(LegacyEncoding.convert(PLAN, syllables)).isEmpty();
        assertThat(LegacyEncoding.convert("Café, résumé: déjà vu", syllables)).isEmpty();
        String mixed = "Số: 21/KH-SKHCN\n" + LegacyEncoding.TCVN3.encode("Trên cơ sở đánh giá các chỉ tiêu phát triển");
        assertThat(LegacyEncoding.convert(mixed, syllables).orElseThrow().text())
                .isEqualTo("Số: 21/KH-SKHCN\nTrên cơ sở đánh giá các chỉ tiêu phát triển");
    }
}
