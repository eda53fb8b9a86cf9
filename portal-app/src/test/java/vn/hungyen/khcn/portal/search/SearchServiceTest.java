package vn.hungyen.khcn.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.content.domain.SearchFacets;
import vn.hungyen.khcn.index.search.SearchHit;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchResult;
import vn.hungyen.khcn.index.search.SearchService;
import vn.hungyen.khcn.index.search.SearchSort;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/** The search service on the bundled plan: query language, facets, sorting, paging, suggestions. */
class SearchServiceTest extends PortalIntegrationTest {

    private static final String PLAN = "21-kh-skhcn";

    @Autowired
    private SearchService search;

    private SearchResult find(String q) {
        return search.search(SearchRequest.forReaders(q, null, 0, 20));
    }

    private List<String> slugs(SearchResult result) {
        return result.hits().stream().map(SearchHit::slug).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"khoa học", "khoa học\"", "(kinh phí", "kinh phí)", "[[", "+ - | * ~ ( )", "*", "-",
            "AND OR NOT", "loai:", "nam:\"", "tieude:", "\\", "&&", "2999/", "/QĐ-", "a\"b\"c\"d",
            "-\"\"", "\u0000", "😀 khoa học"})
    void malformed_input_degrades_to_plain_words_and_never_fails(String input) {
        SearchResult result = find(input);
        assertThat(result.total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void ten_thousand_characters_are_cut_to_the_first_thousand_and_still_answer() {
        String pasted = "khoa học và công nghệ ".repeat(460);
        assertThat(pasted.length()).isGreaterThan(10_000);
        SearchResult result = find(pasted);
        // Every word repeats the same four: the query still means "khoa học và công nghệ".
        assertThat(result.total()).isPositive();
    }

    @Test
    void a_lone_star_lists_every_published_item_newest_first() {
        // 1 plan + its narrative sections + 43 tasks + 96 activities.
        assertThat(find("*").total()).isEqualTo(find("").total()).isGreaterThan(140);
    }

    @Test
    void unbalanced_quote_reads_as_plain_words() {
        assertThat(slugs(find("\"vườn bảo tồn gen"))).startsWith(PLAN + "/7.3/1");
    }

    @Test
    void exclusion_drops_items_with_the_word() {
        // "bảo hộ" alone ranks task 7.5 (nhãn hiệu … được bảo hộ) first; -nhãn removes every item saying nhãn.
        assertThat(slugs(find("nhãn hiệu bảo hộ"))).first().isEqualTo(PLAN + "/7.5");
        SearchResult without = find("bảo hộ -nhãn");
        assertThat(slugs(without)).isNotEmpty().doesNotContain(PLAN + "/7.5", PLAN + "/7.5/1");
        assertThat(without.hits()).allSatisfy(h -> assertThat(h.title() + h.snippetHtml()).doesNotContain("nhãn"));
    }

    @Test
    void exclusion_typed_with_marks_keeps_other_accented_forms() {
        // -bảo excludes "bảo" only, so "bao" forms stay; -bao (unaccented) excludes every form of it.
        assertThat(find("nhãn hiệu -bảo").total()).isGreaterThan(find("nhãn hiệu -bao").total());
    }

    @Test
    void phrase_requires_the_words_side_by_side() {
        // "thị trường khoa học và công nghệ" as words is in many items; as a phrase only where it is written.
        assertThat(find("\"thị trường khoa học và công nghệ\"").total())
                .isLessThan(find("thị trường khoa học và công nghệ").total());
    }

    @Test
    void exact_diacritics_rank_above_folded_matches() {
        // "hóa" (cụ thể hóa) ranks Mục đích first; typed "hoa" the same item is still found through the folded field,
        // with a lower score, as every unaccented match ranks below an accented one.
        SearchResult accented = find("cụ thể hóa");
        SearchResult unaccented = find("cu the hoa");
        assertThat(slugs(accented)).first().isEqualTo(PLAN + "/i.1");
        assertThat(slugs(unaccented)).contains(PLAN + "/i.1");
        assertThat(accented.hits().getFirst().score()).isGreaterThan(unaccented.hits().getFirst().score());
    }

    @Test
    void facets_count_types_groups_lead_units_and_years() {
        SearchResult result = find("cải cách hành chính");
        assertThat(result.facets().get(SearchResult.TYPE_FACET)).containsKeys("plan-task", "plan-activity");
        assertThat(result.facets().get(SearchFacets.GROUP)).hasKeySatisfying(
                new org.assertj.core.api.Condition<>(k -> k.startsWith("I. Cải cách hành chính"), "group I"));
        assertThat(result.facets().get(SearchFacets.LEAD_UNIT)).containsKey("Văn phòng Sở");
        // Every plan item is of 2022 (legal documents found too carry their own years).
        long planHits = result.facets().get(SearchResult.TYPE_FACET).entrySet().stream()
                .filter(e -> e.getKey().startsWith("plan")).mapToLong(Map.Entry::getValue).sum();
        assertThat(result.facets().get(SearchFacets.YEAR).get("2022")).isGreaterThanOrEqualTo(planHits);
        assertThat(result.facets().get(SearchFacets.DOCUMENT_TYPE)).containsEntry("Kế hoạch", 1L);
    }

    @Test
    void facet_filter_narrows_to_items_with_that_value() {
        SearchRequest all = SearchRequest.forReaders("thi đua", null, 0, 50);
        SearchResult filtered = search.search(all.withFacetFilters(Map.of(SearchFacets.LEAD_UNIT, "Văn phòng Sở")));
        assertThat(filtered.total()).isPositive().isLessThan(search.search(all).total());
        assertThat(filtered.hits()).allSatisfy(h -> assertThat(h.type()).isEqualTo("plan-activity"));
        // The same filter typed in the query, without case or diacritics.
        assertThat(find("donvi:\"van phong so\" thi đua").total()).isEqualTo(filtered.total());
    }

    @Test
    void type_filter_by_code_or_vietnamese_name() {
        assertThat(find("kinh phí loai:nhiem-vu").hits()).allSatisfy(h -> assertThat(h.type()).isEqualTo("plan-task"));
        assertThat(find("kinh phí loai:plan-task").total()).isEqualTo(find("kinh phí loai:nhiem-vu").total());
        assertThat(find("kinh phí loai:khong-co-loai-nay").total()).isZero();
    }

    @Test
    void paging_returns_disjoint_pages_of_the_same_ranking() {
        SearchResult first = search.search(SearchRequest.forReaders("khoa học", null, 0, 5));
        SearchResult second = search.search(SearchRequest.forReaders("khoa học", null, 1, 5));
        SearchResult both = search.search(SearchRequest.forReaders("khoa học", null, 0, 10));
        assertThat(slugs(first)).hasSize(5).doesNotContainAnyElementsOf(slugs(second));
        assertThat(slugs(both)).containsExactlyElementsOf(
                java.util.stream.Stream.concat(slugs(first).stream(), slugs(second).stream()).toList());
    }

    @Test
    void newest_first_orders_by_update_time() {
        SearchResult newest = search.search(SearchRequest.forReaders("khoa học", null, 0, 20).withSort(SearchSort.NEWEST));
        assertThat(newest.total()).isEqualTo(find("khoa học").total());
        assertThat(newest.hits()).isNotEmpty();
    }

    @Test
    void a_typo_suggests_the_nearest_indexed_syllable_with_its_marks_and_only_a_query_that_finds_something() {
        // "tệu" is in no item, in any spelling; the nearest folded syllables are tuệ, tiêu, tế…: "trí tuệ" stands
        // side by side in the plan, so tuệ wins over the more frequent tiêu.
        SearchResult typo = find("sở hữu trí tệu");
        assertThat(typo.suggestion()).isEqualTo("sở hữu trí tuệ");
        SearchResult followed = find(typo.suggestion());
        assertThat(followed.total()).isPositive();
        assertThat(followed.suggestion()).as("no loop: the suggestion's own search suggests nothing").isNull();
        // Typed without marks and found nowhere, the typo still gets the marks the index holds.
        assertThat(find("so huu tri teu").suggestion()).isEqualTo("sở hữu trí tuệ");
        // Words found nowhere and near nothing: no suggestion rather than one that finds nothing.
        SearchResult nothing = find("khủnglong bạochúa");
        assertThat(nothing.total()).isZero();
        assertThat(nothing.suggestion()).isNull();
        assertThat(find("oc nhoi khunglong").suggestion()).isNull();
        assertThat(find("cải cách hành chính").suggestion()).isNull();
        assertThat(find("cai cach hanh chinh").suggestion()).isNull();
    }

    @Test
    void a_question_word_or_an_abbreviation_found_nowhere_is_no_typo() {
        // "gì" is in no item: a function word, neither required nor marked, it asks for no suggestion ("giá"), and a
        // suggestion made for another word keeps it as typed.
        SearchResult question = find("sở hữu trí tuệ là gì");
        assertThat(slugs(question)).first().isEqualTo("50-2005-qh11");
        assertThat(question.suggestion()).isNull();
        assertThat(find("sở hữu trí tệu là gì").suggestion()).isEqualTo("sở hữu trí tuệ là gì");
        // An abbreviation no item holds (no vowel: not a syllable) is not corrected into a word ("tất").
        assertThat(find("TBT").suggestion()).isNull();
    }

    @Test
    void a_suggestion_marks_a_word_as_it_stands_beside_its_neighbours() {
        // "tronh" is in no item; "an", typed without marks, is held more often as "án" (dự án) than as "an": beside
        // "toàn" the text writes "an toàn", and so does the suggestion.
        assertThat(find("an toàn bức xạ tronh").suggestion()).isEqualTo("an toàn bức xạ trong");
        assertThat(find("an toan buc xa tronh").suggestion()).isEqualTo("an toàn bức xạ trong");
        assertThat(find("du an dau tu tronh").suggestion()).isEqualTo("dự án đầu tư trong");
    }
}
