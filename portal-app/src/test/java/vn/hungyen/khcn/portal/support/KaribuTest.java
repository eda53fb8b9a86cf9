package vn.hungyen.khcn.portal.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Browserless UI tests (Karibu Testing) against the running portal's Spring context: every route of every
 * module on the classpath is registered, the UI starts in Vietnamese as a reader's would.
 */
public abstract class KaribuTest extends PortalIntegrationTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("vn.hungyen.khcn");
        }
    }

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(() -> new UI(), new MockSpringServlet(routes, context, () -> new UI()));
        UI.getCurrent().setLocale(Locale.of("vi", "VN"));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }
}
