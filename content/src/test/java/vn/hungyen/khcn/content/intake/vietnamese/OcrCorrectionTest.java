package vn.hungyen.khcn.content.intake.vietnamese;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrCorrectionTest {

    private final OcrCorrection correction = new OcrCorrection(Syllables.bundled());

    @Test
    void the_inventory_holds_the_syllables_of_the_laws_and_plan_and_not_the_misreadings() {
        Syllables s = Syllables.bundled();
        assertThat(s.size()).isGreaterThan(1500);
        assertThat(s.known("thể")).isTrue();
        assertThat(s.known("Cuối")).isTrue();
        assertThat(s.known("thê")).isFalse();
        assertThat(s.known("cuôi")).isFalse();
        assertThat(s.pair("Cần", "Thơ")).isPositive();
        assertThat(s.sameLetters("the")).contains("thể", "thế");
    }

    @Test
    void corrects_syllables_that_do_not_exist_to_the_clearly_best_marking() {
        var r = correction.correct("Có thê áp dụng đến cuôi năm 2022");
        assertThat(r.text()).isEqualTo("Có thể áp dụng đến cuối năm 2022");
        assertThat(r.changes()).extracting(OcrCorrection.Change::read, OcrCorrection.Change::corrected)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("thê", "thể"),
                        org.assertj.core.groups.Tuple.tuple("cuôi", "cuối"));
    }

    @Test
    void re_marks_a_valid_syllable_that_its_neighbours_contradict() {
        assertThat(correction.correct("Cân Thơ, ngày 15 tháng 9 năm 2025").text())
                .isEqualTo("Cần Thơ, ngày 15 tháng 9 năm 2025");
        // "cân đối" is a pair of its own: left as it is
        assertThat(correction.correct("bảo đảm cân đối ngân sách").text()).isEqualTo("bảo đảm cân đối ngân sách");
    }

    @Test
    void reads_digits_misread_as_letters_in_dates() {
        var r = correction.correct("Hưng Yên, ngày 3 Ì tháng 12 năm 2O22");
        assertThat(r.text()).isEqualTo("Hưng Yên, ngày 31 tháng 12 năm 2022");
        assertThat(r.changes()).hasSize(2);
    }

    @Test
    void drops_specks_read_as_signs_and_joins_a_number_broken_after_its_hyphen() {
        assertThat(correction.correct("Số: 21/KH- SKHCN _\n__b) Các phòng , đơn vị . trực thuộc").text())
                .isEqualTo("Số: 21/KH-SKHCN\nb) Các phòng đơn vị trực thuộc");
        // a common syllable takes much evidence to re-mark: "tử đó" (seen 7 times) does not turn "từ đó" into it,
        // "nội dung" (523) turns "nội dụng" (never seen) into "nội dung"
        assertThat(correction.correct("hạn chế, từ đó đề ra").text()).isEqualTo("hạn chế, từ đó đề ra");
        assertThat(correction.correct("về nội dụng, hình thức").text()).isEqualTo("về nội dung, hình thức");
    }

    @Test
    void keeps_capitals_abbreviations_and_correct_text() {
        assertThat(correction.correct("QUYÊT ĐỊNH").text()).isEqualTo("QUYẾT ĐỊNH");
        String clean = "Số: 21/KH-SKHCN của Sở Khoa học và Công nghệ tỉnh Hưng Yên; UBND, HĐND tỉnh.";
        var r = correction.correct(clean);
        assertThat(r.text()).isEqualTo(clean);
        assertThat(r.changes()).isEmpty();
    }
}
