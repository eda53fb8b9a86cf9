package vn.hungyen.khcn.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hungyen.khcn.content.service.ContentRegistry;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchService;

/**
 * The portal with its content module taken away (its auto-configuration excluded, as if its jar were removed
 * from the application's dependencies) still starts, serves its shell and health, and simply has no such
 * content: no type, no menu entry, no API, no tables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.autoconfigure.exclude=vn.hungyen.khcn.plan.PlanAutoConfiguration,"
                + "vn.hungyen.khcn.deliverables.DeliverablesAutoConfiguration")
class WithoutPluginsTest {

    private static final Path DATA_DIR = Path.of("target", "test-data", "bare-" + UUID.randomUUID());

    @Autowired
    private ApplicationContext context;
    @Autowired
    private ContentRegistry registry;
    @Autowired
    private SearchService search;
    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("portal.data-dir", () -> DATA_DIR.toAbsolutePath().toString());
    }

    @BeforeEach
    void startVaadin() {
        // Only the shell's own views: the plan module's routes are not registered in this portal.
        Routes routes = new Routes().autoDiscoverViews("vn.hungyen.khcn.portal");
        MockVaadin.setup(() -> new UI(), new MockSpringServlet(routes, context, () -> new UI()));
        UI.getCurrent().setLocale(Locale.of("vi", "VN"));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void no_content_type_is_registered_and_the_landing_page_says_so() {
        assertThat(registry.modules()).isEmpty();
        assertThat(registry.contentTypes()).isEmpty();
        UI.getCurrent().navigate("");
        _get(HomeView.class);
        _get(Paragraph.class, spec -> spec.withText("Chưa có mô-đun nội dung nào được cài đặt."));
    }

    @Test
    void the_menu_has_only_the_shell_entries() {
        UI.getCurrent().navigate("");
        SideNav nav = _get(SideNav.class, spec -> spec.withId("side-menu"));
        assertThat(_find(nav, SideNavItem.class)).extracting(SideNavItem::getLabel)
                .containsExactly("Trang chủ", "Tìm kiếm");
    }

    @Test
    void search_answers_with_nothing_and_the_plan_api_does_not_exist() throws Exception {
        assertThat(search.search(SearchRequest.forReaders("kế hoạch", null, 0, 10)).total()).isZero();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> tasks = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tasks"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tasks.statusCode()).isEqualTo(404);
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }
}
