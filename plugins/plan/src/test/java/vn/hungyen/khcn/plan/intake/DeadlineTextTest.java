package vn.hungyen.khcn.plan.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.spi.Deadline;

class DeadlineTextTest {

    @Test
    void a_quarter_with_its_year_covers_its_three_months() {
        assertThat(DeadlineText.parse("Quý II/2026", null))
                .isEqualTo(new Deadline("Quý II/2026", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), null));
    }

    @Test
    void a_quarter_without_a_year_takes_the_documents_year() {
        Deadline d = DeadlineText.parse("Quý III", 2025);
        assertThat(d.from()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(d.to()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(DeadlineText.parse("Quý III", null).to()).isNull();
    }

    @Test
    void a_month_and_a_year_are_read_in_every_printed_form() {
        assertThat(DeadlineText.parse("Tháng 6/2026", null).to()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(DeadlineText.parse("Tháng 6/2026", null).from()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(DeadlineText.parse("Năm 2025", null).from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(DeadlineText.parse("Năm 2025", null).to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(DeadlineText.parse("2026–2030", null).to()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(DeadlineText.parse("Giai đoạn 2026-2030", null).from()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void before_a_day_has_only_an_end_in_numbers_or_in_words() {
        assertThat(DeadlineText.parse("Trước ngày 31/10/2025", null))
                .isEqualTo(new Deadline("Trước ngày 31/10/2025", null, LocalDate.of(2025, 10, 31), null));
        Deadline words = DeadlineText.parse("Hoàn thành trước ngày 31 tháng 10 năm 2025", null);
        assertThat(words.from()).isNull();
        assertThat(words.to()).isEqualTo(LocalDate.of(2025, 10, 31));
    }

    @Test
    void the_first_six_months_of_a_year_are_january_to_june() {
        Deadline d = DeadlineText.parse("6 tháng đầu năm 2026", null);
        assertThat(d.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(d.to()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void recurring_and_external_deadlines_keep_their_text_without_dates() {
        assertThat(DeadlineText.parse("Thường xuyên", 2025))
                .isEqualTo(new Deadline("Thường xuyên", null, null, "continuous"));
        assertThat(DeadlineText.parse("Hằng năm", 2025).recurring()).isEqualTo("yearly");
        assertThat(DeadlineText.parse("Hàng quý", 2025).recurring()).isEqualTo("quarterly");
        assertThat(DeadlineText.parse("Theo kế hoạch của UBND tỉnh", 2025))
                .isEqualTo(new Deadline("Theo kế hoạch của UBND tỉnh", null, null, null));
    }

    @Test
    void a_quarter_range_is_read_as_the_plan_importer_reads_it() {
        Deadline d = DeadlineText.parse("Quý I - Quý III", 2022);
        assertThat(d.from()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(d.to()).isEqualTo(LocalDate.of(2022, 9, 30));
    }

    @Test
    void a_sentence_states_its_deadline_at_its_end() {
        assertThat(DeadlineText.inSentence("Kết thúc hoạt động trước ngày 31 tháng 5 năm 2026. Khẩn trương ban hành "
                + "phương án; bảo đảm hoàn thành đồng bộ, trước ngày 30 tháng 6 năm 2026."))
                .isEqualTo("trước ngày 30 tháng 6 năm 2026");
        assertThat(DeadlineText.inSentence("Rà soát toàn bộ thôn, tổ dân phố trên địa bàn")).isEmpty();
    }

    @Test
    void no_text_is_no_deadline() {
        assertThat(DeadlineText.parse("  ", 2025)).isEqualTo(Deadline.NONE);
        assertThat(DeadlineText.parse("50 giờ chuẩn", 2025).to()).isNull();
    }
}
