package vn.hungyen.khcn.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.index.search.SearchHit;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchService;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/**
 * Words typed without diacritics match through the folded fields, but the snippets are cut from the exact ones: the
 * highlighter must still mark the accented words of the plan they found.
 */
class HighlightWithoutDiacriticsTest extends PortalIntegrationTest {

    @Autowired
    private SearchService search;

    private List<SearchHit> hits(String q) {
        return search.search(SearchRequest.forReaders(q, null, 0, 10)).hits();
    }

    @Test
    void words_typed_without_marks_are_marked_in_their_accented_form() {
        List<SearchHit> hits = hits("cai cach hanh chinh");

        assertThat(hits).isNotEmpty();
        // The plan's own text: "nâng cao chỉ số cải cách hành chính và năng lực cạnh tranh cấp tỉnh".
        assertThat(hits).anySatisfy(h -> assertThat(h.titleHtml() + h.snippetHtml())
                .contains("<mark>cải</mark> <mark>cách</mark> <mark>hành</mark> <mark>chính</mark>"));
    }

    @Test
    void the_highlight_clause_adds_no_match() {
        // Typed with marks, the folded fields match the same items as typed without: the weight-0 clause on the
        // exact fields must not let anything else in.
        long typedWithout = search.search(SearchRequest.forReaders("cai cach hanh chinh", null, 0, 10)).total();
        long typedWith = search.search(SearchRequest.forReaders("cải cách hành chính", null, 0, 10)).total();

        assertThat(typedWithout).isPositive().isEqualTo(typedWith);
    }

    @Test
    void marks_are_the_only_markup_in_a_snippet_found_without_diacritics() {
        List<SearchHit> hits = hits("khoa hoc cong nghe");

        assertThat(hits).anySatisfy(h -> assertThat(h.snippetHtml()).contains("<mark>công</mark> <mark>nghệ</mark>"));
        assertThat(hits).allSatisfy(h -> assertThat(h.snippetHtml().replace("<mark>", "").replace("</mark>", ""))
                .doesNotContain("<", ">"));
    }
}
