package vn.hungyen.khcn.portal.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
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
        SecurityContextHolder.clearContext();
    }

    /**
     * Signs a user in for the following navigation: Spring Security's context for the services, the request's
     * principal and roles for Vaadin's view access control.
     */
    protected static void signIn(String username, String... roles) {
        signInWith(username, List.of(), roles);
    }

    /** As {@link #signIn}, with further authorities as the account grants them (a reporter's {@code UNIT:<slug>}). */
    protected static void signInWith(String username, List<String> authoritiesBeyondRoles, String... roles) {
        List<SimpleGrantedAuthority> authorities = java.util.stream.Stream.concat(
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)),
                authoritiesBeyondRoles.stream().map(SimpleGrantedAuthority::new)).toList();
        User user = new User(username, "n/a", authorities);
        UsernamePasswordAuthenticationToken token = new UsernamePasswordAuthenticationToken(user, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(token);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(token);
        request.setUserInRole((principal, role) -> Arrays.asList(roles).contains(role));
    }
}
