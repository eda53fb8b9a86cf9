package vn.hungyen.khcn.legal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.spi.CitationClass;

/** The number grammar of {@code legal/number-symbols.tsv} on the forms the issue and the Công báo sample print. */
class NumberGrammarTest {

    @Test
    void dotted_serials_and_a_dash_before_the_year_are_numbers() {
        assertThat(DocumentNumber.parse("66.16/2026/NQ-CP")).hasToString("66.16/2026/NQ-CP");
        assertThat(DocumentNumber.parse("66.16/2026/NQ-CP").typeBySymbol()).isEqualTo(DocumentType.NGHI_QUYET);
        assertThat(DocumentNumber.parse("28-2024/CTHĐQT-DA")).hasToString("28-2024/CTHĐQT-DA");
        assertThat(DocumentNumber.parse("28-2024/CTHĐQT-DA").year()).contains(2024);
    }

    @Test
    void a_footnote_mark_glued_to_a_known_issuer_is_dropped_but_a_legislatures_number_stays() {
        assertThat(DocumentNumber.parse("66-NQ/TW1")).isEqualTo(DocumentNumber.parse("66-NQ/TW"));
        assertThat(DocumentNumber.parse("09/2026/NĐ-CP4")).hasToString("09/2026/NĐ-CP");
        assertThat(DocumentNumber.parse("29/2013/QH13")).hasToString("29/2013/QH13");
        assertThat(DocumentNumber.parse("17/2022/UBTVQH15")).hasToString("17/2022/UBTVQH15");
        assertThat(DocumentNumber.parse("1006/BC-UBXH15")).hasToString("1006/BC-UBXH15");
    }

    @Test
    void each_number_gets_its_class_legal_party_or_administrative() {
        assertThat(DocumentNumber.parse("60/2021/NĐ-CP").citationClass()).isEqualTo(CitationClass.LEGAL);
        assertThat(DocumentNumber.parse("45/2019/QH14").citationClass()).isEqualTo(CitationClass.LEGAL);
        assertThat(DocumentNumber.parse("03/2021/UBTVQH15").citationClass()).isEqualTo(CitationClass.LEGAL);
        assertThat(DocumentNumber.parse("19/2024/VBHN-BTC").citationClass()).isEqualTo(CitationClass.LEGAL);
        assertThat(DocumentNumber.parse("34-KL/TW").citationClass()).isEqualTo(CitationClass.PARTY);
        assertThat(DocumentNumber.parse("57-NQ/TW").citationClass()).isEqualTo(CitationClass.PARTY);
        assertThat(DocumentNumber.parse("10-QĐ/TW").citationClass()).isEqualTo(CitationClass.PARTY);
        assertThat(DocumentNumber.parse("609/TTr-BYT").citationClass()).isEqualTo(CitationClass.ADMINISTRATIVE);
        assertThat(DocumentNumber.parse("609/TTR-BYT")).hasToString("609/TTr-BYT");
        assertThat(DocumentNumber.parse("436/BC-UBVHXH15").citationClass()).isEqualTo(CitationClass.ADMINISTRATIVE);
        assertThat(DocumentNumber.parse("12/CĐ-TTg").citationClass()).isEqualTo(CitationClass.ADMINISTRATIVE);
        assertThat(DocumentNumber.parse("1234/BTC-CST").citationClass()).isEqualTo(CitationClass.ADMINISTRATIVE);
        assertThat(DocumentNumber.parse("70/KH-UBND").citationClass()).isEqualTo(CitationClass.ADMINISTRATIVE);
    }

    @Test
    void laws_named_without_a_number_resolve_through_the_registry_of_laws_by_their_date() {
        CitationExtractor extractor = new CitationExtractor();
        Citation local2015 = extractor.extract(
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;").getFirst();
        assertThat(local2015.byName()).isTrue();
        assertThat(local2015.number()).hasToString("77/2015/QH13");
        assertThat(local2015.name()).isEqualTo("Luật Tổ chức chính quyền địa phương");
        Citation code = extractor.extract("Hà Nội, ngày 30 tháng 11 năm 2022\nCăn cứ Bộ luật Lao động;").getFirst();
        assertThat(code.number()).hasToString("45/2019/QH14");
        Citation unknown = extractor.extract("Căn cứ Luật Cảnh vệ ngày 20 tháng 6 năm 2017;").getFirst();
        assertThat(unknown.byName()).isTrue();
        assertThat(unknown.number()).isNull();
        assertThat(unknown.resolved()).isFalse();
        assertThat(unknown.key()).isEqualTo("Luật Cảnh vệ");
        assertThat(extractor.extract("theo quy định của Luật này và Luật số 45/2019/QH14"))
                .extracting(Citation::key).containsExactly("45/2019/QH14");
    }
}
