package vn.hungyen.khcn.portal.deliverables;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.portal.support.KaribuTest;

class DeliverablesViewTest extends KaribuTest {

    @Test
    void the_browse_page_shows_the_topic_tree_with_counts_and_every_card() {
        UI.getCurrent().navigate("ket-qua");

        // 4 Khoa học nông nghiệp: the 5 procedures, the 2 publications, the fish-farming study and the flowers of
        // Phụng Công (401) — 9 in all (Dược liệu Nghĩa Trai is 303 Dược học); 405 Thủy sản: the two snail items and the fish study.
        assertThat(count("topic-4")).isEqualTo(9);
        assertThat(count("topic-405")).isEqualTo(3);
        assertThat(count("topic-6")).isZero();
        assertThat(cards()).hasSize(21);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("coverage")).getText())
                .startsWith("Nhiệm vụ 6.3 nêu 21 đề tài, dự án; 19 kết quả đã có tên trong cổng, 2 chưa được nêu tên");
    }

    @Test
    void choosing_a_sector_kind_or_locality_lists_only_its_cards() {
        browse("linh-vuc", "405");
        assertThat(cards()).hasSize(3);
        assertThat(_get(H2.class, spec -> spec.withId("browse-heading")).getText()).isEqualTo("Đang xem: 405 Thủy sản");

        browse("loai", "trademark");
        assertThat(cards()).extracting(c -> c.getElement().getAttribute("data-kind")).hasSize(6).containsOnly("trademark");

        browse("dia-ban", "Phù Cừ");
        assertThat(cards()).extracting(c -> _get(c, Anchor.class).getText())
                .containsExactly("Quy trình kỹ thuật đẩy sớm thời vụ, dải vụ thu hoạch vải lai huyện Phù Cừ");
    }

    @Test
    void a_card_shows_title_kind_topic_and_year() {
        browse("linh-vuc", "211");

        Div card = cards().stream().filter(c -> "gio-tra-trai-trang".equals(c.getElement().getAttribute("data-slug")))
                .findFirst().orElseThrow();
        assertThat(_get(card, Anchor.class).getText()).isEqualTo("Giò trả Trai Trang");
        assertThat(_get(card, Anchor.class).getHref()).isEqualTo("ket-qua/gio-tra-trai-trang");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("meta")).getText()).isEqualTo(
                "Nhãn hiệu tập thể, chứng nhận · 211 Kỹ thuật thực phẩm và đồ uống · 502 Kinh tế và kinh doanh · Năm 2022"
                        + " · Nhiệm vụ 6.3, 7.5");
    }

    @Test
    void the_deliverable_page_shows_its_task_that_tasks_legal_basis_and_the_rule_behind_its_topic() {
        UI.getCurrent().navigate("ket-qua/gio-tra-trai-trang");

        assertThat(_get(H1.class, spec -> spec.withId("deliverable-title")).getText()).isEqualTo("Giò trả Trai Trang");
        assertThat(value("aliases")).isEqualTo("Giò chả Trai Trang");
        assertThat(value("status")).isEqualTo("Nghiệm thu");
        assertThat(value("locality")).isEqualTo("Trai Trang (địa danh)");
        assertThat(value("receiving")).isEqualTo("Chưa có thông tin");
        assertThat(_find(_get(Div.class, spec -> spec.withId("deliverable-topics")), ListItem.class))
                .extracting(li -> li.getElement().getTextRecursively()).first().asString().contains("211 Kỹ thuật thực phẩm và đồ uống")
                .contains("xếp tự động theo quy tắc phân loại của Cổng").doesNotContain("tsv");
        List<Div> tasks = _find(_get(Div.class, spec -> spec.withId("deliverable-tasks")), Div.class,
                spec -> spec.withClasses("task"));
        assertThat(tasks).extracting(t -> t.getElement().getAttribute("data-task")).containsExactly("6.3", "7.5");
        assertThat(_get(tasks.getFirst(), Div.class, spec -> spec.withClasses("task-basis")).getElement().getTextRecursively())
                .startsWith("Căn cứ pháp lý của nhiệm vụ 6.3").contains("01/NQ-CP", "2999/QĐ-UBND", "14/CTr-UBND");
        assertThat(_find(tasks.getFirst(), Anchor.class).getFirst().getHref()).isEqualTo("ke-hoach/21-kh-skhcn/nhiem-vu/6.3");
    }

    @Test
    void the_publication_page_links_to_the_procedure_it_publishes_and_shows_related_results() {
        UI.getCurrent().navigate("ket-qua/quy-trinh-ky-thuat-nuoi-oc-nhoi-thuong-pham");

        assertThat(_find(_get(Div.class, spec -> spec.withId("publishes")), Anchor.class)).extracting(Anchor::getHref)
                .containsExactly("ket-qua/quy-trinh-san-xuat-giong-va-nuoi-thuong-pham-oc-nhoi");
        assertThat(_find(_get(Div.class, spec -> spec.withId("related")), Div.class,
                spec -> spec.withClasses("deliverable-card"))).hasSize(2);
    }

    private static void browse(String parameter, String value) {
        UI.getCurrent().navigate("ket-qua", QueryParameters.simple(Map.of(parameter, value)));
    }

    private static int count(String id) {
        return Integer.parseInt(_get(ListItem.class, spec -> spec.withId(id)).getElement().getAttribute("data-count"));
    }

    private static List<Div> cards() {
        return _find(_get(Div.class, spec -> spec.withId("deliverable-cards")), Div.class,
                spec -> spec.withClasses("deliverable-card"));
    }

    private static String value(String field) {
        Component div = _get(Div.class, spec -> spec.withId("field-" + field));
        return _get(div, Span.class, spec -> spec.withClasses("value")).getText();
    }
}
