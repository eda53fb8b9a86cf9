package vn.hungyen.khcn.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.hungyen.khcn.content.testing.OpenSearchAvailable;
import vn.hungyen.khcn.content.testing.RequiredService;
import vn.hungyen.khcn.index.opensearch.OpenSearchBackendSettings;

/**
 * The portal's tests run on the embedded index unless the run selects OpenSearch ({@code portal.search.backend=
 * opensearch} as a system property: portal-app's {@code opensearch-backend} surefire execution). Then they run only
 * where the node answers (skipped with the reason elsewhere; run and failing under {@code CI=true}, as
 * {@link RequiredService} decides). Each test JVM puts its indexes under a prefix of its own ({@link #indexPrefix()}:
 * the run's {@code portal.search.opensearch.index-prefix} and a random part), deleted when its tests end, so that the
 * shared node keeps only what other runs hold and no JVM meets another's documents.
 */
public final class SearchBackendUnderTest implements ExecutionCondition {

    /**
     * The tag of the tests that only make sense on the embedded index (they damage or inspect its Lucene files): the
     * OpenSearch run excludes it, also when a run names its tests with {@code -Dtest}.
     */
    public static final String EMBEDDED_INDEX_ONLY = "embedded-index-only";

    /** The tag of the tests that read the OpenSearch node itself: the embedded run (surefire's default) excludes it. */
    public static final String OPENSEARCH_ONLY = "opensearch-only";

    private static final String JVM_PREFIX = System.getProperty(OpenSearchBackendSettings.PREFIX, "")
            + UUID.randomUUID().toString().substring(0, 8) + "-";

    private static final AtomicBoolean MERGED = new AtomicBoolean();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** Whether this test JVM runs the portal on OpenSearch. */
    public static boolean onOpenSearch() {
        return "opensearch".equals(System.getProperty(OpenSearchBackendSettings.BACKEND));
    }

    /** This JVM's index prefix on OpenSearch. */
    public static String indexPrefix() {
        return JVM_PREFIX;
    }

    /**
     * On OpenSearch, once per JVM when the portal has started (bundled content imported): merges the deleted documents
     * out of this JVM's indexes. The import saves an item several times, and every earlier copy stays in the index,
     * counted in BM25's statistics, until a merge drops it, at a time of the node's choosing; merged first, the
     * rankings are those of the index as built, whenever a test asks.
     */
    public static void mergeAwayDeletedDocuments() {
        if (!onOpenSearch() || !MERGED.compareAndSet(false, true)) {
            return;
        }
        String url = System.getProperty(OpenSearchBackendSettings.URL, "http://127.0.0.1:9200");
        try {
            for (String call : new String[] {"/_forcemerge?only_expunge_deletes=true", "/_refresh"}) {
                HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url + "/" + JVM_PREFIX + "*"
                        + call)).POST(HttpRequest.BodyPublishers.noBody()));
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(call + ": HTTP " + response.statusCode() + " " + response.body());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge the test indexes on " + url, e);
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!onOpenSearch()) {
            return ConditionEvaluationResult.enabled("the embedded search backend");
        }
        String url = System.getProperty(OpenSearchBackendSettings.URL, "http://127.0.0.1:9200");
        if (System.getProperty(OpenSearchBackendSettings.PREFIX, "").isBlank()) {
            throw new IllegalStateException("an OpenSearch test run needs its own " + OpenSearchBackendSettings.PREFIX);
        }
        String prefix = JVM_PREFIX;
        ConditionEvaluationResult node = OpenSearchAvailable.check(url);
        if (node.isDisabled()) {
            return node;
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
