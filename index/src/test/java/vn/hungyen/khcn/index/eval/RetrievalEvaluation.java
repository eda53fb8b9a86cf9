package vn.hungyen.khcn.index.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.content.text.Diacritics;
import vn.hungyen.khcn.index.analysis.PortalSimilarity;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;
import vn.hungyen.khcn.index.search.SearchQuery;
import vn.hungyen.khcn.index.search.TextQueryBuilder.Ranking;
import vn.hungyen.khcn.index.search.TextQueryBuilder;
import vn.hungyen.khcn.index.query.TitleCoverQuery;

/**
 * Indexes every ALQAC 2023 article in memory under the portal's own fields and analyzers (title = the article's heading
 * line, text = the rest) and under two plain baselines, asks the judged questions through each configuration and prints
 * recall@10 and nDCG@10 side by side, in one run. The portal's rows are built by the search service's own
 * {@link TextQueryBuilder} from {@link SearchQuery#parse} of the question, as the search box does; the last line is the
 * shipped query's figures. The questions are asked twice: as written, and without diacritics (as users often type).
 * Usage: {@code RetrievalEvaluation <law.json> <questions.json>}; see {@code index/EVALUATION.md}.
 */
public final class RetrievalEvaluation {

    static final int K = 10;

    private static final String ID = "id";
    private static final String STANDARD = "standard";
    private static final String STANDARD_ICU = "standard_icu";
    /** Baseline (c)'s fields: the whole article (heading and body), folded, and its syllable pairs. */
    private static final String FOLDED_ALL = "folded_all";
    private static final String SHINGLE_ALL = "shingle_all";
    private static final String PORTAL_FIELDS = "    ";

