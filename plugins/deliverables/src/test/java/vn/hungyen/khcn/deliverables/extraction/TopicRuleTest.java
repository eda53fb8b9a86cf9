package vn.hungyen.khcn.deliverables.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored reason of a topic reads back as what wrote it, so pages can say it in words instead of showing it. */
class TopicRuleTest {

    @Test
    void the_rules_reason_for_a_trademark_reads_back_as_its_kind() {
        ExtractionRules rules = ExtractionRules.load();
        KindDefinition trademark = rules.requireKind("trademark");
        TopicChoice choice = rules.topics(List.of("Mộc Đại Tập"), trademark).getFirst();

        assertThat(choice.rule()).isEqualTo("loại trademark → 502 (kinds.tsv:10)");
        assertThat(TopicRule.read(choice.rule())).contains(TopicRule.ofKind("trademark", "502", "kinds.tsv:10"));
    }

    @Test
    void a_phrase_rule_and_an_editors_note_read_back_with_their_words() {
        TopicRule phrase = TopicRule.ofPhrase("ốc nhồi", "405", "topic-rules.tsv:13");
        TopicRule editor = TopicRule.ofEditor("làng nghề mộc: kỹ thuật cơ khí");

        assertThat(phrase.toString()).isEqualTo("“ốc nhồi” → 405 (topic-rules.tsv:13)");
        assertThat(TopicRule.read(phrase.toString())).contains(phrase);
        assertThat(editor.toString()).isEqualTo("biên tập viên: làng nghề mộc: kỹ thuật cơ khí");
        assertThat(TopicRule.read(editor.toString()).orElseThrow().editorNote()).isEqualTo("làng nghề mộc: kỹ thuật cơ khí");
    }

    @Test
    void a_text_it_did_not_write_is_not_read_as_a_rule() {
        assertThat(TopicRule.read("Quy tắc lạ")).isEmpty();
        assertThat(TopicRule.read("")).isEmpty();
    }
}
