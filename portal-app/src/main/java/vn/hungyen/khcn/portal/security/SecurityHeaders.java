package vn.hungyen.khcn.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every answer — Vaadin's pages, the API, downloads, the feed — set before anything else runs,
 * so no part of the portal can forget them: the content security policy, no MIME sniffing, no framing by other
 * sites, and a referrer that does not leak paths to other sites.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

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
    FilterRegistrationBean<OncePerRequestFilter> securityHeadersFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!response.containsHeader("Content-Security-Policy")) {
                    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                }
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "SAMEORIGIN");
                response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
                chain.doFilter(request, response);
            }
        });
        registration.setName("securityHeaders");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
