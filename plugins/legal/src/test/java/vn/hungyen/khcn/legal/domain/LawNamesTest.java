package vn.hungyen.khcn.legal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Laws cited by name resolved through the registry of laws and the generated names: a name with a year, the version
 * in force on the citing document's day, the name variants texts print, and every dated name the real documents of the
 * test resources print.
 */
class LawNamesTest {

    private static final List<Path> TEXTS = List.of(Path.of("src/main/resources/legal/laws"),
            Path.of("src/test/resources/congbao/docs"));
    private final CitationExtractor extractor = new CitationExtractor();

    private String number(String text) {
        return extractor.extract(text).stream().filter(Citation::byName).findFirst()
                .map(c -> String.valueOf(c.number())).orElse("no citation");
    }

    @Test
    void a_name_with_a_year_is_that_years_law() {
        assertThat(number("theo quy định của Luật Đất đai năm 2013 và các văn bản hướng dẫn")).isEqualTo("45/2013/QH13");
        assertThat(number("Hà Nội, ngày 10 tháng 3 năm 2025\nCăn cứ Luật Đất đai năm 2013;")).isEqualTo("45/2013/QH13");
        assertThat(number("theo Luật Đất đai 2024, người sử dụng đất")).isEqualTo("31/2024/QH15");
        assertThat(number("Căn cứ Bộ luật Lao động ngày 18 tháng 6 năm 2012;")).isEqualTo("10/2012/QH13");
    }

    @Test
    void a_name_with_the_day_it_was_passed_is_the_version_of_that_day() {
        assertThat(number("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;")).isEqualTo("65/2025/QH15");
        assertThat(number("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;")).isEqualTo("72/2025/QH15");
    }

    @Test
    void laws_named_inside_an_amending_laws_name_are_that_laws_name_not_citations_of_their_own() {
        String text = """
                Hà Nội, ngày 10 tháng 3 năm 2020
                Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa
                phương ngày 22 tháng 11 năm 2019;""";
        assertThat(extractor.extract(text).stream().filter(Citation::byName).map(c -> String.valueOf(c.number())))
                .containsExactly("47/2019/QH14");
        // printed before the amending law was passed, the name still spans the list it names
        String vbhn = """
                Hà Nội, ngày 18 tháng 9 năm 2024
                Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật
                Kiểm toán độc lập, Luật Ngân sách nhà nước, Luật Quản lý, sử dụng tài sản công, Luật Quản lý thuế, Luật
                Thuế thu nhập cá nhân, Luật Dự trữ quốc gia, Luật Xử lý vi phạm hành chính ngày 29 tháng 11 năm 2024;""";
        assertThat(extractor.extract(CitationExtractor.normalise(vbhn)).stream().filter(Citation::byName)
                .map(c -> String.valueOf(c.number()))).containsExactly("56/2024/QH15");
    }

    @Test
    void a_name_without_a_year_is_the_version_in_force_on_the_citing_documents_day() {
        assertThat(number("Hà Nội, ngày 20 tháng 5 năm 2020\nCăn cứ Luật Đất đai;")).isEqualTo("45/2013/QH13");
        // 31/2024/QH15 was passed on 18 January 2024 and took effect on 1 August 2024
        assertThat(number("Hà Nội, ngày 01 tháng 3 năm 2024\nCăn cứ Luật Đất đai;")).isEqualTo("45/2013/QH13");
        assertThat(number("Hà Nội, ngày 15 tháng 9 năm 2024\nCăn cứ Luật Đất đai;")).isEqualTo("31/2024/QH15");
        assertThat(number("Hưng Yên, ngày 02 tháng 01 năm 2026\nCăn cứ Luật Ngân sách nhà nước;")).isEqualTo("89/2025/QH15");
        assertThat(number("Hà Nội, ngày 12 tháng 4 năm 2021\nCăn cứ Luật Tố cáo;")).isEqualTo("25/2018/QH14");
        // no version had been passed by then: none, never a later one
        assertThat(number("Hà Nội, ngày 12 tháng 4 năm 2010\nCăn cứ Luật Dữ liệu;")).isEqualTo("null");
    }

