package vn.hungyen.khcn.legal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.spi.CitationClass;

/**
 * The registry of laws ({@code legal/laws-registry.tsv}) checked as data: every number is one the number grammar reads
 * as a legislature's law and unique, every date plausible for it, every name NFC, every successor a later law of the
 * registry, and every row marked as cross-checked against a bundled law agrees with that law's own header.
 */
class LawsRegistryTest {

    private static final Path LAWS = Path.of("src/main/resources/legal/laws");
    private static final List<String[]> ROWS = DataTable.read(LawNames.REGISTRY, 6);

    private static Map<DocumentNumber, String[]> byNumber() {
        Map<DocumentNumber, String[]> result = new HashMap<>();
        ROWS.stream().filter(r -> !r[0].equals("-")).forEach(r -> result.put(DocumentNumber.parse(r[0]), r));
        return result;
    }

    @Test
    void the_registry_holds_several_hundred_laws_each_number_once_and_in_the_grammar_of_a_legislatures_law() {
        List<String> numbers = ROWS.stream().map(r -> r[0]).filter(n -> !n.equals("-")).toList();
        assertThat(numbers).hasSizeGreaterThanOrEqualTo(300).doesNotHaveDuplicates();
        for (String printed : numbers) {
            DocumentNumber n = DocumentNumber.parse(printed);
            assertThat(n).as(printed).hasToString(printed);
            assertThat(printed).as(printed).matches("\\d{2,3}/(19|20)\\d{2}/QH1[0-6]");
            assertThat(SymbolCodes.get().isNumberedIssuer(n.issuerCode())).as(printed).isTrue();
            assertThat(n.citationClass()).as(printed).isEqualTo(CitationClass.LEGAL);
            assertThat(LawNames.withinTerm(n)).as(printed + " within its legislature's term").isTrue();
        }
        assertThat(LawNames.withinTerm(DocumentNumber.parse("10/2022/QH14"))).isFalse();
    }

    @Test
    void names_are_nfc_and_name_a_law_a_code_or_the_constitution() {
        for (String[] r : ROWS) {
            assertThat(Normalizer.isNormalized(r[1], Normalizer.Form.NFC)).as(r[1]).isTrue();
            assertThat(r[1]).as(r[0]).matches("(Luật|Bộ luật|Hiến pháp) \\p{L}.*").doesNotEndWith(" ")
                    .doesNotContainPattern("\\s{2}|năm \\d{4}$");
            assertThat(r[5]).as(r[0]).matches("-|(luật|số|ngày|trang)(,(luật|số|ngày|trang))*");
        }
    }

    @Test
    void dates_are_plausible_for_the_number_and_the_effective_date_follows_the_passing() {
        int dated = 0;
        for (String[] r : ROWS) {
            LocalDate passed = r[2].equals("-") ? null : LocalDate.parse(r[2]);
            LocalDate effective = r[3].equals("-") ? null : LocalDate.parse(r[3]);
            if (passed != null && !r[0].equals("-")) {
                dated++;
                assertThat(passed.getYear()).as(r[0] + " passed in its number's year")
                        .isEqualTo(DocumentNumber.parse(r[0]).year().orElseThrow());
            }
            if (passed != null && effective != null) {
                assertThat(effective).as(r[0] + " effective").isAfterOrEqualTo(passed)
                        .isBefore(passed.plusYears(3));
            }
            if (effective != null) {
                assertThat(effective.getDayOfMonth()).as(r[0] + " effective on a day laws start").isIn(1, 15);
            }
        }
        assertThat(dated).isGreaterThanOrEqualTo(280);
    }

    @Test
    void a_successor_is_a_later_law_of_the_registry() {
        Map<DocumentNumber, String[]> rows = byNumber();
        for (String[] r : ROWS) {
            if (r[4].equals("-")) {
                continue;
            }
            String[] successor = rows.get(DocumentNumber.parse(r[4]));
            assertThat(successor).as(r[0] + " → " + r[4]).isNotNull();
            assertThat(successor[4]).as(r[4] + " does not come back").isNotEqualTo(r[0]);
            if (!r[2].equals("-") && !successor[2].equals("-")) {
                assertThat(LocalDate.parse(successor[2])).as(r[0] + " → " + r[4]).isAfter(LocalDate.parse(r[2]));
            }
        }
    }

    @Test
    void every_bundled_law_is_in_the_registry_with_its_own_headers_number_and_date() throws IOException {
        Map<DocumentNumber, String[]> rows = byNumber();
        int laws = 0;
        try (Stream<Path> files = Files.list(LAWS)) {
            for (Path law : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                DocumentHeader header = DocumentHeader.read(CitationExtractor.normalise(Files.readString(law)))
                        .orElseThrow();
                String[] row = rows.get(header.number());
                assertThat(row).as(law.getFileName() + " " + header.number()).isNotNull();
                assertThat(row[5]).as(header.number().toString()).contains("luật");
                if (header.date() != null && !row[2].equals("-")) {
                    assertThat(LocalDate.parse(row[2])).as(header.number() + " passed").isEqualTo(header.date());
                }
                laws++;
            }
        }
        assertThat(laws).isEqualTo(18);
        long markedBundled = ROWS.stream().filter(r -> r[5].contains("luật")).count();
        assertThat(markedBundled).as("rows marked as a bundled law's header").isEqualTo(laws);
    }
}
