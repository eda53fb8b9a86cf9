package vn.hungyen.khcn.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.portal.support.KaribuTest;

class ShellTest extends KaribuTest {

    @Test
    void landing_page_counts_what_the_plan_module_imported() {
        UI.getCurrent().navigate("");
        _get(HomeView.class);
        Div tasks = _get(Div.class, spec -> spec.withClasses("content-type-card").withPredicate(
                d -> "plan-task".equals(d.getElement().getAttribute("data-type"))));
        // 43 numbered tasks (1.1 … 8.1, with 1.2 and 1.3 as parents) and 96 activities in Kế hoạch 21/KH-SKHCN.
        assertThat(_get(tasks, Span.class, spec -> spec.withClasses("count")).getText()).isEqualTo("43");
        Div activities = _get(Div.class, spec -> spec.withClasses("content-type-card").withPredicate(
                d -> "plan-activity".equals(d.getElement().getAttribute("data-type"))));
        assertThat(_get(activities, Span.class, spec -> spec.withClasses("count")).getText()).isEqualTo("96");
    }

    @Test
    void side_menu_lists_the_shell_and_plan_module_views_in_vietnamese() {
        UI.getCurrent().navigate("");
        SideNav nav = _get(SideNav.class, spec -> spec.withId("side-menu"));
        assertThat(_find(nav, SideNavItem.class)).extracting(SideNavItem::getLabel)
                .containsExactly("Trang chủ", "Kế hoạch", "Tiến độ", "Đơn vị", "Theo dõi thực hiện", "Việc đến hạn",
                        "Văn bản pháp lý", "Kết quả nghiên cứu", "Tìm kiếm");
        assertThat(_find(nav, SideNavItem.class)).extracting(SideNavItem::getPath)
                .containsExactly("", "ke-hoach", "ke-hoach/tien-do", "ke-hoach/don-vi", "ke-hoach/theo-doi",
                        "ke-hoach/den-han", "van-ban", "ket-qua", "tim-kiem");
    }

    @Test
    void header_search_field_is_on_every_page() {
        UI.getCurrent().navigate("ke-hoach/don-vi");
        _get(TextField.class, spec -> spec.withId("header-search"));
        UI.getCurrent().navigate("tim-kiem");
        _get(TextField.class, spec -> spec.withId("header-search"));
    }
}
