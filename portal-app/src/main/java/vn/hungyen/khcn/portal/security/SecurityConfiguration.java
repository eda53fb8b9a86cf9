package vn.hungyen.khcn.portal.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import vn.hungyen.khcn.portal.ui.LoginView;
import vn.hungyen.khcn.portal.ui.PortalShell;

/**
 * Who may do what, enforced on the server: views by their access annotations ({@code @AnonymousAllowed} for
 * readers' pages, {@code @RolesAllowed(EDITOR)} for editing), the read-only JSON API and health open to all, every
 * other request authenticated. Passwords are hashed with bcrypt.
 *
 * <p>Sign-in: the login form's POST needs the CSRF token like any other form; failed sign-ins are throttled per
 * account and per client address ({@link LoginThrottle}); every session is in a registry, so that disabling an
 * account or changing its password ends the sessions opened with the old credentials ({@link SessionRevocation}).
 * Response headers are written in one place, {@link SecurityHeaders}; Spring Security adds only its
 * {@code Cache-Control}.
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(LoginThrottleProperties.class)
class SecurityConfiguration {

    private static final String LOGIN_PAGE = "/" + LoginView.ROUTE;

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests,
            AuthenticationManager throttledSignIn, SessionRegistry sessions) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, "/api/**", "/actuator/health", "/actuator/health/**", "/feed.atom",
                        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/sitemap.xml",
                        "/robots.txt", "/" + PortalShell.STYLESHEET).permitAll()
                // A reader at an address that is no editor's page (an unknown or mistyped one included) gets the
                // page or the Vietnamese not-found page, never the login form; editors' pages still need a sign-in,
                // and each view's roles are checked again by Vaadin's navigation access control.
                .requestMatchers(request -> HttpMethod.GET.matches(request.getMethod())
                        && !vaadinRequests.isFrameworkInternalRequest(request)
                        && !vaadinRequests.isSecuredFlowRoute(request)).permitAll()
                // Spring's error page: an API 404 must stay a 404, not become a redirect to the login page.
                .requestMatchers("/error").permitAll());
        http.cors(Customizer.withDefaults());
        // Vaadin's own requests carry Vaadin's CSRF token and are exempt; unlike Vaadin's default, the login form's
        // POST is not (login CSRF). The login page puts the token in its <meta name="_csrf">, which the form sends.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.authenticationManager(throttledSignIn);
        // The login page is named here as well as by Vaadin's configurer below: this form-login configuration is set
        // up first, and without it would take /login as the address the form posts to.
        http.formLogin(form -> form.loginPage(LOGIN_PAGE).failureHandler(this::signInFailed));
        // Any number of sessions per account (-1), each in the registry that revocation expires.
        http.sessionManagement(session -> session.sessionConcurrency(concurrency -> concurrency
                .maximumSessions(-1).sessionRegistry(sessions).expiredSessionStrategy(SecurityConfiguration::asSignedOut)));
        // SecurityHeaders writes the security headers; of Spring Security's, only Cache-Control is kept.
        http.headers(headers -> headers.defaultsDisabled().cacheControl(Customizer.withDefaults()));
        // Replaces the login redirect Vaadin's configurer would add: same page, but without the request's host.
        http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(toTheLoginPage()));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(LoginThrottleProperties limits) {
        return new LoginThrottle(limits, Clock.systemUTC());
    }

    /** The only way to sign in: the accounts' bcrypt passwords behind the throttle. */
    @Bean
    AuthenticationManager throttledSignIn(PortalUsers users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthentication(passwords, throttle));
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when a session ends or changes its id, so that it holds only live sessions. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * A reader who opens an editor's page is sent to the login page by a relative address: the absolute one that
     * Spring Security would write names the host from the request's {@code Host} header, whatever the client sent.
     */
    private static AuthenticationEntryPoint toTheLoginPage() {
        LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE);
        toLogin.setFavorRelativeUris(true);
        return toLogin;
    }

    /** Back to the login page, saying why when the account or address is locked. */
    private void signInFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String target = LOGIN_PAGE + "?error";
        if (e instanceof LoginLockedException locked) {
            target += "&" + LoginView.LOCKED_MINUTES + "=" + locked.retryAfterMinutes();
        }
        redirects.sendRedirect(request, response, target);
    }

    /**
     * A revoked session (its account disabled or its password changed) has just been signed out and invalidated;
     * the request goes on as a reader's, so a page asks for the login and Vaadin's client sees its session expired.
     */
    private static void asSignedOut(SessionInformationExpiredEvent event) throws IOException, ServletException {
        event.getFilterChain().doFilter(event.getRequest(), event.getResponse());
    }
}
