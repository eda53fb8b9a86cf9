package vn.hungyen.khcn.portal.plan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.plan.ui.PlanView;
import vn.hungyen.khcn.plan.ui.TaskPage;
import vn.hungyen.khcn.plan.ui.TimelineView;
import vn.hungyen.khcn.plan.ui.UnitsView;
import vn.hungyen.khcn.portal.support.KaribuTest;

/** The plan's pages on the imported Kế hoạch 21/KH-SKHCN, as a reader navigates them. */
class PlanPagesTest extends KaribuTest {

    private static final String PLAN = "ke-hoach/21-kh-skhcn";

    @SuppressWarnings("unchecked")
    private static TreeGrid<Object> tree() {
        return _get(TreeGrid.class, spec -> spec.withId("plan-tree"));
    }

    private static List<String> rootLabels(TreeGrid<Object> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i))
                .filter(row -> row.toString().contains("taskCode=null"))
                .map(Object::toString).toList();
    }

    @Test
    void plan_page_shows_the_eight_groups_with_their_tasks() {
        UI.getCurrent().navigate(PLAN);
        _get(PlanView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Kế hoạch số 21/KH-SKHCN ngày 28/02/2022");
        TreeGrid<Object> grid = tree();
        List<String> groups = rootLabels(grid);
        assertThat(groups).hasSize(8);
        assertThat(groups.getFirst()).contains("I. Cải cách hành chính, tổ chức bộ máy");
        // Groups and tasks are expanded: the 43 tasks and 96 activities are rows too.
        assertThat(GridKt._size(grid)).isEqualTo(8 + 43 + 96);
    }

    @Test
    void filtering_by_lead_unit_keeps_only_the_tasks_that_unit_leads() {
        UI.getCurrent().navigate(PLAN, QueryParameters.of("don-vi", "Chi cục Tiêu chuẩn Đo lường Chất lượng"));
        TreeGrid<Object> grid = tree();
        List<String> groups = rootLabels(grid);
        // The Chi cục leads the TCĐLCL group's tasks (III) and a task of group II (2.2), and 3.x is all its own.
        assertThat(groups).anyMatch(g -> g.contains("III. Giải pháp về lĩnh vực Tiêu chuẩn - Đo lường - Chất lượng"));
        assertThat(groups.size()).isLessThan(8);
        assertThat(GridKt._size(grid)).isLessThan(8 + 43 + 96);
    }

    @Test
    void filtering_by_month_keeps_activities_active_that_month() {
        UI.getCurrent().navigate(PLAN, QueryParameters.of("thang", "1"));
        int january = GridKt._size(tree());
        UI.getCurrent().navigate(PLAN);
        assertThat(january).isLessThan(8 + 43 + 96).isGreaterThan(8);
    }

    @Test
    void task_page_shows_the_full_title_rejoined_across_the_page_break_and_its_activities() {
        UI.getCurrent().navigate(PLAN + "/nhiem-vu/4.2");
        _get(TaskPage.class);
        assertThat(_get(H1.class, spec -> spec.withId("task-title")).getText()).isEqualTo(
                "4.2 Triển khai hiệu quả Chương trình phát triển thị trường khoa học và công nghệ tỉnh Hưng Yên đến năm"
                        + " 2030 (Quyết định số 2209/QĐ-UBND ngày 22/9/2021 của UBND tỉnh Hưng Yên)");
        assertThat(_find(Div.class, spec -> spec.withClasses("activity"))).hasSize(3);
        Div first = _get(Div.class, spec -> spec.withId("hoat-dong-1"));
        assertThat(_find(first, Paragraph.class)).extracting(Paragraph::getText)
                .contains("(1) Tổ chức 02 lớp tập huấn kiến thức về phát triển thị trường công nghệ",
                        "Tháng 3 - tháng 9 — các tháng 3–9", "Phòng Quản lý Công nghệ và Thị trường Công nghệ");
        assertThat(_find(first, ListItem.class)).extracting(ListItem::getText)
                .containsExactly("02 lớp tập huấn → 2 lớp tập huấn");
        // The slots for the legal basis and the outputs are there, empty until a module links them.
        assertThat(_get(Div.class, spec -> spec.withId("task-basis")).getElement().getTextRecursively())
                .contains("Căn cứ pháp lý");
    }

    @Test
    void task_page_marks_a_timeframe_set_by_another_body() {
        UI.getCurrent().navigate(PLAN + "/nhiem-vu/1.2.3");
        Div third = _get(Div.class, spec -> spec.withId("hoat-dong-3"));
        assertThat(_find(third, Paragraph.class)).extracting(Paragraph::getText)
                .contains("Theo Kế hoạch của Sở Nội vụ — thời gian do cơ quan khác quyết định");
    }

    @Test
    void timeline_has_a_row_per_activity_and_marks_external_and_recurring_ones() {
        UI.getCurrent().navigate("ke-hoach/tien-do");
        _get(TimelineView.class);
        assertThat(_find(Anchor.class, spec -> spec.withClasses("timeline-activity"))).hasSize(96);
        Div chart = _get(Div.class, spec -> spec.withId("timeline-chart"));
        assertThat(_find(chart, Span.class, spec -> spec.withClasses("external"))).isNotEmpty();
        assertThat(_find(chart, Span.class, spec -> spec.withClasses("recurring"))).isNotEmpty();
    }

    @Test
    void timeline_filtered_by_unit_shows_only_that_units_activities() {
        UI.getCurrent().navigate("ke-hoach/tien-do", QueryParameters.simple(
                java.util.Map.of("ke-hoach", "21-kh-skhcn", "don-vi", "Thanh tra Sở")));
        List<Anchor> rows = _find(Anchor.class, spec -> spec.withClasses("timeline-activity"));
        assertThat(rows).isNotEmpty().hasSizeLessThan(96);
        // Thanh tra Sở leads the legal work (1.4, five activities in one cell) and inspections (1.5).
        assertThat(rows).hasSize(6).allMatch(a -> a.getText().startsWith("1.4 · ") || a.getText().startsWith("1.5 · "));
    }

    @Test
    void units_page_lists_each_unit_once_with_its_other_spellings() {
        UI.getCurrent().navigate("ke-hoach/don-vi");
        _get(UnitsView.class);
        Div chiCuc = _get(Div.class, spec -> spec.withId("don-vi-chi-cuc-tieu-chuan-do-luong-chat-luong"));
        assertThat(chiCuc.getElement().getTextRecursively()).contains("Chi cục TCĐLCL").contains("Chủ trì (");
        assertThat(_find(Div.class, spec -> spec.withClasses("unit"))).hasSize(28);
    }
}
