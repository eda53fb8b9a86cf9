package vn.hungyen.khcn.portal.cluster;

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
import vn.hungyen.khcn.portal.persistence.MariaDbAvailable;

/**
 * What {@link TwoNodesTest} needs besides MariaDB ({@link MariaDbAvailable}): an OpenSearch node at
 * {@code PORTAL_TEST_OPENSEARCH_URL} (default {@code http://127.0.0.1:9200}; {@code .ci/opensearch} starts one).
 * Without it the test is skipped with a message, except under {@code CI=true}, where it runs and fails.
 */
public final class TwoNodeServices implements ExecutionCondition {

    static final String OPENSEARCH = RequiredService.env("PORTAL_TEST_OPENSEARCH_URL", "http://127.0.0.1:9200");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try {
            HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(HttpRequest.newBuilder(URI.create(OPENSEARCH)).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                return RequiredService.present("OpenSearch", "the node at " + OPENSEARCH);
            }
            return missing("HTTP " + answer.statusCode());
        } catch (IOException e) {
            return missing(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return missing("interrupted");
        }
    }

    private static ConditionEvaluationResult missing(String why) {
        return RequiredService.missing("OpenSearch", "no OpenSearch node answers at " + OPENSEARCH + " (" + why + ")",
                "start one with .ci/opensearch");
    }
}
