package vn.hungyen.khcn.index.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ALQAC 2023 files: articles to index ({@code law.json}) and judged questions (the dev set {@code train.json}, or
 * any file of the same shape, such as the questions kept aside).
 */
record EvaluationSet(List<Article> articles, List<Question> questions) {

    /** One article (điều) of a law; its id is {@code "<law name>|<article no.>"}. */
    record Article(String id, String text) {
    }

    /** A question with the ids of the articles judged relevant. */
    record Question(String id, String text, Set<String> relevant) {
    }

    static EvaluationSet read(Path laws, Path questionFile) {
        ObjectMapper json = JsonMapper.builder().build();
        List<Article> articles = new ArrayList<>();
        for (JsonNode law : json.readTree(laws.toFile())) {
            for (JsonNode article : law.required("articles")) {
                articles.add(new Article(id(law.required("id").asString(), article.required("id").asString()),
                        article.required("text").asString()));
            }
        }
        Set<String> articleIds = new LinkedHashSet<>();
        articles.forEach(a -> articleIds.add(a.id()));
        List<Question> questions = new ArrayList<>();
        for (JsonNode q : json.readTree(questionFile.toFile())) {
            Set<String> relevant = new LinkedHashSet<>();
            for (JsonNode r : q.required("relevant_articles")) {
                String id = id(r.required("law_id").asString(), r.required("article_id").asString());
                if (!articleIds.contains(id)) {
                    throw new IllegalArgumentException("Question " + q.get("question_id") + " cites unknown " + id);
                }
                relevant.add(id);
            }
            questions.add(new Question(q.required("question_id").asString(), q.required("text").asString(), relevant));
        }
        return new EvaluationSet(articles, questions);
    }

    private static String id(String law, String article) {
        return law + "|" + article;
    }
}
