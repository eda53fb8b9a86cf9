package vn.hungyen.khcn.legal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void two_spellings_of_the_prime_ministers_decision_are_one_number() {
        assertThat(DocumentNumber.parse("1851/QĐ-TTG")).isEqualTo(DocumentNumber.parse("1851/QĐ-TTg"));
        assertThat(DocumentNumber.parse("1851/QĐ-TTG")).hasToString("1851/QĐ-TTg");
    }

    @Test
    void stray_spaces_and_en_dashes_are_dropped_from_the_symbol() {
        assertThat(DocumentNumber.parse("13/2015/TT- BVHTTDL")).hasToString("13/2015/TT-BVHTTDL");
        assertThat(DocumentNumber.parse("60/2021/NĐ–CP")).hasToString("60/2021/NĐ-CP");
        assertThat(DocumentNumber.parse("19 - NQ/TW")).hasToString("19-NQ/TW");
    }

    @Test
    void slug_is_the_stable_url_part() {
        assertThat(DocumentNumber.parse("60/2021/NĐ-CP").slug()).isEqualTo("60-2021-nd-cp");
        assertThat(DocumentNumber.parse("14/CTr-UBND").slug()).isEqualTo("14-ctr-ubnd");
        assertThat(DocumentNumber.parse("19-NQ/TW").slug()).isEqualTo("19-nq-tw");
    }

    @Test
    void numbers_below_ten_carry_the_registers_leading_zero() {
        assertThat(DocumentNumber.parse("1/NQ-CP")).isEqualTo(DocumentNumber.parse("01/NQ-CP"));
        assertThat(DocumentNumber.parse("5/2007/QH12")).hasToString("05/2007/QH12");
    }

    @Test
    void parts_tell_year_type_and_issuer() {
        DocumentNumber decree = DocumentNumber.parse("60/2021/NĐ-CP");
        assertThat(decree.serial()).isEqualTo("60");
        assertThat(decree.year()).contains(2021);
        assertThat(decree.typeBySymbol()).isEqualTo(DocumentType.NGHI_DINH);
        assertThat(decree.issuerCode()).isEqualTo("CP");
        assertThat(DocumentNumber.parse("29/2013/QH13").typeBySymbol()).isEqualTo(DocumentType.LUAT);
        assertThat(DocumentNumber.parse("29/2013/QH13").hasTypeCode()).isFalse();
    }

    @Test
    void month_ranges_and_year_ranges_are_not_numbers() {
        assertThat(DocumentNumber.tryParse("3- Tháng")).isEmpty();
        assertThat(DocumentNumber.tryParse("2021-2030")).isEmpty();
        assertThatThrownBy(() -> DocumentNumber.parse("KH&CN")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issuer_follows_from_the_symbol() {
        assertThat(Issuers.fromSymbol(DocumentNumber.parse("01/NQ-CP"), null)).contains("Chính phủ");
        assertThat(Issuers.fromSymbol(DocumentNumber.parse("169/QĐ-TTg"), null)).contains("Thủ tướng Chính phủ");
        assertThat(Issuers.fromSymbol(DocumentNumber.parse("2999/QĐ-UBND"), "Hưng Yên")).contains("Ủy ban nhân dân tỉnh Hưng Yên");
        assertThat(Issuers.fromSymbol(DocumentNumber.parse("19-NQ/TW"), null)).contains("Ban Chấp hành Trung ương Đảng");
        assertThat(Issuers.fromSymbol(DocumentNumber.parse("29/2013/QH13"), null)).contains("Quốc hội");
        assertThat(Issuers.fromSymbol(DocumentNumber.parse("21/KH-SKHCN"), "Hưng Yên"))
                .contains("Sở Khoa học và Công nghệ tỉnh Hưng Yên");
    }
}
