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
import vn.hungyen.khcn.portal.ui.LoginView;

/**
 * Who may do what, enforced on the server: views by their access annotations ({@code @AnonymousAllowed} for
 * readers' pages, {@code @RolesAllowed(EDITOR)} for editing), the read-only JSON API and health open to all, every
 * other request authenticated. Passwords are hashed with bcrypt.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, "/api/**", "/actuator/health", "/actuator/health/**", "/feed.atom",
                        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                // Spring's error page: an API 404 must stay a 404, not become a redirect to the login page.
                .requestMatchers("/error").permitAll());
        http.cors(Customizer.withDefaults());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
