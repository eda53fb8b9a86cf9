package vn.hungyen.khcn.portal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hungyen.khcn.portal.outage.DatabaseUnavailableView;

/**
 * A MariaDB outage, simulated by cutting a TCP relay between the pool and the server ({@link CuttableTcpProxy}: the
 * shared server keeps running). While it lasts the API answers 503 with {@code Retry-After} within seconds — it hung
 * 30 s, Hikari's default, then answered 500 — health is DOWN on every call, a page shows the Vietnamese message
 * instead of a stack trace, and search keeps answering from the index; when the relay is restored the portal
 * recovers without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("mariadb")
@ExtendWith(MariaDbAvailable.class)
@Import(CleanMariaDb.class)
class MariaDbOutageTest {

    private static final Path DATA_DIR = Path.of("target", "test-data", "mariadb-outage-" + UUID.randomUUID());
    /** Well under the 30 s the API and health used to hang; generous for a loaded build machine. */
    private static final Duration QUICKLY = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static CuttableTcpProxy proxy;
    /** Every route and error view of the portal, found once: scanning the classpath is not part of what is timed. */
    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.hungyen.khcn");

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    @DynamicPropertySource
    static void mariaDbThroughTheRelay(DynamicPropertyRegistry registry) throws IOException {
        proxy = new CuttableTcpProxy(MariaDbAvailable.URL);
        registry.add("portal.data-dir", () -> DATA_DIR.toAbsolutePath().toString());
        registry.add("spring.datasource.url", proxy::jdbcUrl);
        registry.add("spring.datasource.username", () -> MariaDbAvailable.USER);
        registry.add("spring.datasource.password", () -> MariaDbAvailable.PASSWORD);
        registry.add("spring.flyway.clean-disabled", () -> "false");
    }

    @AfterAll
    static void closeRelay() throws IOException {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void during_an_outage_the_api_answers_503_quickly_search_keeps_working_and_the_portal_recovers_without_restart() {
        assertThat(get("/api/tasks").statusCode()).isEqualTo(200);

        proxy.cut();
        try {
            HttpResponse<String> tasks = assertTimeoutPreemptively(QUICKLY, () -> get("/api/tasks"));
            assertThat(tasks.statusCode()).isEqualTo(503);
            assertThat(tasks.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(tasks.body()).contains("Database unavailable");
            assertThat(assertTimeoutPreemptively(QUICKLY, () -> get("/api/tasks/4.2")).statusCode()).isEqualTo(503);
            for (int check = 0; check < 3; check++) {
                HttpResponse<String> health = assertTimeoutPreemptively(QUICKLY, () -> get("/actuator/health"));
                assertThat(health.statusCode()).isEqualTo(503);
                assertThat(health.body()).contains("\"db\":{\"status\":\"DOWN\"}");
            }
            HttpResponse<String> search = get("/api/search?q=s%C3%A1ng+ki%E1%BA%BFn");
            assertThat(search.statusCode()).isEqualTo(200);
            assertThat(search.body()).contains("\"total\":").doesNotContain("\"total\":0");
            // Karibu keeps the UI in the test's thread: the time is checked after the page, not by interrupting it.
            assertThat(assertTimeout(QUICKLY, () -> page("ke-hoach/21-kh-skhcn")))
                    .startsWith(DatabaseUnavailableView.class.getSimpleName())
                    .contains("Dữ liệu tạm thời chưa truy cập được", "chức năng tìm kiếm vẫn hoạt động");
        } finally {
            proxy.restore();
        }

        assertThat(eventually(() -> get("/api/tasks").statusCode() == 200)).as("the API answers again").isTrue();
        assertThat(get("/actuator/health").body()).contains("\"db\":{\"status\":\"UP\"}");
        assertThat(page("ke-hoach/21-kh-skhcn")).startsWith("PlanView").contains("Cải cách hành chính");
    }

    /** The text of a page as Vaadin renders it for a reader, in Vietnamese (Karibu, no browser). */
    private String page(String location) {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        try {
            UI.getCurrent().setLocale(Locale.of("vi", "VN"));
            UI.getCurrent().navigate(location);
            HasElement view = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
            return view.getClass().getSimpleName() + ": " + view.getElement().getTextRecursively();
        } finally {
            MockVaadin.tearDown();
        }
    }

    private static boolean eventually(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
