package vn.hungyen.khcn.portal.security;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code 400 Bad Request} to a request whose parameters cannot be read — a query string or form that is not
 * valid UTF-8 ({@code ?q=%ff}), or a Vaadin request type Vaadin does not have ({@code ?v-r=foo}) — before any page,
 * API or Vaadin sees it. Without this each part failed in its own way: a 500, or an error logged with a long stack
 * trace for every such request. It is the client's mistake, so it is logged at DEBUG in one line.
 */
@Configuration(proxyBeanMethods = false)
class MalformedRequests {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequests.class);

    private static final Set<String> VAADIN_REQUEST_TYPES = Arrays.stream(HandlerHelper.RequestType.values())
            .map(HandlerHelper.RequestType::getIdentifier).collect(Collectors.toUnmodifiableSet());

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> malformedRequestsFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String problem = problem(request);
                if (problem == null) {
                    chain.doFilter(request, response);
                    return;
                }
                log.debug("400 for {} {}: {}", request.getMethod(), request.getRequestURI(), problem);
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("text/plain;charset=UTF-8");
                response.getOutputStream().write("400 Yêu cầu không hợp lệ — Bad Request\n".getBytes(StandardCharsets.UTF_8));
            }
        });
        registration.setName("malformedRequests");
        // After the security headers, so that the 400 carries them too, and after Spring's CharacterEncodingFilter
        // (also first in line): once read, a form's parameters keep the encoding they were read with.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** What is wrong with the request's parameters, or null when they can be read. */
    static @Nullable String problem(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            // An upload's parts are read by the upload's own handler, as a stream: reading them here would consume it.
            return null;
        }
        String vaadinRequestType;
        try {
            // The servlet container decodes the query string (and a url-encoded form) once and keeps the result;
            // since Servlet 6.1 it says so with an IllegalStateException when it cannot.
            request.getParameterMap();
            vaadinRequestType = request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER);
        } catch (IllegalStateException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
        }
        if (vaadinRequestType != null && !VAADIN_REQUEST_TYPES.contains(vaadinRequestType)) {
            return "no Vaadin request type " + firstLine(vaadinRequestType);
        }
        return null;
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
