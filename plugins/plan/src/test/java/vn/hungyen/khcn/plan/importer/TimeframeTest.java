package vn.hungyen.khcn.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class TimeframeTest {

    private static List<Integer> months(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    @Test
    void a_month_range_with_leading_zeros_covers_the_whole_year() {
        Timeframe t = Timeframe.parse("Tháng 01- Tháng 12");
        assertThat(t.months()).isEqualTo(months(1, 12));
        assertThat(t.text()).isEqualTo("Tháng 01- Tháng 12");
        assertThat(t.recurring()).isFalse();
        assertThat(t.externallySet()).isFalse();
    }

    @Test
    void en_dash_lower_case_and_glued_month_words_are_ranges_too() {
        assertThat(Timeframe.parse("Tháng 3 – Tháng 12").months()).isEqualTo(months(3, 12));
        assertThat(Timeframe.parse("Tháng 3 - tháng 9").months()).isEqualTo(months(3, 9));
        assertThat(Timeframe.parse("Tháng 1- Tháng12").months()).isEqualTo(months(1, 12));
        assertThat(Timeframe.parse("Tháng 01- Tháng 09").months()).isEqualTo(months(1, 9));
        assertThat(Timeframe.parse("Từ tháng 3- Tháng 12").months()).isEqualTo(months(3, 12));
    }

    @Test
    void a_single_month_and_a_list_of_months_cover_only_those_months() {
        assertThat(Timeframe.parse("Tháng 01").months()).containsExactly(1);
        assertThat(Timeframe.parse("Tháng 6, Tháng 12").months()).containsExactly(6, 12);
    }

    @Test
    void two_rounds_with_short_ranges_cover_their_union() {
        Timeframe t = Timeframe.parse("Đợt 1: Tháng 01-6; Đợt 2: Tháng 6-12");
        assertThat(t.months()).isEqualTo(months(1, 12));
    }

    @Test
    void a_quarter_covers_its_three_months() {
        assertThat(Timeframe.parse("Quý I").months()).containsExactly(1, 2, 3);
        assertThat(Timeframe.parse("Quý II - Quý III").months()).isEqualTo(months(4, 9));
    }

    @Test
    void every_month_quarter_and_year_is_recurring_over_all_months() {
        Timeframe t = Timeframe.parse("Hàng tháng, quý, năm");
        assertThat(t.recurring()).isTrue();
        assertThat(t.months()).isEqualTo(months(1, 12));
    }

    @Test
    void a_timeframe_set_by_another_plan_has_no_months_of_its_own() {
        for (String text : List.of("Theo Kế hoạch của Sở Nội vụ", "Theo kế hoạch của UBND tỉnh", "Theo Kế hoạch bộ, ngành",
                "Theo Kế hoạch của Bộ Khoa học và Công nghệ, Sở Nội vụ và các ban ngành liên quan")) {
            Timeframe t = Timeframe.parse(text);
            assertThat(t.externallySet()).as(text).isTrue();
            assertThat(t.months()).as(text).isEmpty();
            assertThat(t.text()).isEqualTo(text);
            assertThat(t.isUnparsed()).isFalse();
        }
    }

    @Test
    void a_quarter_and_another_plan_gives_months_and_the_external_flag() {
        Timeframe t = Timeframe.parse("Quý I và theo kế hoạch của UBND tỉnh (Nếu có)");
        assertThat(t.months()).containsExactly(1, 2, 3);
        assertThat(t.externallySet()).isTrue();
    }

    @Test
    void unreadable_text_is_unparsed_and_keeps_its_text_without_throwing() {
        assertThat(Timeframe.parse("Khi có yêu cầu").isUnparsed()).isTrue();
        assertThat(Timeframe.parse("Tháng 13 - Tháng 14").isUnparsed()).isTrue();
        assertThat(Timeframe.parse("Tháng 9 - Tháng 3").isUnparsed()).isTrue();
        assertThat(Timeframe.parse("Khi có yêu cầu").text()).isEqualTo("Khi có yêu cầu");
    }

    @Test
    void timeframes_run_together_in_one_cell_are_cut_apart() {
        assertThat(Timeframe.splitRunTogether("Tháng 01- Tháng 12 Tháng 3 - Tháng 5 Tháng 3- Tháng 5"))
                .containsExactly("Tháng 01- Tháng 12", "Tháng 3 - Tháng 5", "Tháng 3- Tháng 5");
        assertThat(Timeframe.splitRunTogether("Tháng 6, Tháng 12")).containsExactly("Tháng 6, Tháng 12");
    }
}
