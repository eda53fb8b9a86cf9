package vn.hungyen.khcn.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class KpiTest {

    private static Kpi only(String text) {
        List<Kpi> kpis = Kpi.extractAll(text);
        assertThat(kpis).as(text).hasSize(1);
        return kpis.getFirst();
    }

    @Test
    void a_range_before_a_noun_is_a_bounded_kpi_with_that_noun_as_unit() {
        Kpi k = Kpi.extractAll("Công nhận 20-25 sáng kiến cấp tỉnh (số lượng sáng kiến được công nhận tăng 10-15%)").getFirst();
        assertThat(k.min()).isEqualByComparingTo("20");
        assertThat(k.max()).isEqualByComparingTo("25");
        assertThat(k.unit()).isEqualTo("sáng kiến");
        assertThat(k.text()).isEqualTo("20-25 sáng kiến");
    }

    @Test
    void above_a_percentage_has_a_lower_bound_only() {
        List<Kpi> kpis = Kpi.extractAll("Giải ngân trên 90%; thanh toán trên 80% kinh phí.");
        assertThat(kpis).extracting(Kpi::min).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(90), new BigDecimal(80));
        assertThat(kpis).allSatisfy(k -> {
            assertThat(k.max()).isNull();
            assertThat(k.unit()).isEqualTo("%");
            assertThat(k.isPercentage()).isTrue();
        });
    }

    @Test
    void a_plain_count_with_leading_zero_is_exact() {
        Kpi k = only("04 lớp tập huấn");
        assertThat(k.min()).isEqualByComparingTo("4");
        assertThat(k.max()).isEqualByComparingTo("4");
        assertThat(k.unit()).isEqualTo("lớp tập huấn");
    }

    @Test
    void the_unit_stops_at_the_head_noun() {
        Kpi k = Kpi.extractAll("Góp ý về công nghệ 70-80 dự án đầu tư vào địa bàn tỉnh; tổ chức 01-02 hội đồng").getFirst();
        assertThat(k.min()).isEqualByComparingTo("70");
        assertThat(k.max()).isEqualByComparingTo("80");
        assertThat(k.unit()).isEqualTo("dự án");
    }

    @Test
    void at_least_gives_a_lower_bound() {
        Kpi k = only("tăng tối thiểu 3 điểm chỉ số cải cách hành chính so với năm 2021");
        assertThat(k.min()).isEqualByComparingTo("3");
        assertThat(k.max()).isNull();
        assertThat(k.unit()).isEqualTo("điểm");
    }

    @Test
    void from_n_and_above_is_open_at_the_top_but_a_printed_upper_bound_stays() {
        Kpi rising = only("tỷ lệ hồ sơ đúng hạn từ 60% trở lên");
        assertThat(rising.min()).isEqualByComparingTo("60");
        assertThat(rising.max()).isNull();
        assertThat(rising.text()).isEqualTo("từ 60% trở lên");

        // Found by PlanParsersFuzzTest: "không quá" and a trailing "trở lên" contradict; the printed bound is kept.
        Kpi capped = only("thời gian xử lý không quá 3 tháng trở lên");
        assertThat(capped.min()).isNull();
        assertThat(capped.max()).isEqualByComparingTo("3");
    }

    @Test
    void standards_document_numbers_years_and_dates_are_not_kpis() {
        assertThat(Kpi.extractAll("theo TCVN ISO 9001:2015 tại các cơ quan")).isEmpty();
        assertThat(Kpi.extractAll("Tính toán chỉ số TFP của tỉnh năm 2020-2021")).isEmpty();
        assertThat(Kpi.extractAll("giai đoạn 2021-2030 (Kế hoạch số 101/KH-UBND ngày 30/6/2021 của UBND tỉnh)")).isEmpty();
        assertThat(Kpi.extractAll("Ngày sở hữu trí tuệ thế giới (26/4/2022)")).isEmpty();
        assertThat(Kpi.extractAll("theo Nghị định 68, hợp đồng chuyên môn")).isEmpty();
        assertThat(Kpi.extractAll("Nghị quyết số 19-NQ/TW ngày 25/10/2017")).isEmpty();
        assertThat(Kpi.extractAll("sản xuất lúa Gia Lộc 516 theo chuỗi giá trị")).isEmpty();
    }

    @Test
    void several_figures_in_one_target_come_out_in_reading_order() {
        List<Kpi> kpis = Kpi.extractAll("Cử 2-3 công chức, viên chức nâng cao trình độ; từ 1-3 người quy hoạch; 50-70 lượt công chức");
        assertThat(kpis).extracting(Kpi::unit).containsExactly("công chức", "người", "lượt");
        assertThat(kpis).extracting(Kpi::text).containsExactly("2-3 công chức", "từ 1-3 người", "50-70 lượt");
    }
}
