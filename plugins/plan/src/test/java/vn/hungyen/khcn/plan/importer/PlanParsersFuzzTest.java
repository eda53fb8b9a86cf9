package vn.hungyen.khcn.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A plan's cells are whatever an editor's document holds: no text makes {@link Timeframe} or {@link Kpi} throw, and
 * what they read keeps their own rules (months 1 to 12; a KPI's lower bound not above its upper).
 */
class PlanParsersFuzzTest {

    @Property(tries = 1000)
    void a_timeframe_is_read_from_any_cell_with_months_of_the_year_only(@ForAll("cells") String cell) {
        Timeframe timeframe = Timeframe.parse(cell);

        assertThat(timeframe.months()).allSatisfy(m -> assertThat(m).isBetween(1, 12)).doesNotHaveDuplicates();
        if (timeframe.recurring()) {
            assertThat(timeframe.months()).hasSize(12);
        }
    }

    @Property(tries = 1000)
    void kpis_are_read_from_any_cell_with_ordered_bounds_and_a_unit(@ForAll("cells") String cell) {
        List<Kpi> kpis = Kpi.extractAll(cell);

        assertThat(kpis).allSatisfy(k -> {
            assertThat(k.unit()).isNotBlank();
            assertThat(k.min() != null || k.max() != null).isTrue();
            if (k.min() != null && k.max() != null) {
                assertThat(k.min()).isLessThanOrEqualTo(k.max());
            }
        });
    }

    /** Cells of the appendix in pieces — months, quarters, figures, units — and any characters between. */
    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("Tháng", "tháng", "Từ tháng", "3", "12", "13", "0", "00", "99", "-", "–", "—", "đến",
                        "quý", "Quý", "I", "II", "III", "IV", "V", "1", "4", "5", "Hàng tháng", "hằng năm", "Cả năm",
                        "Năm 2022", "theo kế hoạch", "Theo KH", "của Sở Nội vụ", "20-25", "25-20", "02", "01,5",
                        "1.000", "9999", "99999", "2021-2030", "%", "trở lên", "tối thiểu", "không quá", "trên",
                        "dưới", "ít nhất", "sáng kiến", "lớp tập huấn", "hội thảo", "nhiệm vụ", "doanh nghiệp",
                        "101/KH-UBND", "ISO 9001:2015", "26/4/2022", ",", ";", "(1)", "\n", "\u00A0", "\uD800",
                        "😀", "\u0000", "\u0301"),
                Arbitraries.strings().ofMaxLength(10),
                Arbitraries.strings().withChars("0123456789,.-–% ").ofMaxLength(16));
        Arbitrary<String> separator = Arbitraries.of("", " ", " ", "\n");
        return Arbitraries.oneOf(
                fragment.list().ofMaxSize(40).flatMap(parts -> separator.list().ofSize(parts.size())
                        .map(seps -> join(parts, seps))),
                Arbitraries.strings().ofMaxLength(200));
    }

    private static String join(List<String> parts, List<String> separators) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            s.append(parts.get(i)).append(separators.get(i));
        }
        return s.toString();
    }
}