    @Test
    void a_name_the_document_prints_with_a_number_elsewhere_is_that_version() {
        String text = """
                Hà Nội, ngày 17 tháng 5 năm 2025
                Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15;
                Điều 2. Chế độ được hưởng theo quy định của Luật Bảo hiểm xã hội.""";
        assertThat(extractor.extract(text).stream().filter(Citation::byName).map(c -> String.valueOf(c.number())))
                .containsExactly("41/2024/QH15");
    }

    @Test
    void names_are_matched_across_case_marks_va_and_commas_and_amending_laws_by_their_own_name() {
        assertThat(number("Căn cứ Luật Quản lý và sử dụng tài sản công ngày 21 tháng 6 năm 2017;"))
                .isEqualTo("15/2017/QH14");
        assertThat(number("Căn cứ Luật Quản lý, sử dụng tài sản công ngày 21 tháng 6 năm 2017;"))
                .isEqualTo("15/2017/QH14");
        assertThat(number("Căn cứ Luật chất lượng sản phẩm, hàng hoá ngày 21 tháng 11 năm 2007;"))
                .isEqualTo("05/2007/QH12");
        assertThat(number("Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo ngày 27 tháng 6 năm 2025;"))
                .isEqualTo("93/2025/QH15");
        assertThat(number("Căn cứ Luật khoa học và công nghệ ngày 18 tháng 6 năm 2013;")).isEqualTo("29/2013/QH13");
        // a gazette text printing the Latin eth "Ð" for "Đ"
        assertThat(number("Căn cứ Luật \u00D0ấu thầu ngày 23 tháng 6 năm 2023;")).isEqualTo("22/2023/QH15");
        assertThat(number("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng ngày 19 tháng 6 năm 2013;"))
                .isEqualTo("31/2013/QH13");
        assertThat(number("Căn cứ Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự ngày 20 tháng 6 năm 2017;"))
                .isEqualTo("12/2017/QH14");
    }

    @Test
    void a_misprinted_number_the_corpus_gave_is_not_taken() {
        // a Công báo text prints "Luật Xuất bản số 10/2022/QH14": the XIV National Assembly sat until 2021
        assertThat(LawNames.get().all()).noneMatch(l -> l.number().toString().equals("10/2022/QH14"));
        assertThat(number("Hà Nội, ngày 12 tháng 4 năm 2024\nCăn cứ Luật Xuất bản;")).isEqualTo("19/2012/QH13");
    }

    /**
     * Every law the real texts name with the day it was passed ("Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018"):
     * resolved, and to the law the registry dates to that very day.
     */
    @Test
    void every_dated_name_the_real_documents_print_resolves_to_the_law_passed_that_day() throws IOException {
        List<String> resolved = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (Path root : TEXTS) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String text = CitationExtractor.normalise(Files.readString(file));
                    for (Citation c : extractor.extract(text)) {
                        if (!c.byName() || c.date() == null) {
                            continue;
                        }
                        if (c.number() == null) {
                            unresolved.add(c.name() + " " + c.date());
                            continue;
                        }
                        resolved.add(c.name());
                        LawNames.Law law = LawNames.get().all().stream().filter(l -> l.number().equals(c.number())
                                && l.passed() != null).findFirst().orElse(null);
                        if (law != null) {
                            assertThat(law.passed()).as(file.getFileName() + ": " + c.name() + " " + c.number())
                                    .isEqualTo(c.date());
                        }
                    }
                }
            }
        }
        // 8 in these texts (Luật An toàn, vệ sinh lao động 2015, Luật Thủ đô 2024, the 2015 and 2020 laws on legal
        // documents …), every one dated as the registry dates it
        assertThat(resolved).hasSizeGreaterThanOrEqualTo(8);
        assertThat(unresolved).as("dated names left unresolved").isEmpty();
    }
}
