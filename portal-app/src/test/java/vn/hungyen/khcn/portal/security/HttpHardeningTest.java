package vn.hungyen.khcn.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/**
 * The portal behind a TLS proxy and in front of a hostile client: HSTS and a Secure session cookie when the proxy
 * says the request came over HTTPS, absolute links only from the configured address whatever {@code Host} is sent,
 * and a clean 400 — no 500, no stack trace in the log — for parameters that cannot be read.
 */
@ExtendWith(OutputCaptureExtension.class)
class HttpHardeningTest extends PortalIntegrationTest {

    @Test
    void behind_a_tls_proxy_answers_carry_hsts_and_a_secure_same_site_session_cookie() {
        HttpResponse<String> page = new PortalHttpClient(port).with("X-Forwarded-Proto", "https").get("/dang-nhap");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie.split(";\\s*"))
                        .contains("Secure", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    void over_plain_http_there_is_no_hsts_and_the_cookie_is_not_secure_but_still_same_site() {
        HttpResponse<String> page = new PortalHttpClient(port).get("/dang-nhap");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie.split(";\\s*"))
                        .contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
        // One place for headers: the same on the API as on the pages.
        HttpResponse<String> api = get("/api/legal-documents");
        assertThat(api.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(api.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void a_forged_host_header_appears_in_neither_the_feed_the_openapi_description_nor_a_redirect() throws Exception {
        String feed = PortalHttpClient.rawGet(port, "/feed.atom", "evil.example");
        String openApi = PortalHttpClient.rawGet(port, "/v3/api-docs", "evil.example");
        String proxied = new PortalHttpClient(port).with("X-Forwarded-Host", "evil.example").get("/feed.atom").body();

        assertThat(feed).startsWith("HTTP/1.1 200").doesNotContain("evil.example")
                .contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"http://localhost:");
        assertThat(openApi).startsWith("HTTP/1.1 200").doesNotContain("evil.example")
                .contains("\"servers\":[{\"url\":\"http://localhost:");
        assertThat(proxied).doesNotContain("evil.example");
        // Nor in the way to the login page (HTTP/1.1: for an HTTP/1.0 client the address has to be absolute).
        assertThat(PortalHttpClient.rawGet(port, "/bien-tap", "evil.example", "HTTP/1.1")).startsWith("HTTP/1.1 302")
                .contains("\r\nLocation: /dang-nhap\r\n").doesNotContain("evil.example");
    }

    @Test
    void unreadable_parameters_answer_400_and_log_no_error(CapturedOutput output) throws Exception {
        for (String path : new String[] {"/?v-r=foo", "/?v-r=", "/dang-nhap?v-r=foo", "/tim-kiem?q=%ff",
                "/api/search?q=%ff", "/api/search?q=kh%E1%BB"}) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.body()).as(path).startsWith("400 ");
        }
        // Not even a URI to Java's client: sent as is.
        assertThat(PortalHttpClient.rawGet(port, "/tim-kiem?q=%zz", "localhost")).startsWith("HTTP/1.1 400");
        assertThat(output.getAll()).doesNotContain(" ERROR ", "InvalidParameterException", "\tat ");

        // Valid UTF-8 still searches, and Vaadin's own requests still reach Vaadin.
        assertThat(get("/api/search?q=" + encode("khoa học")).statusCode()).isEqualTo(200);
        assertThat(get("/tim-kiem?q=" + encode("khoa học")).statusCode()).isEqualTo(200);
        assertThat(get("/?v-r=uidl").body()).doesNotStartWith("400 ");
    }
}
