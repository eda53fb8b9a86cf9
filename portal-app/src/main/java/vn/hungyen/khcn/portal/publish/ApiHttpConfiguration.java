package vn.hungyen.khcn.portal.publish;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
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
        return new OpenAPI().servers(List.of(new Server().url(publicUrl.server())))
                .info(new Info().title("Cổng tri thức KH&CN Hưng Yên — API dữ liệu mở")
                        .description("Dữ liệu đã xuất bản của Cổng tri thức khoa học và công nghệ tỉnh Hưng Yên, chỉ "
                                + "đọc, dạng JSON: nhiệm vụ của kế hoạch, văn bản căn cứ, kết quả nghiên cứu và tìm "
                                + "kiếm toàn văn. Read-only JSON API of the Hưng Yên S&T knowledge portal: plan tasks, "
                                + "legal documents, research results and full-text search.")
                        .version("1")
                        .contact(new Contact().name("Sở Khoa học và Công nghệ tỉnh Hưng Yên")
                                .url("https://sokhcn.hungyen.gov.vn/")));
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
