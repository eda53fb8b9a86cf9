package vn.hungyen.khcn.plan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.plan.progress.ProgressViews.Timing;

/** Kỳ báo cáo and hạn: "trước ngày 20 của tháng kế tiếp" for months, quarters and the year; timing against a date. */
class ReportingPeriodTest {

    @Test
    void a_month_report_is_due_on_the_twentieth_of_the_next_month_and_december_rolls_into_the_next_year() {
        assertThat(ReportingPeriod.parse("2022-06").dueDate()).isEqualTo(LocalDate.of(2022, 7, 20));
        assertThat(ReportingPeriod.parse("2022-6")).isEqualTo(ReportingPeriod.month(2022, 6));
        assertThat(ReportingPeriod.parse("2022-12").dueDate()).isEqualTo(LocalDate.of(2023, 1, 20));
    }

    @Test
    void a_quarter_and_a_year_are_due_after_their_last_month() {
        ReportingPeriod q2 = ReportingPeriod.parse("2022-Q2");
        assertThat(q2.months()).containsExactly(4, 5, 6);
        assertThat(q2.dueDate()).isEqualTo(LocalDate.of(2022, 7, 20));
        assertThat(q2.covers(ReportingPeriod.month(2022, 5))).isTrue();
        assertThat(q2.covers(ReportingPeriod.month(2022, 7))).isFalse();
        assertThat(ReportingPeriod.parse("2022").dueDate()).isEqualTo(LocalDate.of(2023, 1, 20));
        assertThat(ReportingPeriod.parse("2022").code()).isEqualTo("2022");
        assertThat(q2.code()).isEqualTo("2022-Q2");
    }

    @Test
    void a_period_covers_itself_and_the_shorter_periods_inside_it_never_a_longer_one() {
        ReportingPeriod q2 = ReportingPeriod.parse("2022-Q2");
        ReportingPeriod year = ReportingPeriod.parse("2022");
        assertThat(q2.covers(q2)).isTrue();
        assertThat(year.covers(q2)).isTrue();
        assertThat(year.covers(ReportingPeriod.parse("2022-12"))).isTrue();
        assertThat(year.covers(ReportingPeriod.parse("2021-12"))).isFalse();
        assertThat(q2.covers(ReportingPeriod.parse("2022-Q3"))).isFalse();
        assertThat(ReportingPeriod.parse("2022-06").covers(q2)).isFalse();
        assertThat(q2.covers(year)).isFalse();
    }

    @Test
    void periods_order_by_their_end_and_a_month_before_the_quarter_it_closes() {
        assertThat(ReportingPeriod.parse("2022-06")).isLessThan(ReportingPeriod.parse("2022-Q2"))
                .isGreaterThan(ReportingPeriod.parse("2022-05"));
        assertThat(ReportingPeriod.parse("2022-Q4")).isLessThan(ReportingPeriod.parse("2022"));
    }

    @Test
    void anything_else_is_refused() {
        for (String bad : new String[] {"2022-13", "2022-0", "2022-Q5", "tháng 6", "", "22-06", "2022-06-01"}) {
            assertThatThrownBy(() -> ReportingPeriod.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void an_activity_is_due_soon_within_fifteen_days_and_overdue_the_day_after_its_deadline() {
        LocalDate end = LocalDate.of(2022, 4, 30);
        assertThat(Deadlines.timing(end, LocalDate.of(2022, 4, 10), false)).isEqualTo(Timing.ON_TIME);
        assertThat(Deadlines.timing(end, LocalDate.of(2022, 4, 16), false)).isEqualTo(Timing.DUE_SOON);
        assertThat(Deadlines.timing(end, end, false)).isEqualTo(Timing.DUE_SOON);
        assertThat(Deadlines.timing(end, LocalDate.of(2022, 5, 1), false)).isEqualTo(Timing.OVERDUE);
        assertThat(Deadlines.timing(end, LocalDate.of(2022, 5, 1), true)).isEqualTo(Timing.DONE);
    }
}
