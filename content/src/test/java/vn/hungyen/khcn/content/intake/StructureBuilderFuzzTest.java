package vn.hungyen.khcn.content.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.hungyen.khcn.content.spi.DocumentStructure;

/**
 * Whatever a file gives — any text, any HTML however broken — the structure is built without an exception, its line
 * numbers point into its text, its text is NFC and every table's grid is a rectangle.
 */
class StructureBuilderFuzzTest {

    @Property(tries = 500)
    void any_plain_text_gives_blocks_whose_lines_point_into_the_text(@ForAll("texts") String text) {
        StructureBuilder.Built built = StructureBuilder.fromPlainText(text);
        check(built);
    }

    @Property(tries = 500)
    void any_html_gives_blocks_whose_lines_point_into_the_text(@ForAll("html") String html) {
        StructureBuilder.Built built = StructureBuilder.fromHtml(html);
        check(built);
        assertThat(built.text()).doesNotContain("<script");
    }

    private static void check(StructureBuilder.Built built) {
        int lines = built.text().split("\n", -1).length;
        assertThat(Normalizer.isNormalized(built.text(), Normalizer.Form.NFC)).isTrue();
        for (DocumentStructure.Block b : built.structure().blocks()) {
            assertThat(b.line()).isBetween(1, lines);
            if (b instanceof DocumentStructure.Table t) {
                List<List<String>> grid = t.grid();
                assertThat(grid).allSatisfy(r -> assertThat(r).hasSize(grid.getFirst().size()));
                t.rows().forEach(r -> assertThat(r.line()).isBetween(1, lines));
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of("\t", "|", "||", "|---|", "\n", "\r\n", "\r", "#",
                "## Phụ lục", "**", "__", "<p>", "</p>", "<p>a</p> <p>b</p>", "\\|", "Kế hoạch", "Ke\u0302\u0301 hoa\u0323ch",
                "\u00A0", "\u200B", "\uFEFF", "😀", "\uD800", "\u0000"), Arbitraries.strings().ofMaxLength(12));
        return piece.list().ofMaxSize(60).map(p -> String.join("", p));
    }

    @Provide
    Arbitrary<String> html() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of("<table>", "</table>", "<tr>", "</tr>", "<td>",
                "</td>", "<th>", "<td rowspan=\"3\">", "<td colspan=\"99999\">", "<td rowspan=\"-2\">", "<td colspan=\"x\">",
                "<p>", "</p>", "<br>", "<h2>", "</h2>", "<li>", "<div>", "</div>", "<script>alert(1)</script>",
                "<style>p{}</style>", "Sở Khoa học", "\n", "&amp;", "&#xD800;", "😀", "<span>", "</span>"),
                Arbitraries.strings().ofMaxLength(8));
        return piece.list().ofMaxSize(60).map(p -> String.join("", p));
    }
}
