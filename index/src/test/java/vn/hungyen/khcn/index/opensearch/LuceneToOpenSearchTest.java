package vn.hungyen.khcn.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.index.query.TitleCoverQuery;
import vn.hungyen.khcn.index.search.SearchQuery;
import vn.hungyen.khcn.index.search.TextQueryBuilder;

/** Each Lucene query type the portal's builder emits, as the OpenSearch query DSL that means the same. */
class LuceneToOpenSearchTest {

    private static final Path JUDGED = Path.of("..", "portal-app", "src", "test", "resources", "search",
            "judged-queries.tsv");

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static TermQuery term(String field, String text) {
        return new TermQuery(new Term(field, text));
    }

    /** {@code json} with a {@code boost} added to the parameters of its one field. */
    private static JsonObject withBoost(String json, float boost) {
        JsonObject query = json(json);
        JsonObject body = query.getAsJsonObject(query.keySet().iterator().next());
        if (!body.has("clauses")) {
            body = body.getAsJsonObject(body.keySet().iterator().next());
        }
        body.addProperty("boost", boost);
        return query;
    }

    private static float correction(String field) {
        return LuceneToOpenSearch.legacyBm25Correction(field);
    }

    @Test
    void a_term_is_the_index_term_itself_not_analysed_again() {
        assertThat(LuceneToOpenSearch.translate(term("title", "khoa")))
                .isEqualTo(withBoost("{\"term\":{\"title\":{\"value\":\"khoa\"}}}", correction("title")));
    }

    @Test
    void a_scored_term_undoes_the_k1_plus_1_of_opensearch_2_for_its_field_and_a_filter_carries_no_boost() {
        // OpenSearch 2 scores BM25 times k1 + 1 (2.2 by default, 1.9 for the text fields' k1 0.9).
        assertThat(correction("text")).isEqualTo(1f / 1.9f);
        assertThat(correction("text_shingle")).isEqualTo(1f / 1.9f);
        assertThat(correction("title")).isEqualTo(1f / 2.2f);
        Query filtered = new BooleanQuery.Builder().add(term("text", "khoa"), Occur.MUST)
                .add(term("state", "PUBLISHED"), Occur.FILTER).add(term("text", "nhãn"), Occur.MUST_NOT).build();
        JsonObject bool = LuceneToOpenSearch.translate(filtered).getAsJsonObject("bool");
        assertThat(bool.getAsJsonArray("must").get(0))
                .isEqualTo(withBoost("{\"term\":{\"text\":{\"value\":\"khoa\"}}}", 1f / 1.9f));
        assertThat(bool.getAsJsonArray("must_not").get(0)).isEqualTo(json("{\"term\":{\"text\":{\"value\":\"nhãn\"}}}"));
    }

    @Test
    void a_boost_goes_with_the_query_and_nested_boosts_multiply() {
        assertThat(LuceneToOpenSearch.translate(new BoostQuery(term("title_folded", "hoc"), 2f)))
                .isEqualTo(withBoost("{\"term\":{\"title_folded\":{\"value\":\"hoc\"}}}",
                        correction("title_folded") * 2f));
        Query nested = new BoostQuery(new BoostQuery(new BooleanQuery.Builder()
                .add(term("text", "nghệ"), Occur.SHOULD).build(), 2f), 4f);
        assertThat(LuceneToOpenSearch.translate(nested).getAsJsonObject("bool").get("boost").getAsFloat())
                .isEqualTo(8f);
    }

