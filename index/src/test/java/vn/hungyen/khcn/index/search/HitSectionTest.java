package vn.hungyen.khcn.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.domain.TextSection;

/** Which section of a hit's text its snippet's first mark lies in ({@link SearchService#section}). */
class HitSectionTest {

    private static final String[] ARTICLES = {new TextSection("dieu-7", 1_830, "Điều 7").stored(),
            new TextSection("dieu-8", 1_921, "Điều 8").stored(), new TextSection("dieu-9", 2_514, "Điều 9").stored()};

    @Test
    void a_mark_lies_in_the_last_section_that_starts_at_or_before_it() {
        assertThat(SearchService.section(ARTICLES, 1_920)).extracting(TextSection::label).isEqualTo("Điều 7");
        assertThat(SearchService.section(ARTICLES, 1_921)).extracting(TextSection::anchor).isEqualTo("dieu-8");
        assertThat(SearchService.section(ARTICLES, 2_100)).extracting(TextSection::anchor).isEqualTo("dieu-8");
        assertThat(SearchService.section(ARTICLES, 90_000)).extracting(TextSection::anchor).isEqualTo("dieu-9");
    }

    @Test
    void a_mark_before_the_first_section_or_no_mark_or_no_sections_names_none() {
        assertThat(SearchService.section(ARTICLES, 12)).isNull();
        assertThat(SearchService.section(ARTICLES, -1)).isNull();
        assertThat(SearchService.section(new String[0], 2_100)).isNull();
    }
}
