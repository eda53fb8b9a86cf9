package vn.hungyen.khcn.index.opensearch;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's default index layout (a primary index {@code <name>-000001} behind a read and a write alias)
 * with every name behind a prefix ({@code portal.search.opensearch.index-prefix}), so that several portals, or the
 * tests of several runs, share one cluster without touching each other's indexes.
 */
final class PrefixedIndexLayout implements IndexLayoutStrategy {

    private static final Pattern PRIMARY = Pattern.compile("(.*)-\\d{6}");

    private final String prefix;

    PrefixedIndexLayout(String prefix) {
        if (!prefix.equals(prefix.toLowerCase(Locale.ROOT)) || prefix.startsWith("_") || prefix.startsWith("-")
                || prefix.chars().anyMatch(c -> " \"*\\<|,>/?#:".indexOf(c) >= 0)) {
            throw new IllegalArgumentException("portal.search.opensearch.index-prefix '" + prefix
                    + "' is not a valid start of an OpenSearch index name (lower case, no space or \\/*?\"<>|,#:)");
        }
        this.prefix = prefix;
    }

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return name(hibernateSearchIndexName) + "-000001";
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return name(hibernateSearchIndexName) + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return name(hibernateSearchIndexName) + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
        return name(hibernateSearchIndexName);
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        Matcher primary = PRIMARY.matcher(elasticsearchIndexName);
        if (!primary.matches()) {
            throw new IllegalStateException("unexpected OpenSearch index name " + elasticsearchIndexName
                    + ": not a primary index of the layout <prefix><name>-NNNNNN");
        }
        return primary.group(1);
    }

    private String name(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName.toLowerCase(Locale.ROOT);
    }
}
