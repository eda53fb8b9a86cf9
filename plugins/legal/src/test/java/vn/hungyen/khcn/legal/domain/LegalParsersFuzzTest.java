package vn.hungyen.khcn.legal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The legal module reads numbers and citations out of whatever text it is given — an upload, a plan, a law: no
 * input makes {@link DocumentNumber}, {@link CitationExtractor}, {@link DocumentHeader} or {@link RelationReader}
 * throw (but {@link DocumentNumber#parse}'s documented IllegalArgumentException), and what they read is stable.
 */
class LegalParsersFuzzTest {

    @Property(tries = 1000)
    void a_document_number_is_read_or_refused_cleanly_and_its_canonical_form_reads_back_the_same(
            @ForAll("legalText") String text) {
        Optional<DocumentNumber> number = DocumentNumber.tryParse(text);

        if (number.isPresent()) {
            DocumentNumber n = number.get();
            assertThat(DocumentNumber.parse(n.toString())).isEqualTo(n);
            assertThat(n.slug()).isNotBlank();
            assertThat(n.typeBySymbol()).isNotNull();
            n.year().ifPresent(year -> assertThat(n.toString()).contains("/" + year + "/"));
        } else {
            assertThatThrownBy(() -> DocumentNumber.parse(text)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property(tries = 1000)
    void citations_headers_and_relations_are_read_from_any_text_without_an_exception(
            @ForAll("legalText") String text) {
        String normalised = CitationExtractor.normalise(text);
        CitationExtractor extractor = new CitationExtractor(CitationExtractor.province(normalised, null));

        List<Citation> citations = extractor.extract(normalised);

        assertThat(citations).allSatisfy(c -> assertThat(c.key()).isNotBlank());
        assertThat(RelationReader.read(normalised, citations, null)).isNotNull();
        assertThat(DocumentHeader.read(text)).isNotNull();
    }

    /** Found by this property at 30,000 tries: an issuer block of no letter or digit made the header reader throw. */
    @Example
    void an_issuer_block_without_a_word_is_no_issuer_and_no_exception() {
        String text = "- —\nSố: 60/2021/NĐ-CP\nHà Nội, ngày 21 tháng 6 năm 2021\nNGHỊ ĐỊNH\n"
                + "Quy định chi tiết một số điều của Luật Ngân sách nhà nước\nCăn cứ Luật Tổ chức Chính phủ;";

        assertThat(DocumentHeader.read(text)).hasValueSatisfying(header -> {
            assertThat(header.number()).hasToString("60/2021/NĐ-CP");
            assertThat(header.issuer()).isEqualTo("Chính phủ");
        });
        assertThat(DocumentHeader.read("\u08EA\uBCF2\uC5A7 " + text)).isPresent();
    }

    /** Legal Vietnamese in pieces — numbers, types, issuers, dates, relation words — and any characters between. */
    @Provide
    Arbitrary<String> legalText() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("Nghị định", "số", "Số:", "60/2021/NĐ-CP", "2999/QĐ-UBND", "01/NQ-CP", "19-NQ/TW",
                        "21/KH-SKHCN", "138/QĐ-TTg", "/", "//", "-", "–", "—", "/QĐ-", "QĐ", "NĐ-CP", "TTg", "CTr",
                        "Luật", "Hiến pháp", "Quyết định", "Kế hoạch", "Thông tư", "Chỉ thị", "Nghị quyết",
                        "ngày", "21/6/2021", "31/02/2022", "99/99/9999", "tháng 13 năm 2021", "năm", "của",
                        "Chính phủ", "UBND tỉnh Hưng Yên", "tỉnh", "Thủ tướng Chính phủ", "Căn cứ", "sửa đổi, bổ sung",
                        "thay thế", "hướng dẫn", "bãi bỏ", "về việc", "ban hành", ";", ",", ".", "\n", "\n\n",
                        "(", ")", "\"", "“", "”", "0", "00", "9999999999999999999", "2021", "20211", "Ð", "đ",
                        "\u00A0", "\u200B", "\uD800", "\uDFFF", "😀", "\u0000", "\u0301", "\t"),
                Arbitraries.strings().ofMaxLength(10),
                Arbitraries.strings().withChars("0123456789/-–ĐQHUBNDCPTg ").ofMaxLength(24));
        Arbitrary<String> separator = Arbitraries.of("", " ", " ", "\n");
        return Arbitraries.oneOf(
                fragment.list().ofMaxSize(60).flatMap(parts -> separator.list().ofSize(parts.size())
                        .map(seps -> join(parts, seps))),
                Arbitraries.strings().ofMaxLength(300));
    }

    private static String join(List<String> parts, List<String> separators) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            s.append(parts.get(i)).append(separators.get(i));
        }
        return s.toString();
    }
}