    @Test
    void a_boolean_query_keeps_every_occurrence_and_the_minimum_of_optional_clauses() {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String word : List.of("sở", "hữu", "trí", "tuệ")) {
            words.add(term("text", word), Occur.SHOULD);
        }
        words.setMinimumNumberShouldMatch(3);
        Query query = new BooleanQuery.Builder()
                .add(words.build(), Occur.MUST)
                .add(term("text_shingle", "tri tue"), Occur.SHOULD)
                .add(term("state", "PUBLISHED"), Occur.FILTER)
                .add(term("text", "nhãn"), Occur.MUST_NOT)
                .build();
        JsonObject bool = LuceneToOpenSearch.translate(query).getAsJsonObject("bool");
        assertThat(bool.keySet()).containsExactly("must", "should", "filter", "must_not");
        JsonObject inner = bool.getAsJsonArray("must").get(0).getAsJsonObject().getAsJsonObject("bool");
        assertThat(inner.getAsJsonArray("should")).hasSize(4);
        assertThat(inner.get("minimum_should_match").getAsInt()).isEqualTo(3);
        assertThat(bool.getAsJsonArray("filter").get(0))
                .isEqualTo(json("{\"term\":{\"state\":{\"value\":\"PUBLISHED\"}}}"));
        // Beside a required clause the optional one only adds to the score, as in Lucene: no minimum is set.
        assertThat(bool.has("minimum_should_match")).isFalse();
    }

    @Test
    void optional_clauses_alone_need_one_match_as_in_lucene() {
        Query any = new BooleanQuery.Builder().add(term("type", "plan"), Occur.SHOULD)
                .add(term("type", "plan-task"), Occur.SHOULD).build();
        assertThat(LuceneToOpenSearch.translate(any).getAsJsonObject("bool").get("minimum_should_match").getAsInt())
                .isEqualTo(1);
    }

    @Test
    void a_boolean_query_without_a_positive_clause_matches_nothing_as_in_lucene() {
        Query onlyExcluded = new BooleanQuery.Builder().add(term("text", "nhãn"), Occur.MUST_NOT).build();
        assertThat(LuceneToOpenSearch.translate(onlyExcluded)).isEqualTo(json("{\"match_none\":{}}"));
        assertThat(LuceneToOpenSearch.translate(new BooleanQuery.Builder().build()))
                .isEqualTo(json("{\"match_none\":{}}"));
    }

    @Test
    void a_phrase_of_adjacent_terms_is_a_phrase_of_the_same_terms_with_its_slop() {
        PhraseQuery phrase = new PhraseQuery(1, "title_folded", "chi", "dan", "dia", "ly");
        assertThat(LuceneToOpenSearch.translate(phrase)).isEqualTo(withBoost(
                "{\"match_phrase\":{\"title_folded\":{\"query\":\"chi dan dia ly\",\"analyzer\":\"whitespace\","
                        + "\"slop\":1}}}", correction("title_folded")));
        assertThat(LuceneToOpenSearch.translate(new BoostQuery(phrase, 8f)).getAsJsonObject("match_phrase")
                .getAsJsonObject("title_folded").get("boost").getAsFloat()).isEqualTo(correction("title_folded") * 8f);
    }

    @Test
    void a_phrase_with_a_position_gap_is_an_ordered_span_with_the_gap_in_its_slop() {
        PhraseQuery gap = new PhraseQuery.Builder().add(new Term("text", "khoa"), 0)
                .add(new Term("text", "công"), 3).setSlop(1).build();
        assertThat(LuceneToOpenSearch.translate(gap)).isEqualTo(withBoost(
                "{\"span_near\":{\"clauses\":[{\"span_term\":{\"text\":{\"value\":\"khoa\"}}},"
                        + "{\"span_term\":{\"text\":{\"value\":\"công\"}}}],\"slop\":3,\"in_order\":true}}",
                correction("text")));
    }

    @Test
    void a_multi_phrase_is_an_ordered_span_of_alternatives() {
        MultiPhraseQuery number = new MultiPhraseQuery.Builder()
                .add(new Term[] {new Term("text", "2999/qđ-ubnd"), new Term("text", "2999")})
                .add(new Term("text", "ngày")).build();
        assertThat(LuceneToOpenSearch.translate(number)).isEqualTo(withBoost(
                "{\"span_near\":{\"clauses\":[{\"span_or\":{\"clauses\":["
                        + "{\"span_term\":{\"text\":{\"value\":\"2999/qđ-ubnd\"}}},"
                        + "{\"span_term\":{\"text\":{\"value\":\"2999\"}}}]}},"
                        + "{\"span_term\":{\"text\":{\"value\":\"ngày\"}}}],\"slop\":0,\"in_order\":true}}",
                correction("text")));
    }

    @Test
    void synonyms_at_one_position_match_any_of_them() {
        Query synonyms = new SynonymQuery.Builder("text").addTerm(new Term("text", "hoà"))
                .addTerm(new Term("text", "hòa")).build();
        JsonObject bool = LuceneToOpenSearch.translate(synonyms).getAsJsonObject("bool");
        assertThat(bool.getAsJsonArray("should")).hasSize(2);
        assertThat(bool.get("minimum_should_match").getAsInt()).isEqualTo(1);
    }

    @Test
    void constant_score_match_all_match_none_and_exists_have_their_twins() {
        assertThat(LuceneToOpenSearch.translate(new ConstantScoreQuery(term("type", "plan")))).isEqualTo(json(
                "{\"constant_score\":{\"filter\":{\"term\":{\"type\":{\"value\":\"plan\"}}}}}"));
        assertThat(LuceneToOpenSearch.translate(new MatchAllDocsQuery())).isEqualTo(json("{\"match_all\":{}}"));
        assertThat(LuceneToOpenSearch.translate(new MatchNoDocsQuery())).isEqualTo(json("{\"match_none\":{}}"));
        assertThat(LuceneToOpenSearch.translate(new FieldExistsQuery("facets_counted")))
                .isEqualTo(json("{\"exists\":{\"field\":\"facets_counted\"}}"));
    }

    @Test
    void a_title_the_query_covers_is_a_terms_set_with_the_title_count_as_minimum_and_one_point_a_term() {
        Query covered = new BoostQuery(new TitleCoverQuery(List.of("giao", "duc", "nhiem", "vu")), 6f);
        assertThat(LuceneToOpenSearch.translate(covered)).isEqualTo(json("{\"bool\":{\"filter\":[{\"terms_set\":"
                + "{\"title_folded\":{\"terms\":[\"giao\",\"duc\",\"nhiem\",\"vu\"],"
                + "\"minimum_should_match_field\":\"title_terms\"}}}],\"should\":["
                + "{\"constant_score\":{\"filter\":{\"term\":{\"title_folded\":{\"value\":\"giao\"}}}}},"
                + "{\"constant_score\":{\"filter\":{\"term\":{\"title_folded\":{\"value\":\"duc\"}}}}},"
                + "{\"constant_score\":{\"filter\":{\"term\":{\"title_folded\":{\"value\":\"nhiem\"}}}}},"
                + "{\"constant_score\":{\"filter\":{\"term\":{\"title_folded\":{\"value\":\"vu\"}}}}}],"
                + "\"boost\":6.0}}"));
        // In a filter (no score), the terms set alone.
        Query filtered = new BooleanQuery.Builder().add(covered, Occur.FILTER).build();
        assertThat(LuceneToOpenSearch.translate(filtered).toString()).contains("terms_set")
                .doesNotContain("constant_score");
        // In the shipped query of a question, beside the other clauses, with the question's folded terms.
        String shipped = LuceneToOpenSearch.translate(new TextQueryBuilder().build(
                SearchQuery.parse("Nhiệm vụ của giáo dục thường xuyên là gì?"))).toString();
        assertThat(shipped).contains("\"terms_set\"").contains("[\"nhiem\",\"vu\",\"cua\",\"giao\",\"duc\","
                + "\"thuong\",\"xuyen\",\"la\",\"gi\"]");
    }

    @Test
    void a_query_type_without_a_translation_fails_with_its_name() {
        Query fuzzy = new BooleanQuery.Builder().add(new FuzzyQuery(new Term("text", "tệu")), Occur.MUST).build();
        assertThatThrownBy(() -> LuceneToOpenSearch.translate(fuzzy))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("org.apache.lucene.search.FuzzyQuery")
                .hasMessageContaining("text:tệu");
    }

    @Test
    void the_shipped_query_of_a_vietnamese_question_translates_with_its_phrases_and_minimum() {
        JsonObject query = LuceneToOpenSearch.translate(
                new TextQueryBuilder().build(SearchQuery.parse("phát triển thị trường khoa học và công nghệ")));
        String text = query.toString();
        // Eight content syllables ("và" is a function word): at least 40 % of them, rounded up, must match.
        assertThat(text).contains("\"minimum_should_match\":4");
        assertThat(text).contains("\"match_phrase\"").contains("\"analyzer\":\"whitespace\"");
        assertThat(text).contains("\"text_shingle\"").contains("khoa hoc");
    }

    @Test
    void every_judged_query_of_the_portal_translates() throws IOException {
        TextQueryBuilder builder = new TextQueryBuilder();
        List<String> queries = Files.readAllLines(JUDGED, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[0]).toList();
        assertThat(queries).hasSizeGreaterThan(50);
        for (String typed : queries) {
            SearchQuery parsed = SearchQuery.parse(typed);
            assertThat(LuceneToOpenSearch.translate(builder.build(parsed)).size()).as(typed).isEqualTo(1);
        }
    }
}
