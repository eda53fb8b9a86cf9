package vn.hungyen.khcn.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.SearchFacets;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.index.analysis.PortalSimilarity;
import vn.hungyen.khcn.index.opensearch.OpenSearchBackendSettings;
import vn.hungyen.khcn.index.search.SearchHit;
import vn.hungyen.khcn.index.search.SearchQuery;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchService;
import vn.hungyen.khcn.index.search.TextQueryBuilder;
import vn.hungyen.khcn.index.search.TextQueryBuilder.Ranking;

/**
 * Builds the benchmark index through the portal's own path (entities in H2, then {@link SearchService#reindexAll()})
 * and times, in the same run and on the same index, the search service as the search page calls it (first page of
 * 10, facets, highlighting) against a bare {@link IndexSearcher} on the same reader: the typed text turned into a
 * query by the very {@link TextQueryBuilder} (the same analyzers) the service uses, plus the published-state and facet
 * filters, top 10 by score with their stored titles. The bare search with its query built before the timing, and the
 * same query through Hibernate Search with and without facets or its highlighter, are timed too, to show where time
 * goes.
 *
 * <p>The index is built once; the timing runs in several JVMs started in turn on it ({@code bench.forks}, 5 by
 * default), each comparing the sides within itself, and the summary gives each JVM's ratios and their median.
 *
 * <p>Arguments: repository root, ALQAC directory, number of documents, measured rounds over the query set, an
 * OpenSearch address (empty: this benchmark), number of timing JVMs.
 */
public final class SearchBenchmark {

    /** The name of the check's title highlighter. */
    private static final String WHOLE = "whole";

    /** The first argument of a timing JVM (see {@link #timeInThisJvm}). */
    private static final String FORK = "--time-in-this-jvm";
    private static final String FORK_RESULT = "fork-%d.properties";
    private static final String SERVICE_P50 = "service.p50.ms";
    private static final String BARE_P50 = "bare.p50.ms";
    private static final String P50_RATIO = "p50.ratio";
    private static final String P99_RATIO = "p99.ratio";
    private static final String QUERY_BY_QUERY = "query-by-query.ratio";

