package vn.hungyen.khcn.index.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzer;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;
import vn.hungyen.khcn.index.eval.PortalQuery.FieldClause;

/**
 * Indexes every ALQAC 2023 article in memory (BM25, Lucene's defaults) under several analyses and prints recall@10 and
 * nDCG@10 of the 100 judged questions for each configuration, side by side, in one run. The questions are asked twice:
 * as written, and with every diacritic removed (as users often type). Usage: {@code RetrievalEvaluation <dir with
 * law.json and train.json>}; see {@code index/EVALUATION.md} for the command and the results.
 */
public final class RetrievalEvaluation {

    static final int K = 10;

    // Field names of the evaluation index, one per analysis.
    private static final String ID = "id";
    private static final String STANDARD = "standard";
    private static final String STANDARD_ICU = "standard_icu";
    private static final String EXACT = "exact";
    private static final String FOLDED = "folded";
    private static final String SHINGLE = "shingle";

    /**
     * The portal's field boosts. Exact 1.0 and folded 0.5: a term typed with the right diacritics scores in both fields
     * (1.5), a term that matches only after folding ({@code ma} for {@code mã}) scores 0.5, so exact matches rank
     * first. Syllable bigrams 0.5: a phrase-like bonus for adjacent syllables, below the single-syllable evidence.
     * Round values chosen from the sensitivity rows this command prints, not from individual questions.
     */
    static final float EXACT_BOOST = 1.0f;
    static final float FOLDED_BOOST = 0.5f;
    static final float SHINGLE_BOOST = 0.5f;

