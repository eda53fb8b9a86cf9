package vn.hungyen.khcn.portal.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hungyen.khcn.index.opensearch.OpenSearchBackendSettings;

/**
 * The whole portal on the embedded default (H2 + Lucene in a fresh data directory) on a random port, shared by
 * every test class that extends this one (Spring caches the context), with the bundled plan imported at start. In
 * portal-app's {@code opensearch-backend} test run the index is on an OpenSearch node instead
 * ({@link SearchBackendUnderTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.class)
@ExtendWith(SearchBackendUnderTest.class)
public abstract class PortalIntegrationTest {

    /** One data directory per test JVM: the context is started once and shared. */
    protected static final Path DATA_DIR = Path.of("target", "test-data", "h2-" + UUID.randomUUID());

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("portal.data-dir", () -> DATA_DIR.toAbsolutePath().toString());
        // a scan posted to the API is answered 202 at once, so that its tests take the polling path
        registry.add("portal.ocr.api-wait", () -> "0s");
        if (SearchBackendUnderTest.onOpenSearch()) {
            registry.add(OpenSearchBackendSettings.PREFIX, SearchBackendUnderTest::indexPrefix);
        }
    }

    @BeforeEach
    void indexAsBuilt() {
        SearchBackendUnderTest.mergeAwayDeletedDocuments();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** GET a path of the running portal (query values must already be encoded, see {@link #encode}). */
    protected HttpResponse<String> get(String pathAndQuery) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("GET " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