    private static final int PAGE = 10;
    private static final int WARM_UP_ROUNDS = 3;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(FORK)) {
            timeInThisJvm(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        Path repository = Path.of(args[0]).toAbsolutePath().normalize();
        Path alqac = repository.resolve(args.length > 1 ? args[1] : "../shared/eval/alqac2023").normalize();
        int wanted = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        List<String> queries = queries();
        String openSearch = args.length > 4 ? args[4].strip() : "";
        if (!openSearch.isEmpty()) {
            BackendComparison.run(repository, alqac, wanted, rounds, queries, openSearch);
            return;
        }
        int forks = args.length > 5 && !args[5].isBlank() ? Integer.parseInt(args[5].strip()) : 5;
        if (forks < 1) {
            throw new IllegalArgumentException("bench.forks must be at least 1, not " + forks);
        }
        Path work = Files.createTempDirectory("khcn-bench");
        try {
            try (SessionFactory sessions = bootstrap(work, true)) {
                List<CorpusEntry> distinct = Corpus.read(repository, alqac);
                long start = System.nanoTime();
                int stored = store(sessions, distinct, wanted);
                double storeSeconds = seconds(start);

                SearchService service = new SearchService(sessions);
                start = System.nanoTime();
                service.reindexAll();
                double indexSeconds = seconds(start);
                long indexed = service.indexedDocumentCount();

                int differing = compareHighlights(sessions, service, new TextQueryBuilder(), queries);
                System.out.printf("%nSearch benchmark — %s%n", ManagementFactory.getRuntimeMXBean().getVmVersion());
                System.out.printf("corpus: %d distinct texts (laws of %s, ALQAC %s, plan 21/KH-SKHCN), copied to %d"
                        + " documents%n", distinct.size(), repository.relativize(repository.resolve("plugins/legal")),
                        alqac, stored);
                System.out.printf("store in H2 (no indexing): %.1f s (%.0f rows/s)%n", storeSeconds,
                        stored / storeSeconds);
                System.out.printf("index (SearchService.reindexAll, mass indexer from H2): %d documents in %.1f s ="
                        + " %.0f docs/s%n", indexed, indexSeconds, indexed / indexSeconds);
                System.out.printf("highlights: %d of the service's pages (order), titles and snippets differ from"
                        + " Hibernate Search's own fast-vector highlighter on the whole query (search query +"
                        + " accented-form clauses)%n", differing);
                System.out.printf("queries: %d, %d warm-up + %d measured rounds, page of %d; %d JVMs time them in"
                        + " turn on this index%n", queries.size(), WARM_UP_ROUNDS, rounds, PAGE, forks);
            }
            List<Properties> results = new ArrayList<>();
            for (int fork = 1; fork <= forks; fork++) {
                results.add(fork(work, rounds, fork));
            }
            summarize(results);
        } finally {
            deleteRecursively(work);
        }
    }

    /**
     * One JVM's timings, on the index and database {@code work} holds. Each JVM's JIT compiles the sides its own way
     * (timed in the JVM that had just indexed, the bare top-10 search ran slower than Hibernate Search running the
     * same query, and the ratio came out 0.95× to 1.26× in three runs of the same code), so one JVM's ratio is a
     * draw; the ratios of several JVMs on the same index show the spread, and their median is the figure.
     */
    private static void timeInThisJvm(Path work, int rounds, int fork) throws Exception {
        List<String> queries = queries();
        try (SessionFactory sessions = bootstrap(work, false)) {
            SearchService service = new SearchService(sessions);
            // No query cache on any side: Lucene's default cache is shared by every searcher of the JVM, so what one
            // side's searches put in it (the filters' bit sets, once a filter has been used often enough) would speed
            // up the next side's, and its state drifts over the rounds: the ratios would measure the cache's history.
            IndexSearcher.setDefaultQueryCache(null);
            try (IndexReader reader = Search.mapping(sessions).scope(ContentItem.class)
                    .extension(LuceneExtension.get()).openIndexReader()) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(PortalSimilarity.INSTANCE); // the service's scoring
                TextQueryBuilder builder = new TextQueryBuilder();
                Map<String, Query> bare = new LinkedHashMap<>();
                queries.forEach(q -> bare.put(q, bareQuery(builder, q)));

                Map<String, Consumer<String>> sides = new LinkedHashMap<>();
                sides.put("service", q -> service.search(SearchRequest.forReaders(q, null, 0, PAGE)));
                // The bare searcher turns the typed text into its query with the same analyzers (TextQueryBuilder), as
                // any searcher must; the same search with the query built before the timing is shown too.
                sides.put("bare", q -> bareSearch(searcher, bareQuery(builder, q)));
                sides.put("bare, query built untimed", q -> bareSearch(searcher, bare.get(q)));
                // What the bonus for a title whole in the query costs (TitleCoverQuery), on the same index.
                TextQueryBuilder noTitleBonus = new TextQueryBuilder(Ranking.SHIPPED.withTitleCovered(0f));
                sides.put("bare, no title bonus", q -> bareSearch(searcher, bareQuery(noTitleBonus, q)));
                sides.put("hs ids only", q -> hibernateSearch(sessions, bare.get(q), false, false));
                sides.put("hs ids + 7 facet fields", q -> hibernateSearch(sessions, bare.get(q), true, false));
                sides.put("hs ids + 1 combined facet field", q -> combinedFacets(sessions, bare.get(q)));
                sides.put("hs ids + hs highlight", q -> hibernateSearch(sessions, bare.get(q), false, true));

                Map<String, Map<String, List<Long>>> timings = measure(queries, sides, rounds);
                Properties result = report(fork, timings, reader.numDocs(), service);
                try (var out = Files.newBufferedWriter(work.resolve(FORK_RESULT.formatted(fork)))) {
                    result.store(out, null);
                }
            }
        }
    }

    /** Runs one timing JVM on the built index, as this one was started (heap, options, class path). */
    private static Properties fork(Path work, int rounds, int fork) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        // JAVA_TOOL_OPTIONS (a profiler, say) reaches the child through the environment: not passed twice.
        List<String> inherited = List.of(System.getenv().getOrDefault("JAVA_TOOL_OPTIONS", "").split("\\s+"));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> !inherited.contains(a))
                .forEach(command::add);
        command.addAll(List.of("-classpath", System.getProperty("java.class.path"), SearchBenchmark.class.getName(),
                FORK, work.toString(), Integer.toString(rounds), Integer.toString(fork)));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        Path result = work.resolve(FORK_RESULT.formatted(fork));
        if (exit != 0 || !Files.exists(result)) {
            throw new IllegalStateException("timing JVM " + fork + " ended with exit code " + exit);
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(result)) {
            properties.load(in);
        }
        return properties;
    }

    /** The ratios of every timing JVM and their median, lowest and highest. */
    private static void summarize(List<Properties> results) {
        System.out.printf("%nservice / bare, each ratio within one JVM (%d JVMs on the same index):%n", results.size());
        System.out.println("| JVM    | service p50 ms | bare p50 ms | pooled p50 | pooled p99 | query by query |");
        System.out.println("|--------|---------------:|------------:|-----------:|-----------:|---------------:|");
        for (int i = 0; i < results.size(); i++) {
            Properties r = results.get(i);
            System.out.printf("| %-6d | %14.2f | %11.2f | %9.2f× | %9.2f× | %13.2f× |%n", i + 1, value(r, SERVICE_P50),
                    value(r, BARE_P50), value(r, P50_RATIO), value(r, P99_RATIO), value(r, QUERY_BY_QUERY));
        }
        System.out.printf("| median | %14.2f | %11.2f | **%.2f×** | %9.2f× | **%.2f×** |%n", median(results, SERVICE_P50),
                median(results, BARE_P50), median(results, P50_RATIO), median(results, P99_RATIO),
                median(results, QUERY_BY_QUERY));
        System.out.printf("%npooled p50 ratio %.2f–%.2f×, query by query %.2f–%.2f× over the JVMs%n",
                bound(results, P50_RATIO, false), bound(results, P50_RATIO, true), bound(results, QUERY_BY_QUERY, false),
                bound(results, QUERY_BY_QUERY, true));
    }

    private static double median(List<Properties> results, String key) {
        double[] values = values(results, key);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static double bound(List<Properties> results, String key, boolean highest) {
        double[] values = values(results, key);
        return highest ? values[values.length - 1] : values[0];
    }

    private static double[] values(List<Properties> results, String key) {
        return results.stream().mapToDouble(r -> value(r, key)).sorted().toArray();
    }

    private static double value(Properties result, String key) {
        return Double.parseDouble(result.getProperty(key));
    }

    /** The database and index of the run under {@code work}: created by the run's first JVM, opened by the others. */
    private static SessionFactory bootstrap(Path work, boolean create) {
        return BenchSessions.open("bench", Map.of(OpenSearchBackendSettings.BACKEND, "lucene"), Map.of(
                "hibernate.connection.url", "jdbc:h2:file:" + work.resolve("db"),
                "hibernate.hbm2ddl.auto", create ? "create" : "none",
                "hibernate.search.backend.directory.root", work.resolve("index").toString()));
    }

    /** Writes the corpus, copied until {@code wanted} rows, each copy under its own slug, year and group. */
    static int store(SessionFactory sessions, List<CorpusEntry> distinct, int wanted) {
        int n = 0;
        try (StatelessSession session = sessions.openStatelessSession()) {
            var tx = session.beginTransaction();
            for (int copy = 0; n < wanted; copy++) {
                for (CorpusEntry entry : distinct) {
                    if (n == wanted) {
                        break;
                    }
                    session.insert(new BenchDocument(copy == 0 ? entry : entry.copy(copy), "doc-" + n));
                    n++;
                }
            }
            tx.commit();
        }
        return n;
    }

    private static Query bareQuery(TextQueryBuilder builder, String typed) {
        SearchQuery query = SearchQuery.parse(typed);
        BooleanQuery.Builder bool = new BooleanQuery.Builder().add(builder.build(query), Occur.MUST)
                .add(new TermQuery(new Term(SearchFields.STATE, PublicationState.PUBLISHED.name())), Occur.FILTER);
        query.facetFilters().forEach((name, values) -> values.forEach(v ->
                bool.add(new TermQuery(new Term(SearchFacets.field(name), v)), Occur.FILTER)));
        return bool.build();
    }

    private static void bareSearch(IndexSearcher searcher, Query query) {
        try {
            TopDocs top = searcher.search(query, PAGE);
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                fields.document(hit.doc, Set.of(SearchFields.TITLE));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The same Lucene query through Hibernate Search, ids and scores, with or without the service's facet counts and
     * highlighting: where the service's time goes.
     */
    private static void hibernateSearch(SessionFactory sessions, Query query, boolean facets, boolean highlight) {
        try (var em = sessions.createEntityManager()) {
            SearchSession session = Search.session(em);
            var step = session.search(ContentItem.class)
                    .select(f -> highlight
                            ? f.composite().from(f.id(Long.class), f.score(), f.highlight(SearchFields.TITLE),
                                    f.highlight(SearchFields.TEXT)).asList()
                            : f.composite().from(f.id(Long.class), f.score()).asList())
                    .where(f -> f.extension(LuceneExtension.get()).fromLuceneQuery(query))
                    .highlighter(h -> h.fastVector().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                            .fragmentSize(220).numberOfFragments(1).noMatchSize(220));
            if (facets) {
                step = step.aggregation(AggregationKey.of("type"), f -> f.terms().field(SearchFields.TYPE, String.class));
                for (String facet : SearchFacets.ALL) {
                    step = step.aggregation(AggregationKey.of(facet), f -> f.terms()
                            .field(SearchFacets.field(facet), String.class).maxTermCount(50));
                }
            }
            step.fetch(PAGE);
        }
    }

    /**
     * Checks the service's own highlighting against Hibernate Search's highlight projection run, as the service did
     * before, on the search query plus the accented-form clauses of weight 0: the same first page, the same markup.
     * Returns the number of titles and snippets that differ (each printed).
     */
    private static int compareHighlights(SessionFactory sessions, SearchService service, TextQueryBuilder builder,
            List<String> queries) {
        int differing = 0;
        for (String typed : queries) {
            SearchQuery parsed = SearchQuery.parse(typed);
            if (!parsed.facetFilters().isEmpty() || !parsed.types().isEmpty()) {
                continue;
            }
            BooleanQuery.Builder whole = new BooleanQuery.Builder();
            BooleanQuery highlight = (BooleanQuery) builder.highlightQuery(parsed);
            boolean first = true;
            for (var clause : highlight.clauses()) {
                whole.add(clause.getQuery(), first && highlight.clauses().size() > 1 ? Occur.MUST : clause.getOccur());
                first = false;
            }
            whole.add(new TermQuery(new Term(SearchFields.STATE, PublicationState.PUBLISHED.name())), Occur.FILTER);
            Query old = highlight.clauses().size() > 1 ? whole.build() : bareQuery(builder, typed);
            Map<Long, List<String>> expected = new LinkedHashMap<>();
            try (var em = sessions.createEntityManager()) {
                Search.session(em).search(ContentItem.class)
                        .select(f -> f.composite().from(f.id(Long.class),
                                f.highlight(SearchFields.TITLE).highlighter(WHOLE),
                                f.highlight(SearchFields.TEXT)).asList())
                        .where(f -> f.extension(LuceneExtension.get()).fromLuceneQuery(old))
                        .highlighter(h -> h.fastVector().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                                .fragmentSize(220).numberOfFragments(1).noMatchSize(220))
                        // The service shows a title whole; here one fragment as long as any title, which starts a
                        // few characters before the first match: the service's title must end with it.
                        .highlighter(WHOLE, h -> h.fastVector().tag("<mark>", "</mark>")
                                .encoder(HighlighterEncoder.HTML).fragmentSize(6_000).numberOfFragments(1)
                                .noMatchSize(6_000))
                        .sort(f -> f.score().then().field(SearchFields.TITLE_SORT))
                        .fetchHits(PAGE).forEach(row -> expected.put((Long) row.get(0), List.of(
                                first(row.get(1)), first(row.get(2)))));
            }
            List<SearchHit> page = service.search(SearchRequest.forReaders(typed, null, 0, PAGE)).hits();
            List<Long> order = page.stream().map(SearchHit::id).toList();
            if (!order.equals(List.copyOf(expected.keySet()))) {
                System.out.printf("highlight check: %s: page order%n  old %s%n  new %s%n", typed, expected.keySet(),
                        order);
                differing++;
            }
            for (var hit : page) {
                List<String> want = expected.get(hit.id());
                if (want == null) {
                    System.out.printf("highlight check: %s: hit %d not in the old first page%n", typed, hit.id());
                    differing++;
                    continue;
                }
                if (!want.get(0).isEmpty() && !hit.titleHtml().endsWith(want.get(0))) {
                    System.out.printf("highlight check: %s: title of %d:%n  old %s%n  new %s%n", typed, hit.id(),
                            want.get(0), hit.titleHtml());
                    differing++;
                }
                if (!want.get(1).equals(hit.snippetHtml())) {
                    System.out.printf("highlight check: %s: snippet of %d:%n  old %s%n  new %s%n", typed, hit.id(),
                            want.get(1), hit.snippetHtml());
                    differing++;
                }
            }
        }
        return differing;
    }

    private static String first(Object highlights) {
        return highlights instanceof List<?> list && !list.isEmpty() ? (String) list.getFirst() : "";
    }

    /** The same Lucene query through Hibernate Search, ids and scores, with the service's one facet aggregation. */
    private static void combinedFacets(SessionFactory sessions, Query query) {
        try (var em = sessions.createEntityManager()) {
            Search.session(em).search(ContentItem.class)
                    .select(f -> f.composite().from(f.id(Long.class), f.score()).asList())
                    .where(f -> f.extension(LuceneExtension.get()).fromLuceneQuery(query))
                    .aggregation(AggregationKey.<Map<String, Long>>of("all"), f -> f.terms()
                            .field(SearchFacets.COUNTS_FIELD, String.class).maxTermCount(Integer.MAX_VALUE))
                    .fetch(PAGE);
        }
    }

    /** Warm-up rounds, then measured rounds; each query runs on every side in turn, the order rotating per round. */
    private static Map<String, Map<String, List<Long>>> measure(List<String> queries,
            Map<String, Consumer<String>> sides, int rounds) {
        Map<String, Map<String, List<Long>>> timings = new LinkedHashMap<>();
        sides.keySet().forEach(s -> timings.put(s, new LinkedHashMap<>()));
        List<String> names = new ArrayList<>(sides.keySet());
        for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
            for (String query : queries) {
                for (int i = 0; i < names.size(); i++) {
                    String side = names.get((i + round) % names.size());
                    long start = System.nanoTime();
                    sides.get(side).accept(query);
                    long took = System.nanoTime() - start;
                    if (round >= WARM_UP_ROUNDS) {
                        timings.get(side).computeIfAbsent(query, q -> new ArrayList<>()).add(took);
                    }
                }
            }
        }
        return timings;
    }

    /** Prints one JVM's table and returns its figures for the summary. */
    private static Properties report(int fork, Map<String, Map<String, List<Long>>> timings, int luceneDocs,
            SearchService service) {
        System.out.printf("%nJVM %d (%d documents):%n", fork, luceneDocs);
        Map<String, long[]> all = new LinkedHashMap<>();
        timings.forEach((side, byQuery) -> all.put(side,
                byQuery.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray()));
        long[] bare = all.get("bare");
        System.out.println("| side                                   | p50 ms | p99 ms | p50 / bare | p99 / bare |");
        System.out.println("|----------------------------------------|-------:|-------:|-----------:|-----------:|");
        all.forEach((side, t) -> System.out.printf("| %-38s | %6.2f | %6.2f | %9.2f× | %9.2f× |%n", side,
                ms(pct(t, 50)), ms(pct(t, 99)), (double) pct(t, 50) / pct(bare, 50), (double) pct(t, 99) / pct(bare, 99)));
        // The pooled p50 above depends on which queries sit in the middle of all timings; the ratio query by query
        // (each query's median on the service over its median on the bare side) weighs every query alike.
        Map<String, List<Long>> svc = timings.get("service");
        double[] ratios = svc.keySet().stream().mapToDouble(q -> (double) median(svc.get(q))
                / median(timings.get("bare").get(q))).sorted().toArray();
        double geometricMean = Math.exp(Arrays.stream(ratios).map(Math::log).sum() / ratios.length);
        System.out.printf("service / bare query by query (median over median): geometric mean %.2f×, median %.2f×,"
                + " lowest %.2f×, highest %.2f× (%d queries)%n", geometricMean, ratios[ratios.length / 2], ratios[0],
                ratios[ratios.length - 1], ratios.length);
        System.out.println("slowest queries on the service (median ms: service / bare / hs ids only, hits):");
        svc.keySet().stream().sorted(Comparator.comparingLong((String q) -> median(svc.get(q))).reversed()).limit(5)
                .forEach(q -> System.out.printf("  %-40s %7.2f / %6.2f / %6.2f  %d%n", q, ms(median(svc.get(q))),
                        ms(median(timings.get("bare").get(q))), ms(median(timings.get("hs ids only").get(q))),
                        service.search(SearchRequest.forReaders(q, null, 0, PAGE)).total()));
        // The queries that set the query-by-query figure: the largest ratios, with what each side takes.
        System.out.println("highest ratios (median ms: service / bare, ratio, hits):");
        svc.keySet().stream().sorted(Comparator.comparingDouble((String q) -> (double) median(svc.get(q))
                / median(timings.get("bare").get(q))).reversed()).limit(8)
                .forEach(q -> System.out.printf("  %-40s %7.2f / %6.2f  %5.2f×  %d%n", q, ms(median(svc.get(q))),
                        ms(median(timings.get("bare").get(q))),
                        (double) median(svc.get(q)) / median(timings.get("bare").get(q)),
                        service.search(SearchRequest.forReaders(q, null, 0, PAGE)).total()));
        long[] served = all.get("service");
        Properties result = new Properties();
        result.setProperty(SERVICE_P50, Double.toString(ms(pct(served, 50))));
        result.setProperty(BARE_P50, Double.toString(ms(pct(bare, 50))));
        result.setProperty(P50_RATIO, Double.toString((double) pct(served, 50) / pct(bare, 50)));
        result.setProperty(P99_RATIO, Double.toString((double) pct(served, 99) / pct(bare, 99)));
        result.setProperty(QUERY_BY_QUERY, Double.toString(geometricMean));
        return result;
    }

    static List<String> queries() throws IOException {
        try (InputStream in = SearchBenchmark.class.getResourceAsStream("queries.txt")) {
            // -Dbench.only=REGEX (through JAVA_TOOL_OPTIONS, so that the timing JVMs see it too): only the queries it
            // finds, to profile a few.
            Pattern only = Pattern.compile(System.getProperty("bench.only", ""));
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).filter(l -> only.matcher(l).find()).toList();
        }
    }

    private static long median(List<Long> values) {
        return pct(values.stream().mapToLong(Long::longValue).sorted().toArray(), 50);
    }

    /** Nearest-rank percentile of sorted values. */
    static long pct(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static void deleteRecursively(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
