package vn.hungyen.khcn.index.opensearch;

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

/**
 * Runs the OpenSearch tests where a node answers at {@link #url()} ({@code PORTAL_TEST_OPENSEARCH_URL}, default
 * {@code http://127.0.0.1:9200}; {@code .ci/opensearch} starts one); elsewhere skips them with a message saying
 * so — except when {@code CI=true}: there they run, and fail if the node is missing.
 */
public final class OpenSearchAvailable implements ExecutionCondition {

    private static final String URL = RequiredService.env("PORTAL_TEST_OPENSEARCH_URL", "http://127.0.0.1:9200");

    public static String url() {
        return URL;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(HttpRequest.newBuilder(URI.create(URL)).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            return RequiredService.present("OpenSearch", "the node at " + URL);
        } catch (IOException e) {
            return missing(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return missing("interrupted");
        }
    }

    private static ConditionEvaluationResult missing(String why) {
        return RequiredService.missing("OpenSearch", "no OpenSearch node answers at " + URL + " (" + why + ")",
                "start one with .ci/opensearch");
    }
}
