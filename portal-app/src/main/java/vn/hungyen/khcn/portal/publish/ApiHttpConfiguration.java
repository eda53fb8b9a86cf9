package vn.hungyen.khcn.portal.publish;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * HTTP rules of the read-only JSON API and the feed: an ETag on every answer, so a client that sends
 * {@code If-None-Match} gets {@code 304 Not Modified} without the body; cross-origin reads allowed only from
 * the origins in {@code portal.api.cors-origins} (comma-separated; none by default); and the OpenAPI description's
 * server at the configured {@link PublicUrl}, not at whatever {@code Host} the request named.
 */
@Configuration(proxyBeanMethods = false)
class ApiHttpConfiguration {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> filter = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        filter.addUrlPatterns("/api/*", FeedController.PATH, "/v3/api-docs", "/v3/api-docs/*");
        filter.setName("apiEtags");
        return filter;
    }

    @Bean
    OpenAPI apiDescription(PublicUrl publicUrl) {
        return new OpenAPI().servers(List.of(new Server().url(publicUrl.server())));
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(@Value("${portal.api.cors-origins:}") List<String> origins) {
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(origins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList());
        api.setAllowedMethods(List.of("GET", "HEAD"));
        api.setAllowedHeaders(List.of("If-None-Match", "If-Modified-Since", "Accept"));
        api.setExposedHeaders(List.of("ETag"));
        api.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", api);
        source.registerCorsConfiguration(FeedController.PATH, api);
        source.registerCorsConfiguration("/v3/api-docs/**", api);
        return source;
    }
}
