package vn.hungyen.khcn.index.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.content.text.Diacritics;
import vn.hungyen.khcn.index.analysis.OpenSearchAnalysis;
import vn.hungyen.khcn.index.analysis.PortalSimilarity;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;
import vn.hungyen.khcn.index.opensearch.LuceneToOpenSearch;
import vn.hungyen.khcn.index.opensearch.OpenSearchSimilarity;
import vn.hungyen.khcn.index.search.TextQueryBuilder.Ranking;
import vn.hungyen.khcn.index.query.TitleCoverQuery;

/**
 * The shipped query's ALQAC figures through the OpenSearch path, beside the embedded ones, in one run: the articles
 * indexed in memory as {@link RetrievalEvaluation} does and, on an OpenSearch node, into one index with the generated
 * analysis ({@link OpenSearchAnalysis}) and scoring ({@link OpenSearchSimilarity}) under the portal's field names
 * and analyzers; each question's query built by
 * {@code TextQueryBuilder} ({@link Ranking#SHIPPED}), run as is on the embedded index and translated by
 * {@link LuceneToOpenSearch} on the node. The node's index is deleted at the end.
 * Usage: {@code OpenSearchRetrievalEvaluation <law.json> <questions.json> <node url> <index prefix>}.
 */
public final class OpenSearchRetrievalEvaluation {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int BULK = 500;

