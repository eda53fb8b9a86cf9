package vn.hungyen.khcn.portal.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.hungyen.khcn.content.testing.RequiredService;
import vn.hungyen.khcn.index.opensearch.OpenSearchBackendSettings;

/**
 * The portal's tests run on the embedded index unless the run selects OpenSearch ({@code portal.search.backend=
 * opensearch} as a system property: portal-app's {@code opensearch-backend} surefire execution). Then they run only
 * where the node answers (skipped with the reason elsewhere; run and failing under {@code CI=true}, as
 * {@link RequiredService} decides), and the run's indexes ({@code portal.search.opensearch.index-prefix}, one prefix
 * per run) are deleted when the run ends, so that the shared node keeps only what other runs hold.
 */
public final class SearchBackendUnderTest implements ExecutionCondition {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"opensearch".equals(System.getProperty(OpenSearchBackendSettings.BACKEND))) {
            return ConditionEvaluationResult.enabled("the embedded search backend");
        }
        String url = System.getProperty(OpenSearchBackendSettings.URL, "http://127.0.0.1:9200");
        String prefix = System.getProperty(OpenSearchBackendSettings.PREFIX, "");
        if (prefix.isBlank()) {
            throw new IllegalStateException("an OpenSearch test run needs its own " + OpenSearchBackendSettings.PREFIX);
        }
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)));
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            return RequiredService.missing("OpenSearch", "no OpenSearch node answers at " + url + " (" + e + ")",
                    "start one with .ci/opensearch");
        }
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SearchBackendUnderTest.class, k -> (ExtensionContext.Store.CloseableResource)
                        () -> send(HttpRequest.newBuilder(URI.create(url + "/" + prefix + "*")).DELETE()));
        return RequiredService.present("OpenSearch", "the node at " + url + ", indexes " + prefix + "*");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
