/**
 * Lucene queries of the portal's own, beside Lucene's, each with its OpenSearch translation in
 * {@code LuceneToOpenSearch}: {@link vn.hungyen.khcn.index.query.TitleCoverQuery} (an item whose whole title the
 * query holds) and the index field it reads, written by {@link vn.hungyen.khcn.index.query.TitleTermsBinder}. Depends
 * on the analysis only, so that both the search and the OpenSearch translation use it.
 */
@NullMarked
package vn.hungyen.khcn.index.query;

import org.jspecify.annotations.NullMarked;
