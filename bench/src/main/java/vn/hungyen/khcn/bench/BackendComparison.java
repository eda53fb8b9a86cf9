package vn.hungyen.khcn.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.SessionFactory;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.index.opensearch.OpenSearchBackendSettings;
import vn.hungyen.khcn.index.search.IndexIntegrity;
import vn.hungyen.khcn.index.search.IndexRebuilds;
import vn.hungyen.khcn.index.search.OpenSearchSearch;
import vn.hungyen.khcn.index.search.SearchBackend;
import vn.hungyen.khcn.index.search.SearchHit;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchResult;
import vn.hungyen.khcn.index.search.SearchService;
import vn.hungyen.khcn.index.search.SearchTypeAliases;

/**
 * Embedded vs OpenSearch in one process: the same corpus stored twice (one H2 database per backend), indexed by each
 * backend's mass indexer ({@link SearchService#reindexAll()}), then the same queries through the same
 * {@link SearchService} facade, as the search page calls it, at 1 and 8 concurrent searchers. The OpenSearch indexes
 * live under the prefix {@value #PREFIX} and are dropped when the bench closes its session factory.
 */
final class BackendComparison {

    static final String PREFIX = "bench-";
    private static final int PAGE = 10;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int[] SEARCHERS = {1, 8};

    private BackendComparison() {
    }

    /** One backend ready to search: its rows, its service and how long its mass indexer took. */
    private record Backend(String name, SearchService service, IndexRebuilds rebuilds, long indexed,
            double indexSeconds) {

        double docsPerSecond() {
            return indexed / indexSeconds;
        }
    }

    /** Latencies of every search of the measured rounds, and the wall time of the rounds' passes. */
    private static final class Timing {
        private final List<Long> latencies = new ArrayList<>();
        private long wallNanos;

        long[] sorted() {
            return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        }

        double perSecond() {
            return latencies.size() / (wallNanos / 1e9);
        }
    }

    static void run(Path repository, Path alqac, int wanted, int rounds, List<String> queries, String openSearchUrl)
            throws Exception {
        List<CorpusEntry> distinct = Corpus.read(repository, alqac);
        Path indexRoot = Files.createTempDirectory("khcn-bench-index");
        List<String> load = new ArrayList<>();
        load.add(load("start"));
        try (SessionFactory embeddedSessions = BenchSessions.open("bench-embedded",
                    Map.of(OpenSearchBackendSettings.BACKEND, "lucene"),
                    Map.of("hibernate.search.backend.directory.root", indexRoot.toString()));
                SessionFactory openSearchSessions = BenchSessions.open("bench-opensearch",
                    Map.of(OpenSearchBackendSettings.BACKEND, "opensearch", OpenSearchBackendSettings.URL,
                            openSearchUrl, OpenSearchBackendSettings.PREFIX, PREFIX),
                    // The bench's indexes are created afresh and deleted when the bench ends.
                    Map.of("hibernate.search.schema_management.strategy", "drop-and-create-and-drop"))) {
            Backend embedded = index("embedded", embeddedSessions, null, distinct, wanted);
            load.add(load("embedded indexed"));
            Backend openSearch = index("opensearch", openSearchSessions,
                    new OpenSearchSearch(openSearchSessions, SearchTypeAliases.CODES_ONLY), distinct, wanted);
            load.add(load("opensearch indexed"));
            try {
                List<Backend> backends = List.of(embedded, openSearch);
                int differing = compare(embedded.service(), openSearch.service(), queries);
                Map<String, Timing> timings = measure(backends, queries, rounds);
                load.add(load("searches timed"));
                report(distinct.size(), backends, queries.size(), rounds, timings, differing, load, openSearchUrl);
            } finally {
                embedded.rebuilds().close();
                openSearch.rebuilds().close();
            }
        } finally {
            SearchBenchmark.deleteRecursively(indexRoot);
        }
    }

    private static Backend index(String name, SessionFactory sessions, @Nullable SearchBackend remote,
            List<CorpusEntry> distinct, int wanted) throws InterruptedException {
        int stored = SearchBenchmark.store(sessions, distinct, wanted);
        IndexRebuilds rebuilds = new IndexRebuilds(sessions);
        SearchService service = new SearchService(sessions, SearchTypeAliases.CODES_ONLY, rebuilds,
                new IndexIntegrity(null), remote);
        long start = System.nanoTime();
        service.reindexAll();
        double seconds = (System.nanoTime() - start) / 1e9;
        long indexed = service.indexedDocumentCount();
        if (indexed != stored) {
            throw new IllegalStateException(name + ": " + indexed + " documents indexed of " + stored + " stored");
        }
        System.out.printf("%s: %d documents indexed in %.1f s%n", name, indexed, seconds);
        return new Backend(name, service, rebuilds, indexed, seconds);
    }

    /**
     * The two backends on every query: the same total, and the same first page as the reader sees it (titles and
     * highlighted snippets in order), or the query is printed. Ids are not compared: the corpus's copies of one text
     * (same title, same text) tie on score and title, and each backend breaks that tie by its own document order.
     */
    private static int compare(SearchService embedded, SearchService openSearch, List<String> queries) {
        int differing = 0;
        int sameIds = 0;
        for (String q : queries) {
            SearchResult a = embedded.search(SearchRequest.forReaders(q, null, 0, PAGE));
            SearchResult b = openSearch.search(SearchRequest.forReaders(q, null, 0, PAGE));
            List<String> pageA = a.hits().stream().map(h -> h.title() + " | " + h.snippetHtml()).toList();
            List<String> pageB = b.hits().stream().map(h -> h.title() + " | " + h.snippetHtml()).toList();
            if (a.total() != b.total() || !pageA.equals(pageB)) {
                System.out.printf("backends differ on %s: total %d / %d%n  embedded   %s%n  opensearch %s%n", q,
                        a.total(), b.total(), pageA, pageB);
                differing++;
            }
            if (a.hits().stream().map(SearchHit::id).toList().equals(b.hits().stream().map(SearchHit::id).toList())) {
                sameIds++;
            }
        }
        System.out.printf("same first-page ids (copies tied on score and title in the same order): %d of %d queries%n",
                sameIds, queries.size());
        return differing;
    }

