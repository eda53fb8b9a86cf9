package vn.hungyen.khcn.content.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

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
        return check(URL);
    }

    /** Present when the node at {@code url} answers 200; else skipped with why (or failing under CI). */
    public static ConditionEvaluationResult check(String url) {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            return RequiredService.present("OpenSearch", "the node at " + url);
        } catch (IOException e) {
            return missing(url, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return missing(url, "interrupted");
        }
    }

    private static ConditionEvaluationResult missing(String url, String why) {
        return RequiredService.missing("OpenSearch", "no OpenSearch node answers at " + url + " (" + why + ")",
                "start one with .ci/opensearch");
    }
}
