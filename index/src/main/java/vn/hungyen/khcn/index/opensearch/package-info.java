/**
 * The OpenSearch side of the search backend seam: the settings that select Hibernate Search's Elasticsearch backend
 * ({@link vn.hungyen.khcn.index.opensearch.OpenSearchBackendSettings}), the prefixed index names, and the translation
 * of the portal's Lucene query into OpenSearch query DSL
 * ({@link vn.hungyen.khcn.index.opensearch.LuceneToOpenSearch}). The search itself is
 * {@link vn.hungyen.khcn.index.search.OpenSearchSearch}, beside the code it shares with the embedded path.
 */
@NullMarked
package vn.hungyen.khcn.index.opensearch;

import org.jspecify.annotations.NullMarked;