    /**
     * Warm-up rounds, then measured rounds. In each round, at each number of searchers, each backend runs one pass
     * (the backends' order alternating per round): every searcher runs the whole query set, starting at its own
     * offset in it.
     */
    private static Map<String, Timing> measure(List<Backend> backends, List<String> queries, int rounds)
            throws Exception {
        Map<String, Timing> timings = new LinkedHashMap<>();
        for (int searchers : SEARCHERS) {
            backends.forEach(b -> timings.put(key(b, searchers), new Timing()));
        }
        int most = Arrays.stream(SEARCHERS).max().orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(most);
        try {
            for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
                for (int searchers : SEARCHERS) {
                    for (int i = 0; i < backends.size(); i++) {
                        Backend backend = backends.get((i + round) % backends.size());
                        Timing timing = round < WARM_UP_ROUNDS ? new Timing() : timings.get(key(backend, searchers));
                        pass(pool, backend.service(), queries, searchers, timing);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return timings;
    }

    private static void pass(ExecutorService pool, SearchService service, List<String> queries, int searchers,
            Timing timing) throws Exception {
        List<Future<long[]>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int s = 0; s < searchers; s++) {
            int offset = s * queries.size() / searchers;
            running.add(pool.submit(() -> {
                long[] took = new long[queries.size()];
                for (int i = 0; i < queries.size(); i++) {
                    String q = queries.get((offset + i) % queries.size());
                    long t = System.nanoTime();
                    service.search(SearchRequest.forReaders(q, null, 0, PAGE));
                    took[i] = System.nanoTime() - t;
                }
                return took;
            }));
        }
        for (Future<long[]> searcher : running) {
            for (long took : searcher.get()) {
                timing.latencies.add(took);
            }
        }
        timing.wallNanos += System.nanoTime() - start;
    }

    private static String key(Backend backend, int searchers) {
        return backend.name() + "/" + searchers;
    }

    private static String load(String when) {
        return String.format("%s %.2f", when, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void report(int distinct, List<Backend> backends, int queryCount, int rounds,
            Map<String, Timing> timings, int differing, List<String> load, String openSearchUrl) {
        System.out.printf("%nEmbedded vs OpenSearch — %s, OpenSearch %s (prefix %s)%n",
                ManagementFactory.getRuntimeMXBean().getVmVersion(), openSearchUrl, PREFIX);
        System.out.printf("corpus: %d distinct texts copied to %d documents; queries: %d, %d warm-up + %d measured"
                + " rounds, page of %d, each searcher running the whole query set per round%n", distinct,
                backends.getFirst().indexed(), queryCount, WARM_UP_ROUNDS, rounds, PAGE);
        System.out.printf("same total and first page (titles and snippets in order) on both backends: %d of %d queries"
                + " differ%n", differing, queryCount);
        System.out.printf("load average (1 min): %s%n%n", String.join(", ", load));
        System.out.println("| backend    | searchers | p50 ms | p99 ms | searches/s |");
        System.out.println("|------------|----------:|-------:|-------:|-----------:|");
        for (int searchers : SEARCHERS) {
            for (Backend b : backends) {
                Timing t = timings.get(key(b, searchers));
                long[] sorted = t.sorted();
                System.out.printf("| %-10s | %9d | %6.2f | %6.2f | %10.1f |%n", b.name(), searchers,
                        SearchBenchmark.pct(sorted, 50) / 1e6, SearchBenchmark.pct(sorted, 99) / 1e6, t.perSecond());
            }
        }
        Backend embedded = backends.get(0);
        Backend openSearch = backends.get(1);
        System.out.println("\n| OpenSearch / embedded | p50 | p99 | searches/s |");
        System.out.println("|-----------------------|----:|----:|-----------:|");
        for (int searchers : SEARCHERS) {
            Timing e = timings.get(key(embedded, searchers));
            Timing o = timings.get(key(openSearch, searchers));
            System.out.printf("| %d searcher%-11s | %.2f× | %.2f× | %.2f× |%n", searchers, searchers == 1 ? "" : "s",
                    ratio(o.sorted(), e.sorted(), 50), ratio(o.sorted(), e.sorted(), 99),
                    o.perSecond() / e.perSecond());
        }
        System.out.println("\n| indexing (mass indexer) | documents | seconds | docs/s |");
        System.out.println("|-------------------------|----------:|--------:|-------:|");
        for (Backend b : backends) {
            System.out.printf("| %-23s | %9d | %7.1f | %6.0f |%n", b.name(), b.indexed(), b.indexSeconds(),
                    b.docsPerSecond());
        }
        System.out.printf("OpenSearch / embedded indexing throughput: %.2f×%n",
                openSearch.docsPerSecond() / embedded.docsPerSecond());
    }

    private static double ratio(long[] over, long[] under, int percent) {
        return (double) SearchBenchmark.pct(over, percent) / SearchBenchmark.pct(under, percent);
    }
}
