package vn.hungyen.khcn.content.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The gazette's page furniture, as the Công báo sample prints it, is dropped; the document's own lines stay. */
class GazetteNoiseTest {

    @Test
    void page_header_page_number_gazette_id_and_signature_blocks_are_dropped_mid_sentence() {
        String page = String.join("\n",
                "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính",
                "Người ký: Cổng Thông tin điện tử Chính phủ",
                "Email: thongtinchinhphu@chinhphu.vn",
                "Cơ quan: Văn phòng Chính phủ",
                "Thời gian ký: 12.08.2022 15:12:53 +07:00",
                "CÔNG BÁO/Số 293/Ngày 31-05-2026 ",
                "82",
                "469546 ",
                "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Cơ quan: VĂN PHÒNG CHÍNH PHỦ",
                "Ngày ký: 2026-05-29 15:13:29 +07:00",
                "phủ quy định chi tiết một số điều;");
        assertThat(GazetteNoise.clean(page)).isEqualTo(
                "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính\nphủ quy định chi tiết một số điều;");
    }

    @Test
    void a_bare_number_away_from_a_page_header_is_a_table_row_and_stays() {
        String table = "STT\n1\nNghị định số 24/2015/NĐ-CP\n2\nNghị định số 08/2021/NĐ-CP";
        assertThat(GazetteNoise.clean(table)).isEqualTo(table);
    }

    @Test
    void cyrillic_look_alikes_inside_a_number_become_latin_and_vietnamese_words_are_untouched() {
        // "НĐ-СР" and "BТС" as the sample prints them: Cyrillic Н, С, Р, Т.
        assertThat(GazetteNoise.latinLookalikes("Nghị định số 112/2021/NĐ-\u0421\u0420 ngày 10/12/2021"))
                .isEqualTo("Nghị định số 112/2021/NĐ-CP ngày 10/12/2021");
        assertThat(GazetteNoise.latinLookalikes("Thông tư số 06/2022/TT-B\u0422\u0421 của Bộ Tài chính"))
                .isEqualTo("Thông tư số 06/2022/TT-BTC của Bộ Tài chính");
        assertThat(GazetteNoise.latinLookalikes("Ủy ban Thường vụ Quốc hội")).isEqualTo("Ủy ban Thường vụ Quốc hội");
        assertThat(GazetteNoise.latinLookalikes("Москва")).isEqualTo("Москва");
    }

    @Test
    void vietnamese_dates_in_any_case_and_with_slashes_are_read_and_an_impossible_day_is_not() {
        assertThat(VietnameseDates.find("Hà Nội, ngày 19 tháng 6 năm 2015")).contains(LocalDate.of(2015, 6, 19));
        assertThat(VietnameseDates.find("HÀ NỘI, NGÀY 19 THÁNG 6 NĂM 2015")).contains(LocalDate.of(2015, 6, 19));
        assertThat(VietnameseDates.find("Nghị quyết số 142/2024/QH15 ngày 29/6/2024")).contains(LocalDate.of(2024, 6, 29));
        assertThat(VietnameseDates.find("ngày 31 tháng 2 năm 2020")).isEmpty();
    }
}
