package vn.hungyen.khcn.portal.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import vn.hungyen.khcn.content.domain.Roles;

/**
 * The document API is for systems and batch work: editors authenticate with HTTP Basic on every request, no session
 * and so no CSRF token (a browser cannot be tricked into sending Basic credentials it was never given for this API).
 * Checked before the portal's main chain.
 */
@Configuration
class DocumentApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain documentApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/documents", "/api/documents/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(Roles.EDITOR, Roles.ADMIN))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
