package vn.hungyen.khcn.legal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.domain.TextSection;

class ArticlesTest {

    private static String bundledLaw(String file) throws IOException {
        try (InputStream in = ArticlesTest.class.getResourceAsStream("/legal/laws/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_articles_of_a_law_start_at_their_heading_lines_in_text_order() throws IOException {
        String text = bundledLaw("Luat-khoa-hoc-va-cong-nghe-nam-2013-197387.txt");
        List<TextSection> articles = Articles.in(text);
        // Luật Khoa học và công nghệ 2013 has 81 articles, Điều 1 to Điều 81.
        assertThat(articles).hasSize(81);
        assertThat(articles).extracting(TextSection::anchor).startsWith("dieu-1", "dieu-2").endsWith("dieu-81");
        TextSection eight = articles.get(7);
        assertThat(eight.label()).isEqualTo("Điều 8");
        assertThat(text.substring(eight.start())).startsWith("Điều 8. Các hành vi bị cấm");
        assertThat(articles).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
    }

    @Test
    void a_reference_to_an_article_inside_a_line_is_no_heading_and_a_repeated_heading_keeps_the_first() {
        String text = "Luật sửa đổi\n  Điều 1. Sửa đổi Điều 5 như sau:\n\"Điều 5. Phạm vi\nnội dung\"\nĐiều 1. lặp lại\n"
                + "theo quy định tại\nĐiều 2. Hiệu lực";
        assertThat(Articles.in(text)).containsExactly(
                new TextSection("dieu-1", text.indexOf("Điều 1."), "Điều 1"),
                new TextSection("dieu-2", text.indexOf("Điều 2."), "Điều 2"));
    }
}
