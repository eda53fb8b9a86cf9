/**
 * The search benchmark: an index of about 100,000 documents built from the bundled laws, the ALQAC articles and the
 * plan, and the portal's {@code SearchService} timed against a bare Lucene {@code IndexSearcher} running the same
 * query on the same index, or ({@link vn.hungyen.khcn.bench.BackendComparison}) the same service on the embedded index
 * and on an OpenSearch node. A command ({@link vn.hungyen.khcn.bench.SearchBenchmark}), never a test. Also the load
 * command ({@link vn.hungyen.khcn.bench.LoadBenchmark}), which drives a running portal over HTTP.
 */
@NullMarked
package vn.hungyen.khcn.bench;

import org.jspecify.annotations.NullMarked;
