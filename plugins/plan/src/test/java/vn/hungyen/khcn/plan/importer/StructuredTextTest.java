package vn.hungyen.khcn.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.hungyen.khcn.plan.importer.StructuredText.Block;
import vn.hungyen.khcn.plan.importer.StructuredText.Kind;

class StructuredTextTest {

    @Test
    void paragraphs_list_items_and_inline_tags_become_blocks_without_markup() {
        StructuredText t = StructuredText.fromHtml(
                "<p>Nghiệm thu <i>05</i> quy trình:</p><ul><li>Quy trình A;</li><li>Quy trình B &amp; C</li></ul>dòng<br>mới");
        assertThat(t.blocks()).containsExactly(
                new Block(Kind.PARAGRAPH, "Nghiệm thu 05 quy trình:"),
                new Block(Kind.LIST_ITEM, "Quy trình A;"),
                new Block(Kind.LIST_ITEM, "Quy trình B & C"),
                new Block(Kind.PARAGRAPH, "dòng"),
                new Block(Kind.PARAGRAPH, "mới"));
        assertThat(t.plain()).doesNotContain("<", ">");
    }

    @Test
    void dash_bullets_inside_a_list_are_items_but_a_hyphen_in_a_phrase_is_not() {
        StructuredText t = StructuredText.fromHtml("<ul style=\"list-style-type: none\"> - Dược liệu Nghĩa Trai, - Hương Thôn Cao, - kinh tế - xã hội");
        assertThat(t.blocks()).extracting(Block::text).containsExactly("Dược liệu Nghĩa Trai,", "Hương Thôn Cao, - kinh tế - xã hội");
        assertThat(t.blocks()).extracting(Block::kind).containsOnly(Kind.LIST_ITEM);
    }

    @Test
    void text_is_nfc_and_whitespace_is_collapsed() {
        String decomposed = "Ho\u0302\u0323i  tha\u0309o"; // "Hội thảo" with combining marks
        assertThat(StructuredText.ofPlain(decomposed).plain()).isEqualTo("Hội thảo");
    }

    @Test
    void storage_form_round_trips_kinds_and_texts() {
        StructuredText t = new StructuredText(java.util.List.of(
                new Block(Kind.PARAGRAPH, "2. Hoàn thành 06 nhãn hiệu:"),
                new Block(Kind.LIST_ITEM, "Mộc Đại Tập"),
                new Block(Kind.PARAGRAPH, "• not an item"),
                new Block(Kind.PARAGRAPH, "\\ backslash")));
        assertThat(StructuredText.fromStorage(t.toStorage())).isEqualTo(t);
        assertThat(t.toStorage()).contains("• Mộc Đại Tập");
    }

    @Test
    void a_fragment_starting_in_lower_case_continues_the_last_block() {
        StructuredText first = StructuredText.fromHtml("<p>(3) 100% cán bộ sử dụng hòm thư công vụ trong công tác; Trên 95%</p>");
        StructuredText rest = StructuredText.fromHtml("<p>văn bản được ký số.</p> <p>(4) Công khai</p>");
        assertThat(first.continueWith(rest).blocks()).extracting(Block::text).containsExactly(
                "(3) 100% cán bộ sử dụng hòm thư công vụ trong công tác; Trên 95% văn bản được ký số.", "(4) Công khai");
    }
}
