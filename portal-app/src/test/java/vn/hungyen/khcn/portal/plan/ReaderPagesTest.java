package vn.hungyen.khcn.portal.plan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.portal.support.KaribuTest;

/**
 * What a reader of Kế hoạch 21/KH-SKHCN needs on its pages: a parent task's sub-tasks, a basis with its trích yếu,
 * group titles in the filter, a message when a filter matches nothing, the plan's text reachable from its legal
 * entry, and the units page's index.
 */
class ReaderPagesTest extends KaribuTest {

    @Test
    void task_1_2_lists_its_six_sub_tasks_and_where_its_activities_are() {
        UI.getCurrent().navigate("ke-hoach/21-kh-skhcn/nhiem-vu/1.2");
        Div subtasks = _get(Div.class, spec -> spec.withId("task-subtasks"));
        assertThat(_find(subtasks, Anchor.class)).extracting(a -> a.getText().split(" ")[0])
                .containsExactly("1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5", "1.2.6");
        assertThat(_find(subtasks, Anchor.class)).extracting(Anchor::getHref)
                .contains("ke-hoach/21-kh-skhcn/nhiem-vu/1.2.1");
        // Not "Hoạt động (0)": the count of its sub-tasks' activities.
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).matches("Các hoạt động của nhiệm vụ này \\(\\d+ hoạt động\\) nằm trong 6 "
                        + "nhiệm vụ con ở trên\\.").doesNotContain("(0 hoạt động)"));
    }

    @Test
    void a_tasks_legal_basis_shows_each_documents_trich_yeu_and_how_it_was_found_in_vietnamese() {
        UI.getCurrent().navigate("ke-hoach/21-kh-skhcn/nhiem-vu/4.2");
        Div basis = _get(Div.class, spec -> spec.withId("task-basis"));
        ListItem decision = _find(basis, ListItem.class).stream()
                .filter(li -> li.getElement().getTextRecursively().startsWith("2209/QĐ-UBND")).findFirst().orElseThrow();
        // Quyết định 2209/QĐ-UBND: the market of science and technology programme, as the task names it.
        assertThat(decision.getElement().getTextRecursively()).startsWith("2209/QĐ-UBND — ")
                .contains("thị trường khoa học và công nghệ").endsWith("(nêu trực tiếp trong nhiệm vụ)");
    }

    @Test
    void the_group_filter_names_each_group_and_a_filter_without_match_says_so() {
        UI.getCurrent().navigate("ke-hoach/21-kh-skhcn");
        @SuppressWarnings("unchecked")
        Select<Integer> group = _get(Select.class, spec -> spec.withId("filter-group"));
        assertThat(group.getItemLabelGenerator().apply(1)).startsWith("I. Cải cách hành chính");
        assertThat(_find(H3.class)).extracting(H3::getText).anySatisfy(h -> assertThat(h).startsWith("2.5. "))
                .noneSatisfy(h -> assertThat(h).contains("_"));

        // No unit of the plan is called "Không có".
        UI.getCurrent().navigate("ke-hoach/21-kh-skhcn", QueryParameters.fromString("nhom=8&thang=1&don-vi=Kh%C3%B4ng%20c%C3%B3"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-filter-none")).getText())
                .isEqualTo("Không có nhiệm vụ nào khớp với bộ lọc đã chọn. Hãy bỏ bớt điều kiện lọc.");
        assertThat(_find(TreeGrid.class)).isEmpty();
    }

    @Test
    void the_plans_legal_entry_points_to_the_plans_text_instead_of_saying_the_portal_has_none() {
        UI.getCurrent().navigate("van-ban/21-kh-skhcn");
        Paragraph text = _get(Paragraph.class, spec -> spec.withId("legal-full-text-in-portal"));
        assertThat(_get(text, Anchor.class).getHref()).isEqualTo("ke-hoach/21-kh-skhcn");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .doesNotContain("Cổng chưa có toàn văn của văn bản này.");
    }

    @Test
    void the_units_page_has_an_index_and_no_empty_other_spellings() {
        UI.getCurrent().navigate("ke-hoach/don-vi");
        Div index = _get(Div.class, spec -> spec.withId("unit-index"));
        assertThat(_find(index, Anchor.class)).hasSizeGreaterThan(20)
                .allSatisfy(a -> assertThat(a.getHref()).startsWith("#don-vi-"));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .noneSatisfy(t -> assertThat(t.strip()).isEqualTo("Còn được ghi là:"));
    }
}