    private RetrievalEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RetrievalEvaluation <law.json> <questions.json>");
            System.exit(2);
        }
        long started = System.nanoTime();
        EvaluationSet data = EvaluationSet.read(Path.of(args[0]), Path.of(args[1]));
        Analyzer standard = new StandardAnalyzer();
        Analyzer standardIcu = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("icuFolding").build();

        Map<String, Function<String, Query>> configurations = new LinkedHashMap<>();
        configurations.put("(a) baseline: StandardAnalyzer, any word", anyWord(STANDARD, standard));
        configurations.put("(b) baseline: Standard + ICU folding, any word", anyWord(STANDARD_ICU, standardIcu));
        configurations.put("(c) baseline: folded + syllable pairs, any word",
                anyWord(FOLDED_ALL, VietnameseAnalyzers.foldedQuery(), SHINGLE_ALL, VietnameseAnalyzers.shingles()));
        configurations.put("(d) before: TextQueryBuilder, every word", shipped(Ranking.ALL_WORDS));
        Ranking s = Ranking.SHIPPED;
        configurations.put(PORTAL_FIELDS + "shipped, function words required", shipped(
                new Ranking(s.title(), s.text(), s.titleFolded(), s.textFolded(), s.shingle(), s.titlePairs(),
                        s.titlePhrase(), s.allWordsUpTo(), s.shouldMatchShare(), s.pairsUpTo(), false, s.titleCovered())));
        for (float share : new float[] {0.25f, 0.5f, 0.75f}) {
            configurations.put(PORTAL_FIELDS + "shipped, should-match share " + share, shipped(
                    new Ranking(s.title(), s.text(), s.titleFolded(), s.textFolded(), s.shingle(), s.titlePairs(),
                            s.titlePhrase(), s.allWordsUpTo(), share, s.pairsUpTo(), s.functionWordsOptional(),
                            s.titleCovered())));
        }
        for (float shingle : new float[] {2f, 4f}) {
            configurations.put(PORTAL_FIELDS + "shipped, pair bonus " + shingle, shipped(
                    new Ranking(s.title(), s.text(), s.titleFolded(), s.textFolded(), shingle, s.titlePairs(),
                            s.titlePhrase(), s.allWordsUpTo(), s.shouldMatchShare(), s.pairsUpTo(),
                            s.functionWordsOptional(), s.titleCovered())));
        }
        for (float titlePairs : new float[] {0f, 1f, 3f}) {
            configurations.put(PORTAL_FIELDS + "shipped, title pair bonus " + titlePairs, shipped(
                    new Ranking(s.title(), s.text(), s.titleFolded(), s.textFolded(), s.shingle(), titlePairs,
                            s.titlePhrase(), s.allWordsUpTo(), s.shouldMatchShare(), s.pairsUpTo(),
                            s.functionWordsOptional(), s.titleCovered())));
        }
        for (float[] w : new float[][] {{4, 2, 1.5f, 1}, {2, 2, 2, 2}, {4, 2, 3, 2}}) {
            configurations.put(PORTAL_FIELDS + String.format(Locale.ROOT, "shipped, boosts %s/%s/%s/%s",
                    w[0], w[1], w[2], w[3]), shipped(new Ranking(w[0], w[1], w[2], w[3], s.shingle(), s.titlePairs(),
                    s.titlePhrase(), s.allWordsUpTo(), s.shouldMatchShare(), s.pairsUpTo(),
                    s.functionWordsOptional(), s.titleCovered())));
        }
        configurations.put(PORTAL_FIELDS + "shipped, pair bonus 2.0 + title pair bonus 1.0", shipped(
                new Ranking(s.title(), s.text(), s.titleFolded(), s.textFolded(), 2f, 1f, s.titlePhrase(),
                        s.allWordsUpTo(), s.shouldMatchShare(), s.pairsUpTo(), s.functionWordsOptional(),
                        s.titleCovered())));
        for (float covered : new float[] {0f, 3f, 9f}) {
            configurations.put(PORTAL_FIELDS + (covered == 0 ? "before: shipped without the title-cover bonus"
                    : "shipped, title-cover bonus " + covered + " a term"), shipped(s.withTitleCovered(covered)));
        }
        String shippedName = "(e) shipped: TextQueryBuilder, Ranking.SHIPPED";
        configurations.put(shippedName, shipped(s));

        // The portal's fields analyzed as the item mapping does, the baselines' fields by their own analyzers.
        Analyzer items = VietnameseAnalyzers.itemFields();
        Map<String, Analyzer> perField = Map.of(STANDARD, standard, STANDARD_ICU, standardIcu,
                FOLDED_ALL, VietnameseAnalyzers.folded(), SHINGLE_ALL, VietnameseAnalyzers.shingles(),
                SearchFields.TITLE_FOLDED, items, SearchFields.TEXT_FOLDED, items, SearchFields.TEXT_SHINGLE, items);
        double[] shippedFigures = null;
        try (Directory directory = new ByteBuffersDirectory()) {
            index(directory, data.articles(), new PerFieldAnalyzerWrapper(items, perField));
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                // The portal's scoring; the baselines' own fields get Lucene's default BM25 from it.
                searcher.setSimilarity(PortalSimilarity.INSTANCE);
                System.out.printf(Locale.ROOT, "ALQAC 2023: %d articles, %d questions (%s), BM25, top %d%n%n",
                        reader.numDocs(), data.questions().size(), Path.of(args[1]).getFileName(), K);
                System.out.printf(Locale.ROOT, "| %-52s | %9s | %7s | %9s | %7s |%n", "configuration",
                        "recall@10", "nDCG@10", "recall@10", "nDCG@10");
                System.out.printf(Locale.ROOT, "| %-52s | %19s | %19s |%n", "", "questions as written",
                        "without diacritics");
                System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%n", "-".repeat(54), "-".repeat(11), "-".repeat(9),
                        "-".repeat(11), "-".repeat(9));
                // Every row's nDCG@10 question by question, as written and without diacritics: the cross-validation.
                Map<String, double[][]> rows = new LinkedHashMap<>();
                for (var configuration : configurations.entrySet()) {
                    double[] written = evaluate(searcher, data.questions(), configuration.getValue(), false,
                            rows, configuration.getKey());
                    double[] unaccented = evaluate(searcher, data.questions(), configuration.getValue(), true,
                            rows, configuration.getKey());
                    System.out.printf(Locale.ROOT, "| %-52s | %9.3f | %7.3f | %9.3f | %7.3f |%n",
                            configuration.getKey(), written[0], written[1], unaccented[0], unaccented[1]);
                    if (configuration.getKey().equals(shippedName)) {
                        shippedFigures = written;
                    }
                }
                // What shipped before issue 14's last round: Lucene's BM25 defaults, pair bonuses 2 and 1.
                IndexSearcher lucene = new IndexSearcher(reader);
                Function<String, Query> before = shipped(new Ranking(s.title(), s.text(), s.titleFolded(),
                        s.textFolded(), 2f, 1f, s.titlePhrase(), s.allWordsUpTo(), s.shouldMatchShare(),
                        s.pairsUpTo(), s.functionWordsOptional(), 0f));
                String beforeName = PORTAL_FIELDS + "before: BM25 defaults, pair bonuses 2 / 1";
                double[] beforeWritten = evaluate(lucene, data.questions(), before, false, rows, beforeName);
                double[] beforeUnaccented = evaluate(lucene, data.questions(), before, true, rows, beforeName);
                System.out.printf(Locale.ROOT, "| %-52s | %9.3f | %7.3f | %9.3f | %7.3f |%n",
                        beforeName, beforeWritten[0],
                        beforeWritten[1], beforeUnaccented[0], beforeUnaccented[1]);
                // BM25's parameters, the shipped query: norms hold lengths only, so one index serves every variant.
                for (var variant : similarities().entrySet()) {
                    IndexSearcher other = new IndexSearcher(reader);
                    other.setSimilarity(variant.getValue());
                    String name = PORTAL_FIELDS + "shipped, " + variant.getKey();
                    double[] written = evaluate(other, data.questions(), shipped(s), false, rows, name);
                    double[] unaccented = evaluate(other, data.questions(), shipped(s), true, rows, name);
                    System.out.printf(Locale.ROOT, "| %-52s | %9.3f | %7.3f | %9.3f | %7.3f |%n",
                            name, written[0], written[1], unaccented[0], unaccented[1]);
                }
                crossValidation(rows, shippedName);
            }
        }
        System.out.printf(Locale.ROOT, "%nran in %.1f s%n", (System.nanoTime() - started) / 1e9);
        System.out.printf(Locale.ROOT, "shipped: nDCG@10=%.3f recall@10=%.3f%n", shippedFigures[1], shippedFigures[0]);
    }

    /**
     * BM25 variants tried against the portal's {@link PortalSimilarity}, the text fields (exact, folded, syllable
     * pairs) apart from the titles and names: first Lucene's default everywhere (k1 1.2, b 0.75).
     */
    private static Map<String, Similarity> similarities() {
        Set<String> text = Set.of(SearchFields.TEXT, SearchFields.TEXT_FOLDED, SearchFields.TEXT_SHINGLE);
        Map<String, Similarity> variants = new LinkedHashMap<>();
        variants.put("BM25 k1=1.2 b=0.75 everywhere", new BM25Similarity());
        for (float[] kb : new float[][] {{1.2f, 0.5f}, {1.2f, 0.9f}, {0.9f, 0.4f}, {1.6f, 0.75f}, {0.9f, 0.3f},
                {0.6f, 0.4f}, {1.2f, 0.3f}}) {
            Similarity bm25 = new BM25Similarity(kb[0], kb[1]);
            Similarity standard = new BM25Similarity();
            variants.put(String.format(Locale.ROOT, "BM25 k1=%s b=%s on text", kb[0], kb[1]),
                    new PerFieldSimilarityWrapper() {
                        @Override
                        public Similarity get(String field) {
                            return text.contains(field) ? bm25 : standard;
                        }
                    });
        }
        variants.put("BM25 k1=0.9 b=0.4 on every field", new BM25Similarity(0.9f, 0.4f));
        return variants;
    }

    /** The portal's query: what the search box builds from the typed text, with these weights. */
    static Function<String, Query> shipped(Ranking ranking) {
        TextQueryBuilder builder = new TextQueryBuilder(ranking);
        return text -> builder.build(SearchQuery.parse(text));
    }

    /**
     * A baseline: the analyzed terms of each field OR-ed (Lucene's {@link QueryBuilder}), the fields OR-ed. Pairs of
     * field name and analyzer.
     */
    private static Function<String, Query> anyWord(Object... fieldsAndAnalyzers) {
        return text -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            boolean found = false;
            for (int i = 0; i < fieldsAndAnalyzers.length; i += 2) {
                Query terms = new QueryBuilder((Analyzer) fieldsAndAnalyzers[i + 1])
                        .createBooleanQuery((String) fieldsAndAnalyzers[i], text, Occur.SHOULD);
                if (terms != null) {
                    any.add(new BoostQuery(terms, 1f), Occur.SHOULD);
                    found = true;
                }
            }
            return found ? any.build() : new MatchNoDocsQuery("no terms in: " + text);
        };
    }

    static void index(Directory directory, List<EvaluationSet.Article> articles, Analyzer analyzer)
            throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (EvaluationSet.Article article : articles) {
                String text = article.text().strip();
                int lineEnd = text.indexOf('\n');
                String heading = lineEnd < 0 ? text : text.substring(0, lineEnd).strip();
                String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1).strip();
                Document doc = new Document();
                doc.add(new StringField(ID, article.id(), Field.Store.YES));
                doc.add(new TextField(STANDARD, text, Field.Store.NO));
                doc.add(new TextField(STANDARD_ICU, text, Field.Store.NO));
                doc.add(new TextField(FOLDED_ALL, text, Field.Store.NO));
                doc.add(new TextField(SHINGLE_ALL, text, Field.Store.NO));
                doc.add(new TextField(SearchFields.TITLE, heading, Field.Store.NO));
                doc.add(new TextField(SearchFields.TITLE_FOLDED, heading, Field.Store.NO));
                doc.add(new TextField(SearchFields.TEXT, body, Field.Store.NO));
                doc.add(new TextField(SearchFields.TEXT_FOLDED, body, Field.Store.NO));
                doc.add(new TextField(SearchFields.TEXT_SHINGLE, body, Field.Store.NO));
                TitleCoverQuery.luceneFields(heading).forEach(doc::add);
                writer.addDocument(doc);
            }
        }
    }

    /** Mean recall@K and nDCG@K over the questions. */
    static double[] evaluate(IndexSearcher searcher, List<EvaluationSet.Question> questions,
            Function<String, Query> queries, boolean stripDiacritics) {
        return evaluate(searcher, questions, queries, stripDiacritics, new LinkedHashMap<>(), "");
    }

    /**
     * {@link #evaluate(IndexSearcher, List, Function, boolean)}, also keeping each question's nDCG@K in {@code rows}
     * under {@code name} (index 0 as written, 1 without diacritics).
     */
    static double[] evaluate(IndexSearcher searcher, List<EvaluationSet.Question> questions,
            Function<String, Query> queries, boolean stripDiacritics, Map<String, double[][]> rows, String name) {
        double recall = 0;
        double ndcg = 0;
        double[] each = new double[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            EvaluationSet.Question question = questions.get(i);
            String text = stripDiacritics ? Diacritics.strip(question.text()) : question.text();
            List<String> ranked = search(searcher, queries.apply(text));
            recall += RetrievalMetrics.recallAtK(ranked, question.relevant(), K);
            each[i] = RetrievalMetrics.ndcgAtK(ranked, question.relevant(), K);
            ndcg += each[i];
        }
        rows.computeIfAbsent(name, n -> new double[2][])[stripDiacritics ? 1 : 0] = each;
        return new double[] {recall / questions.size(), ndcg / questions.size()};
    }

    /**
     * What tuning on these questions is worth on questions not seen: {@value #FOLDS}-fold cross-validation of the
     * choice made here. Question {@code i} is in fold {@code i % FOLDS}; for each fold the portal configuration (the
     * rows built by {@link TextQueryBuilder}, the baselines apart) with the best mean nDCG@10 on the other folds is
     * chosen, then scored on the fold it did not see. The mean over the folds estimates the nDCG@10 of "the best row
     * of this table" on new questions of the same kind; next to it, the shipped row's 95 % interval from resampling
     * the questions (bootstrap, fixed seed).
     */
    static void crossValidation(Map<String, double[][]> rows, String shippedName) {
        List<String> tuned = rows.keySet().stream()
                .filter(name -> name.startsWith(PORTAL_FIELDS) || name.equals(shippedName)).toList();
        System.out.printf(Locale.ROOT, "%ncross-validation: %d folds, the best of %d portal rows chosen on the other"
                + " folds, scored on the fold left out%n", FOLDS, tuned.size());
        for (int variant = 0; variant < 2; variant++) {
            Map<String, double[]> byRow = new LinkedHashMap<>();
            for (String name : tuned) {
                byRow.put(name.strip(), rows.get(name)[variant]);
            }
            RetrievalMetrics.CrossValidated result = RetrievalMetrics.crossValidated(byRow, FOLDS);
            double[] shipped = rows.get(shippedName)[variant];
            double[] interval = RetrievalMetrics.bootstrapInterval(shipped, 20231);
            System.out.printf(Locale.ROOT, "  %s: cross-validated nDCG@10 %.3f (shipped row %.3f, 95 %% interval"
                    + " %.3f–%.3f); chosen per fold: %s%n", variant == 0 ? "as written" : "without diacritics",
                    result.mean(), Arrays.stream(shipped).average().orElse(0), interval[0], interval[1],
                    result.chosen());
        }
    }

    private static final int FOLDS = 5;

    private static List<String> search(IndexSearcher searcher, Query query) {
        try {
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, K).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get(ID));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
