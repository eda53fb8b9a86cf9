package vn.hungyen.khcn.content.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The one reader of Vietnamese dates, on the forms plans and gazette documents print. */
class VietnameseDatesTest {

    @Test
    void a_header_date_in_words_in_any_case_or_in_figures() {
        assertThat(VietnameseDates.find("Hưng Yên, ngày 28 tháng 02 năm 2022")).contains(LocalDate.of(2022, 2, 28));
        assertThat(VietnameseDates.find("HÀ NỘI, NGÀY 19 THÁNG 6 NĂM 2015")).contains(LocalDate.of(2015, 6, 19));
        assertThat(VietnameseDates.find("Quyết định số 252/QĐ-UBND ngày 24/01/2022 của UBND tỉnh"))
                .contains(LocalDate.of(2022, 1, 24));
        assertThat(VietnameseDates.find("ngày 31 tháng 02 năm 2020")).isEmpty();
    }

    @Test
    void a_deadline_in_figures_or_without_its_year() {
        Matcher numeric = VietnameseDates.NUMERIC.matcher("Hoàn thành trước 31/10/2025; báo cáo 6 tháng");
        assertThat(numeric.find()).isTrue();
        assertThat(VietnameseDates.of(numeric)).contains(LocalDate.of(2025, 10, 31));
        Matcher dayMonth = VietnameseDates.DAY_MONTH.matcher("gửi báo cáo trước ngày 20 tháng 6 hằng năm");
        assertThat(dayMonth.find()).isTrue();
        assertThat(dayMonth.group(3)).isNull();
        assertThat(VietnameseDates.of(2022, Integer.parseInt(dayMonth.group(2)), Integer.parseInt(dayMonth.group(1))))
                .contains(LocalDate.of(2022, 6, 20));
        // A dotted serial reads like figures of a date, but no such day exists.
        Matcher serial = VietnameseDates.NUMERIC.matcher("Nghị quyết số 66.19/2026/NQ-CP");
        assertThat(serial.find()).isTrue();
        assertThat(VietnameseDates.of(serial)).isEmpty();
    }
}
