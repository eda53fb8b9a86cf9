package vn.hungyen.khcn.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.RegExp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextQueryBuilderTest {

    @Test
    void accented_forms_of_a_word_typed_without_marks_accept_every_vietnamese_spelling_of_it() {
        Pattern cai = Pattern.compile(TextQueryBuilder.accentedForms("cai"));
        Pattern dinh = Pattern.compile(TextQueryBuilder.accentedForms("dinh"));

        assertThat(cai.matcher("cải").matches()).isTrue();
        assertThat(cai.matcher("cái").matches()).isTrue();
        assertThat(cai.matcher("cai").matches()).isTrue();
        assertThat(cai.matcher("cao").matches()).isFalse();
        assertThat(dinh.matcher("định").matches()).isTrue();
        assertThat(dinh.matcher("đình").matches()).isTrue();
    }

    @Test
    void numbers_and_words_without_vowels_or_d_have_no_accented_forms() {
        assertThat(TextQueryBuilder.accentedForms("2022")).isNull();
        assertThat(TextQueryBuilder.accentedForms("2999/qd-ubnd")).isNull();
        assertThat(TextQueryBuilder.accentedForms("nhst")).isNull();
    }

    @Test
    void any_accented_form_of_a_whole_term_is_a_lucene_automaton_that_keeps_other_characters_literal() {
        CharacterRunAutomaton dinh = run(TextQueryBuilder.anyAccentedForm("dinh"));
        CharacterRunAutomaton number = run(TextQueryBuilder.anyAccentedForm("2999/qd-ubnd"));
        CharacterRunAutomaton khcn = run(TextQueryBuilder.anyAccentedForm("kh&cn"));

        assertThat(dinh.run("định")).isTrue();
        assertThat(dinh.run("đình")).isTrue();
        assertThat(dinh.run("dinh")).isTrue();
        assertThat(dinh.run("đinhh")).isFalse();
        assertThat(number.run("2999/qđ-ubnd")).isTrue();
        assertThat(number.run("2999/qd-ubnd")).isTrue();
        assertThat(number.run("2999qđubnd")).isFalse();
        assertThat(khcn.run("kh&cn")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"😀", "\u0000", "a*b", "[x]", "\\", "\"", "~#@&<>", "(.?+|{})",
            "q̃", "đ"})
    void any_accented_form_compiles_for_any_typed_characters_and_accepts_them_literally(String typed) {
        assertThat(run(TextQueryBuilder.anyAccentedForm(typed)).run(typed)).isTrue();
    }

    private static CharacterRunAutomaton run(String regex) {
        return new CharacterRunAutomaton(new RegExp(regex, RegExp.NONE).toAutomaton());
    }

    @Test
    void every_content_word_gets_the_highlight_clause_of_its_accented_forms_but_function_words_get_none() {
        TextQueryBuilder builder = new TextQueryBuilder();

        String without = builder.highlightQuery(SearchQuery.parse("cai cach")).toString();
        String with = builder.highlightQuery(SearchQuery.parse("nhãn lồng và vải")).toString();

        assertThat(without).contains("(text:/c[aàáảãạăằắẳẵặâầấẩẫậ][iìíỉĩị]/)^0.0");
        // typed with marks, the word matched "nhân lông" through the folded fields too: both are marked
        assertThat(with).contains("(text:/nh[aàáảãạăằắẳẵặâầấẩẫậ]n/)^0.0")
                .contains("(text:/l[oòóỏõọôồốổỗộơờớởỡợ]ng/)^0.0")
                .doesNotContain("text:/v[aàáảãạăằắẳẵặâầấẩẫậ]/")
                .doesNotContain("text:và");
        // The search itself never runs it: it only tells the highlighter what to mark.
        assertThat(builder.build(SearchQuery.parse("cai cach")).toString()).doesNotContain(")^0.0");
    }

    @Test
    void function_words_are_not_required_unless_nothing_else_was_typed() {
        TextQueryBuilder builder = new TextQueryBuilder();

        assertThat(builder.contentWordsOf(SearchQuery.parse("Luật Khoa học và công nghệ")))
                .containsExactly("Luật", "Khoa", "học", "công", "nghệ");
        assertThat(builder.contentWordsOf(SearchQuery.parse("quyền của các tổ chức")))
                .containsExactly("quyền", "tổ", "chức");
        assertThat(builder.contentWordsOf(SearchQuery.parse("và"))).containsExactly("và");
        // typed without marks "va" may be a word of its own (vá, vả): it stays
        assertThat(builder.contentWordsOf(SearchQuery.parse("khoa hoc va cong nghe"))).contains("va");
    }

    @Test
    void the_label_typed_before_an_item_code_is_not_required_the_code_is() {
        TextQueryBuilder builder = new TextQueryBuilder();

        assertThat(builder.contentWordsOf(SearchQuery.parse("mục 7.3"))).containsExactly("7.3");
        assertThat(builder.contentWordsOf(SearchQuery.parse("Muc 7.3"))).containsExactly("7.3");
        assertThat(builder.contentWordsOf(SearchQuery.parse("nhiệm vụ số 4.2"))).containsExactly("4.2");
        assertThat(builder.contentWordsOf(SearchQuery.parse("task 4.2"))).containsExactly("4.2");
        assertThat(builder.contentWordsOf(SearchQuery.parse("tiểu mục 1.2.5 hội thảo")))
                .containsExactly("1.2.5", "hội", "thảo");
        // the label of one code and the words of another item's title around it
        assertThat(builder.contentWordsOf(SearchQuery.parse("vườn bảo tồn gen mục 7.3")))
                .containsExactly("vườn", "bảo", "tồn", "gen", "7.3");
        // without a dotted code the word is a word: "Điều 5", "mục 3" are held by the articles that cite them
        assertThat(builder.contentWordsOf(SearchQuery.parse("mục 3"))).containsExactly("mục", "3");
        assertThat(builder.contentWordsOf(SearchQuery.parse("Điều 5"))).containsExactly("Điều", "5");
        // a label word elsewhere in the query is a word too
        assertThat(builder.contentWordsOf(SearchQuery.parse("mục tiêu 7.3"))).containsExactly("mục", "tiêu", "7.3");
        assertThat(builder.contentWordsOf(SearchQuery.parse("số liệu thống kê"))).containsExactly("số", "liệu",
                "thống", "kê");
        // a label breaks a run of syllables: "số" need not stand beside "vụ" in the item (no required pairs, "#")
        assertThat(builder.build(SearchQuery.parse("nhiệm vụ số 4.2")).toString()).doesNotContain("#");
        assertThat(builder.build(SearchQuery.parse("nhiệm vụ sở hữu")).toString()).contains("#(");
    }

    @Test
    void the_longest_query_stays_within_the_clause_limit_of_lucene() {
        // 64 different words of the plan, with abbreviations that expand, typed without marks (highlight clauses).
        String[] plan = ("trien khai hieu qua chuong trinh phat trien thi truong khoa hoc cong nghe tinh hung yen "
                + "den nam quyet dinh ubnd ngay cua ho tro doanh nghiep nang cao nang suat chat luong san pham "
                + "hang hoa giai doan ke hoach so de an tang cuong doi moi hoat dong do luong KH&CN CCHC NSNN DMST "
                + "TCDLCL SHTT bao ton gen nhan long nuoi cay mo nha trung bay gioi thieu OCOP xa hoi").split(" ");
        SearchQuery query = SearchQuery.parse(String.join(" ", plan));
        assertThat(query.words()).hasSize(SearchQuery.MAX_CLAUSES);
        // Counted as IndexSearcher counts before it searches: one per term query, leaf or term-matching query.
        int[] leaves = {0};
        new TextQueryBuilder().highlightQuery(query).visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                leaves[0]++;
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                leaves[0]++;
            }

            @Override
            public void visitLeaf(Query q) {
                leaves[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        assertThat(leaves[0]).isLessThan(IndexSearcher.getMaxClauseCount());
    }

    @Test
    void the_function_word_list_is_read_from_its_data_file() {
        assertThat(TextQueryBuilder.FUNCTION_WORDS).contains("và", "của", "các", "những", "được", "cho", "trong",
                "với", "về", "là", "có", "này").doesNotContain("khoa", "không");
    }
}
