package vn.hungyen.khcn.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every answer — Vaadin's pages, the API, downloads, the feed, error pages — set before anything
 * else runs, so no part of the portal can forget them: the content security policy, no MIME sniffing, no framing by
 * other sites, a referrer that does not leak paths to other sites, and on HTTPS (also behind a TLS proxy that says
 * so with {@code X-Forwarded-Proto}) Strict-Transport-Security. The one place for these headers: Spring Security's
 * own header writers are off.
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

    /**
     * {@code Strict-Transport-Security} on HTTPS answers ({@code portal.hsts}; empty for none). Never on plain HTTP,
     * where a browser would ignore it and a man in the middle could strip it anyway.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> securityHeadersFilter(
            @Value("${portal.hsts:max-age=31536000}") String hsts) {
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
                if (request.isSecure() && !hsts.isBlank()) {
                    response.setHeader("Strict-Transport-Security", hsts);
                }
                chain.doFilter(request, response);
            }
        });
        registration.setName("securityHeaders");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