    private OpenSearchRetrievalEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: OpenSearchRetrievalEvaluation <law.json> <questions.json> <node url> <prefix>");
            System.exit(2);
        }
        EvaluationSet data = EvaluationSet.read(Path.of(args[0]), Path.of(args[1]));
        String node = args[2].replaceAll("/+$", "");
        String index = args[3] + "alqac-" + UUID.randomUUID();
        Function<String, Query> shipped = RetrievalEvaluation.shipped(Ranking.SHIPPED);

        double[][] embedded = new double[2][];
        try (Directory directory = new ByteBuffersDirectory()) {
            RetrievalEvaluation.index(directory, data.articles(), VietnameseAnalyzers.itemFields());
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(PortalSimilarity.INSTANCE); // the service's scoring
                embedded[0] = RetrievalEvaluation.evaluate(searcher, data.questions(), shipped, false);
                embedded[1] = RetrievalEvaluation.evaluate(searcher, data.questions(), shipped, true);
            }
        }
        double[][] openSearch = new double[2][];
        try {
            send("PUT", node + "/" + index, settings().toString());
            indexArticles(node, index, data.articles());
            openSearch[0] = evaluate(node, index, data.questions(), shipped, false);
            openSearch[1] = evaluate(node, index, data.questions(), shipped, true);
        } finally {
            send("DELETE", node + "/" + index, null);
        }
        System.out.printf(Locale.ROOT, "ALQAC 2023: %d articles, %d questions (%s), Ranking.SHIPPED, top %d%n%n",
                data.articles().size(), data.questions().size(), Path.of(args[1]).getFileName(), RetrievalEvaluation.K);
        System.out.printf(Locale.ROOT, "| %-34s | %9s | %7s | %9s | %7s |%n", "backend", "recall@10", "nDCG@10",
                "recall@10", "nDCG@10");
        System.out.printf(Locale.ROOT, "| %-34s | %19s | %19s |%n", "", "questions as written", "without diacritics");
        row("embedded Lucene", embedded);
        row("OpenSearch " + node, openSearch);
        System.out.printf(Locale.ROOT, "%nnDCG@10 difference: %.4f as written, %.4f without diacritics%n",
                Math.abs(embedded[0][1] - openSearch[0][1]), Math.abs(embedded[1][1] - openSearch[1][1]));
    }

    private static void row(String name, double[][] figures) {
        System.out.printf(Locale.ROOT, "| %-34s | %9.3f | %7.3f | %9.3f | %7.3f |%n", name, figures[0][0],
                figures[0][1], figures[1][0], figures[1][1]);
    }

    /** One shard, no replica; the portal's text fields with the analyzers of the item mapping. */
    private static JsonObject settings() {
        JsonObject body = new JsonObject();
        JsonObject indexSettings = new JsonObject();
        indexSettings.addProperty("number_of_shards", 1);
        indexSettings.addProperty("number_of_replicas", 0);
        indexSettings.add("analysis", new com.google.gson.Gson().toJsonTree(OpenSearchAnalysis.settings()));
        indexSettings.add("similarity", OpenSearchSimilarity.settings());
        JsonObject settings = new JsonObject();
        settings.add("index", indexSettings);
        body.add("settings", settings);
        JsonObject properties = new JsonObject();
        properties.add(SearchFields.TITLE, text(VietnameseAnalyzers.EXACT, VietnameseAnalyzers.EXACT_QUERY));
        properties.add(SearchFields.TEXT, text(VietnameseAnalyzers.EXACT, VietnameseAnalyzers.EXACT_QUERY));
        properties.add(SearchFields.TITLE_FOLDED, text(VietnameseAnalyzers.FOLDED, VietnameseAnalyzers.FOLDED_QUERY));
        properties.add(SearchFields.TEXT_FOLDED, text(VietnameseAnalyzers.FOLDED, VietnameseAnalyzers.FOLDED_QUERY));
        properties.add(SearchFields.NAME_FOLDED, text(VietnameseAnalyzers.FOLDED, VietnameseAnalyzers.FOLDED_QUERY));
        properties.add(SearchFields.TEXT_SHINGLE, text(VietnameseAnalyzers.SHINGLE, VietnameseAnalyzers.SHINGLE));
        // As Hibernate Search maps TitleTermsBinder's sortable, unsearched integer (the set is read on the embedded
        // index only).
        JsonObject titleTerms = new JsonObject();
        titleTerms.addProperty("type", "integer");
        titleTerms.addProperty("index", false);
        titleTerms.addProperty("doc_values", true);
        properties.add(SearchFields.TITLE_TERMS, titleTerms);
        // The portal's scoring of the text fields, as the portal's indexes declare it.
        OpenSearchSimilarity.textProperties().entrySet().forEach(e -> properties.getAsJsonObject(e.getKey())
                .add("similarity", e.getValue().getAsJsonObject().get("similarity")));
        JsonObject mappings = new JsonObject();
        mappings.add("properties", properties);
        body.add("mappings", mappings);
        return body;
    }

    private static JsonObject text(String analyzer, String searchAnalyzer) {
        JsonObject field = new JsonObject();
        field.addProperty("type", "text");
        field.addProperty("analyzer", analyzer);
        field.addProperty("search_analyzer", searchAnalyzer);
        return field;
    }

    /** The articles split as {@link RetrievalEvaluation#index} splits them (heading line = title, rest = text). */
    private static void indexArticles(String node, String index, List<EvaluationSet.Article> articles)
            throws IOException, InterruptedException {
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < articles.size(); i++) {
            EvaluationSet.Article article = articles.get(i);
            String text = article.text().strip();
            int lineEnd = text.indexOf('\n');
            String heading = lineEnd < 0 ? text : text.substring(0, lineEnd).strip();
            String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1).strip();
            JsonObject action = new JsonObject();
            JsonObject target = new JsonObject();
            target.addProperty("_id", article.id());
            action.add("index", target);
            JsonObject doc = new JsonObject();
            doc.addProperty(SearchFields.TITLE, heading);
            doc.addProperty(SearchFields.TITLE_FOLDED, heading);
            doc.addProperty(SearchFields.TEXT, body);
            doc.addProperty(SearchFields.TEXT_FOLDED, body);
            doc.addProperty(SearchFields.TEXT_SHINGLE, body);
            int titleTerms = TitleCoverQuery.titleTerms(heading).size();
            if (titleTerms > 0) {
                doc.addProperty(SearchFields.TITLE_TERMS, titleTerms);
            }
            bulk.append(action).append('\n').append(doc).append('\n');
            if ((i + 1) % BULK == 0 || i + 1 == articles.size()) {
                JsonObject response = send("POST", node + "/" + index + "/_bulk", bulk.toString());
                if (response.get("errors").getAsBoolean()) {
                    throw new IllegalStateException("bulk indexing failed: " + response);
                }
                bulk.setLength(0);
            }
        }
        send("POST", node + "/" + index + "/_refresh", null);
    }

    private static double[] evaluate(String node, String index, List<EvaluationSet.Question> questions,
            Function<String, Query> queries, boolean stripDiacritics) throws IOException, InterruptedException {
        double recall = 0;
        double ndcg = 0;
        for (EvaluationSet.Question question : questions) {
            String text = stripDiacritics ? Diacritics.strip(question.text()) : question.text();
            JsonObject search = new JsonObject();
            search.add("query", LuceneToOpenSearch.translate(queries.apply(text)));
            search.addProperty("size", RetrievalEvaluation.K);
            search.addProperty("_source", false);
            List<String> ranked = new ArrayList<>();
            JsonArray hits = send("POST", node + "/" + index + "/_search", search.toString())
                    .getAsJsonObject("hits").getAsJsonArray("hits");
            for (JsonElement hit : hits) {
                ranked.add(hit.getAsJsonObject().get("_id").getAsString());
            }
            recall += RetrievalMetrics.recallAtK(ranked, question.relevant(), RetrievalEvaluation.K);
            ndcg += RetrievalMetrics.ndcgAtK(ranked, question.relevant(), RetrievalEvaluation.K);
        }
        return new double[] {recall / questions.size(), ndcg / questions.size()};
    }

    private static JsonObject send(String method, String url, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + ": HTTP " + response.statusCode() + " "
                    + response.body());
        }
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
