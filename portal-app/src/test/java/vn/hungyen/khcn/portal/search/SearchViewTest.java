package vn.hungyen.khcn.portal.search;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.portal.support.KaribuTest;
import vn.hungyen.khcn.portal.ui.SearchView;

/** The search page: state in the URL, result cards with type badge and link, facet links with counts. */
class SearchViewTest extends KaribuTest {

    private static void navigate(String url) {
        url = url.replace("+", "%20");
        int q = url.indexOf('?');
        UI.getCurrent().navigate(url.substring(0, q), QueryParameters.fromString(url.substring(q + 1)));
    }

    @Test
    void query_from_the_url_shows_ranked_cards_with_badge_link_and_snippet() {
        navigate("tim-kiem?q=" + encode("quản lý tài sản công"));
        _get(SearchView.class);
        assertThat(_get(TextField.class, s -> s.withId("search-query")).getValue()).isEqualTo("quản lý tài sản công");
        Div first = _find(Div.class, s -> s.withClasses("search-hit")).getFirst();
        assertThat(_get(first, Span.class, s -> s.withClasses("type-badge")).getText()).isEqualTo("Nhiệm vụ");
        assertThat(_get(first, Anchor.class, s -> s.withClasses("hit-title")).getHref())
                .isEqualTo("ke-hoach/21-kh-skhcn/nhiem-vu/1.3.4");
    }

    @Test
    void a_law_found_by_its_number_shows_its_name_under_the_number() {
        navigate("tim-kiem?q=" + encode("83/2015/QH13"));
        Div first = _find(Div.class, s -> s.withClasses("search-hit")).getFirst();
        assertThat(_get(first, Span.class, s -> s.withClasses("type-badge")).getText()).isEqualTo("Văn bản pháp lý");
        assertThat(_get(first, Div.class, s -> s.withClasses("hit-subtitle")).getText())
                .isEqualTo("Luật Ngân sách nhà nước");
    }

    @Test
    void facet_links_carry_the_filter_in_the_url_and_the_filtered_page_offers_its_removal() {
        navigate("tim-kiem?q=" + encode("thi đua"));
        List<Anchor> values = _find(Anchor.class, s -> s.withClasses("facet-value"));
        Anchor unit = values.stream().filter(a -> "Văn phòng Sở".equals(a.getElement().getAttribute("data-value")))
                .findFirst().orElseThrow();
        assertThat(unit.getText()).matches("Văn phòng Sở \\(\\d+\\)");
        assertThat(unit.getHref()).contains("donvi=").startsWith("tim-kiem?q=");

        navigate(unit.getHref());
        assertThat(_find(Div.class, s -> s.withClasses("search-hit"))).isNotEmpty()
                .allSatisfy(card -> assertThat(_get(card, Span.class, s -> s.withClasses("type-badge")).getText())
                        .isEqualTo("Hoạt động"));
        assertThat(_get(Anchor.class, s -> s.withClasses("facet-remove")).getText()).isEqualTo("✕ Văn phòng Sở");
    }

    @Test
    void a_typo_gets_did_you_mean_with_the_corrected_query() {
        navigate("tim-kiem?q=" + encode("sở hữu trí tệu"));
        Anchor suggestion = _get(Anchor.class, s -> s.withId("search-suggestion"));
        assertThat(suggestion.getText()).isEqualTo("sở hữu trí tuệ");
        assertThat(suggestion.getHref()).startsWith("tim-kiem?q=");
        assertThat(((Paragraph) suggestion.getParent().orElseThrow()).getElement().getTextRecursively())
                .startsWith("Có phải bạn muốn tìm: ");

        navigate(suggestion.getHref());
        assertThat(_find(Anchor.class, s -> s.withId("search-suggestion"))).isEmpty();
        assertThat(_find(Div.class, s -> s.withClasses("search-hit"))).isNotEmpty();
    }

    @Test
    void a_task_hit_shows_its_code_and_its_title_from_the_first_word() {
        navigate("tim-kiem?q=" + encode("Triển khai hiệu quả thị trường khoa học và công nghệ"));
        Anchor first = _find(Anchor.class, s -> s.withClasses("hit-title")).get(0);
        assertThat(first.getHref()).endsWith("nhiem-vu/4.2");
        // The code as text before the highlighted title, which starts at the title's first word.
        assertThat(first.getElement().getChild(0).getText()).isEqualTo("4.2. ");
        assertThat(first.getElement().getChild(1).getProperty("innerHTML"))
                .startsWith("<mark>Triển</mark> <mark>khai</mark> <mark>hiệu</mark> <mark>quả</mark> Chương trình");
    }

    @Test
    void pager_links_keep_query_and_filters() {
        navigate("tim-kiem?q=" + encode("khoa học") + "&loai=plan-activity");
        Anchor next = _get(Anchor.class, s -> s.withId("search-next"));
        assertThat(next.getHref()).contains("loai=plan-activity").endsWith("trang=2");
        navigate(next.getHref());
        assertThat(_get(Span.class, s -> s.withId("search-page")).getText()).startsWith("Trang 2/");
    }

    @Test
    void a_law_hit_opens_the_article_its_snippet_comes_from_and_the_page_has_that_article() {
        // "chiếm đoạt" stands once in Luật Khoa học và công nghệ 2013 (29/2013/QH13): in Điều 8, the prohibited acts.
        navigate("tim-kiem?q=" + encode("chiếm đoạt"));
        Div card = _find(Div.class, s -> s.withClasses("search-hit")).stream()
                .filter(c -> _get(c, Anchor.class, s -> s.withClasses("hit-title")).getHref()
                        .startsWith("van-ban/29-2013-qh13"))
                .findFirst().orElseThrow();
        assertThat(_get(card, Anchor.class, s -> s.withClasses("hit-title")).getHref())
                .isEqualTo("van-ban/29-2013-qh13#dieu-8");
        Anchor article = _get(card, Anchor.class, s -> s.withClasses("hit-section"));
        assertThat(article.getText()).isEqualTo("Tại Điều 8:");
        assertThat(article.getHref()).isEqualTo("van-ban/29-2013-qh13#dieu-8");

        UI.getCurrent().navigate("van-ban/29-2013-qh13");
        assertThat(_get(H5.class, s -> s.withId("dieu-8")).getText()).startsWith("Điều 8. Các hành vi bị cấm");
    }
}
