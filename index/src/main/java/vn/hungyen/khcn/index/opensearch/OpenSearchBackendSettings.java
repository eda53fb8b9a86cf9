package vn.hungyen.khcn.index.opensearch;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.env.Environment;
import vn.hungyen.khcn.index.analysis.OpenSearchAnalysisConfigurer;

/**
 * Which index the portal searches ({@value #BACKEND}: {@code lucene}, the default, a Lucene directory under the data
 * directory; {@code opensearch}, Hibernate Search's Elasticsearch backend on an OpenSearch node) and, for OpenSearch,
 * where: {@value #URL} (default {@value #DEFAULT_URL}) and {@value #PREFIX} (default {@value #DEFAULT_PREFIX}), the
 * start of every index and alias name, so that several portals or test runs share a cluster.
 */
public record OpenSearchBackendSettings(URI url, String indexPrefix) {

    public static final String BACKEND = "portal.search.backend";
    public static final String URL = "portal.search.opensearch.url";
    public static final String PREFIX = "portal.search.opensearch.index-prefix";
    static final String DEFAULT_URL = "http://127.0.0.1:9200";
    static final String DEFAULT_PREFIX = "portal-";

    /** Whether {@value #BACKEND} selects OpenSearch; an unknown value fails rather than silently searching Lucene. */
    public static boolean selected(Environment environment) {
        String backend = environment.getProperty(BACKEND, "lucene").strip().toLowerCase(Locale.ROOT);
        return switch (backend) {
            case "lucene" -> false;
            case "opensearch" -> true;
            default -> throw new IllegalStateException(BACKEND + "=" + backend + " is not a search backend: "
                    + "use lucene (the embedded index, the default) or opensearch");
        };
    }

    public static OpenSearchBackendSettings from(Environment environment) {
        URI url = URI.create(environment.getProperty(URL, DEFAULT_URL).strip());
        if (url.getScheme() == null || url.getHost() == null) {
            throw new IllegalStateException(URL + "=" + url + " is not an http(s) address of an OpenSearch node");
        }
        return new OpenSearchBackendSettings(url, environment.getProperty(PREFIX, DEFAULT_PREFIX).strip());
    }

    /**
     * Hibernate Search's settings for the Elasticsearch backend on this node: the node's address, the portal's
     * analysis ({@link OpenSearchAnalysisConfigurer}) and the prefixed index names ({@link PrefixedIndexLayout}).
     * The scoring of the embedded index ({@link OpenSearchSimilarity}) goes in as a custom settings file and a custom
     * mapping file. The server's version is read from the node at start.
     */
    public Map<String, Object> hibernateProperties() {
        String root = url.getScheme() + "://" + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "");
        OpenSearchSimilarity.SchemaFiles similarity = OpenSearchSimilarity.written();
        return Map.of(
                "hibernate.search.backend.type", "elasticsearch",
                "hibernate.search.backend.uris", root,
                "hibernate.search.backend.analysis.configurer", new OpenSearchAnalysisConfigurer(),
                "hibernate.search.backend.layout.strategy", new PrefixedIndexLayout(indexPrefix),
                "hibernate.search.backend.schema_management.settings_file", similarity.settings(),
                "hibernate.search.backend.schema_management.mapping_file", similarity.mapping());
    }
}
