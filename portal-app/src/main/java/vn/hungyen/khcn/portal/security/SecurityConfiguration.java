package vn.hungyen.khcn.portal.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import vn.hungyen.khcn.portal.ui.LoginView;

/**
 * Who may do what, enforced on the server: views by their access annotations ({@code @AnonymousAllowed} for
 * readers' pages, {@code @RolesAllowed(EDITOR)} for editing), the read-only JSON API and health open to all, every
 * other request authenticated. Passwords are hashed with bcrypt.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * What a page may load: only this portal's own scripts, styles, fonts and connections. Vaadin's client needs
     * inline styles and its bootstrap script ({@code 'unsafe-inline'}, {@code 'unsafe-eval'}); nothing from other
     * sites, no plugins, and no framing by other sites.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, "/api/**", "/actuator/health", "/actuator/health/**", "/feed.atom",
                        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                // Spring's error page: an API 404 must stay a 404, not become a redirect to the login page.
                .requestMatchers("/error").permitAll());
        http.cors(Customizer.withDefaults());
        http.headers(headers -> headers
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