    private RetrievalEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RetrievalEvaluation <directory with law.json and train.json>");
            System.exit(2);
        }
        long started = System.nanoTime();
        EvaluationSet data = EvaluationSet.read(Path.of(args[0]));
        Analyzer standard = new StandardAnalyzer();
        Analyzer standardIcu = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("icuFolding").build();
        Analyzer exact = VietnameseAnalyzers.exact();
        Analyzer folded = VietnameseAnalyzers.folded();
        Analyzer shingles = VietnameseAnalyzers.shingles();
        Analyzer exactQuery = VietnameseAnalyzers.exactQuery();
        Analyzer foldedQuery = VietnameseAnalyzers.foldedQuery();
        Analyzer exactNoAbbrev = new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT, false, null);
        Analyzer foldedNoAbbrev = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED, false, null);

        Map<String, Function<String, Query>> configurations = new LinkedHashMap<>();
        configurations.put("(a) StandardAnalyzer",
                new PortalQuery(new FieldClause(STANDARD, standard, 1))::build);
        configurations.put("(b) Standard + ICU folding",
                new PortalQuery(new FieldClause(STANDARD_ICU, standardIcu, 1))::build);
        configurations.put("(c) portal: exact 1 + folded .5 + shingle .5",
                new PortalQuery(new FieldClause(EXACT, exactQuery, EXACT_BOOST),
                        new FieldClause(FOLDED, foldedQuery, FOLDED_BOOST),
                        new FieldClause(SHINGLE, shingles, SHINGLE_BOOST))::build);
        PortalQuery portal = new PortalQuery(new FieldClause(EXACT, exactQuery, EXACT_BOOST),
                new FieldClause(FOLDED, foldedQuery, FOLDED_BOOST), new FieldClause(SHINGLE, shingles, SHINGLE_BOOST));
        PortalQuery foldedOnly = new PortalQuery(new FieldClause(FOLDED, foldedQuery, FOLDED_BOOST),
                new FieldClause(SHINGLE, shingles, SHINGLE_BOOST));
        configurations.put("    (c), exact clause dropped if query has no marks",
                text -> hasDiacritics(text) ? portal.build(text) : foldedOnly.build(text));
        configurations.put("    exact only",
                new PortalQuery(new FieldClause(EXACT, exactQuery, 1))::build);
        configurations.put("    folded only",
                new PortalQuery(new FieldClause(FOLDED, foldedQuery, 1))::build);
        configurations.put("    exact 1 + folded .5 (no shingles)",
                new PortalQuery(new FieldClause(EXACT, exactQuery, EXACT_BOOST),
                        new FieldClause(FOLDED, foldedQuery, FOLDED_BOOST))::build);
        configurations.put("    (c) without abbreviation synonyms",
                new PortalQuery(new FieldClause(EXACT, exactNoAbbrev, EXACT_BOOST),
                        new FieldClause(FOLDED, foldedNoAbbrev, FOLDED_BOOST),
                        new FieldClause(SHINGLE, shingles, SHINGLE_BOOST))::build);
        for (float[] w : new float[][] {{1, 1, 0.5f}, {1, 0.25f, 0.5f}, {1, 0.5f, 0.25f}, {1, 0.5f, 1}}) {
            configurations.put(String.format(Locale.ROOT, "    sensitivity: exact %s + folded %s + shingle %s",
                            fmt(w[0]), fmt(w[1]), fmt(w[2])),
                    new PortalQuery(new FieldClause(EXACT, exactQuery, w[0]),
                            new FieldClause(FOLDED, foldedQuery, w[1]),
                            new FieldClause(SHINGLE, shingles, w[2]))::build);
        }

        Map<String, Analyzer> perField = Map.of(STANDARD, standard, STANDARD_ICU, standardIcu, EXACT, exact,
                FOLDED, folded, SHINGLE, shingles);
        try (Directory directory = new ByteBuffersDirectory()) {
            index(directory, data.articles(), new PerFieldAnalyzerWrapper(standard, perField));
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                System.out.printf(Locale.ROOT, "ALQAC 2023: %d articles, %d questions, BM25, top %d%n%n",
                        reader.numDocs(), data.questions().size(), K);
                System.out.printf(Locale.ROOT, "| %-52s | %9s | %7s | %9s | %7s |%n", "configuration",
                        "recall@10", "nDCG@10", "recall@10", "nDCG@10");
                System.out.printf(Locale.ROOT, "| %-52s | %19s | %19s |%n", "", "questions as written",
                        "without diacritics");
                System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%n", "-".repeat(54), "-".repeat(11), "-".repeat(9),
                        "-".repeat(11), "-".repeat(9));
                for (var configuration : configurations.entrySet()) {
                    double[] written = evaluate(searcher, data.questions(), configuration.getValue(), false);
                    double[] unaccented = evaluate(searcher, data.questions(), configuration.getValue(), true);
                    System.out.printf(Locale.ROOT, "| %-52s | %9.3f | %7.3f | %9.3f | %7.3f |%n",
                            configuration.getKey(), written[0], written[1], unaccented[0], unaccented[1]);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nran in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static String fmt(float f) {
        return f == (int) f ? String.valueOf((int) f) : String.valueOf(f).replaceFirst("^0", "");
    }

    private static void index(Directory directory, List<EvaluationSet.Article> articles, Analyzer analyzer)
            throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (EvaluationSet.Article article : articles) {
                Document doc = new Document();
                doc.add(new StringField(ID, article.id(), Field.Store.YES));
                for (String field : List.of(STANDARD, STANDARD_ICU, EXACT, FOLDED, SHINGLE)) {
                    doc.add(new TextField(field, article.text(), Field.Store.NO));
                }
                writer.addDocument(doc);
            }
        }
    }

    /** Mean recall@K and nDCG@K over the questions. */
    private static double[] evaluate(IndexSearcher searcher, List<EvaluationSet.Question> questions,
            Function<String, Query> queries, boolean stripDiacritics) {
        double recall = 0;
        double ndcg = 0;
        for (EvaluationSet.Question question : questions) {
            String text = stripDiacritics ? stripDiacritics(question.text()) : question.text();
            List<String> ranked = search(searcher, queries.apply(text));
            recall += RetrievalMetrics.recallAtK(ranked, question.relevant(), K);
            ndcg += RetrievalMetrics.ndcgAtK(ranked, question.relevant(), K);
        }
        return new double[] {recall / questions.size(), ndcg / questions.size()};
    }

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

    /** Whether the text has any letter with a diacritic (or đ), i.e. the user typed Vietnamese marks at all. */
    static boolean hasDiacritics(String text) {
        return !stripDiacritics(text).equals(Normalizer.normalize(text, Normalizer.Form.NFD));
    }

    /** The question as typed without Vietnamese diacritics: marks removed, đ → d, case kept. */
    static String stripDiacritics(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
    }
}
