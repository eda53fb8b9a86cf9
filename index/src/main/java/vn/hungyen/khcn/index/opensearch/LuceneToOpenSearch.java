package vn.hungyen.khcn.index.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.index.analysis.PortalSimilarity;
import vn.hungyen.khcn.index.query.TitleCoverQuery;

/**
 * The Lucene query the portal builds ({@code TextQueryBuilder} and the search's filters) as OpenSearch query DSL, so
 * that both backends run the same query from the same builder. Every type the builder emits has an equivalent that
 * keeps what matches and, where OpenSearch has the same Lucene query behind it, the score:
 *
 * <ul>
 *   <li>{@link BooleanQuery} → {@code bool} (must / should / filter / must_not, {@code minimum_should_match}); one
 *       without a positive clause matches nothing in Lucene, and becomes {@code match_none};
 *   <li>{@link TermQuery} → {@code term} (the index term itself, not analysed again);
 *   <li>{@link BoostQuery} → the inner query with {@code boost};
 *   <li>{@link PhraseQuery} → {@code match_phrase} of its terms with the {@code whitespace} analyzer and its slop, which
 *       OpenSearch turns back into the same phrase query; a phrase with a position gap or a term holding a space
 *       becomes a {@code span_near} (in order, the gap added to the slop);
 *   <li>{@link MultiPhraseQuery} → {@code span_near} of {@code span_or}s; {@link SynonymQuery} → {@code bool} of
 *       {@code should} terms (the same matches; the score sums the terms rather than blending them as one);
 *   <li>{@link ConstantScoreQuery} → {@code constant_score}; {@link MatchAllDocsQuery} → {@code match_all};
 *       {@link MatchNoDocsQuery} → {@code match_none}; {@link FieldExistsQuery} → {@code exists}.
 * </ul>
 *
 * Scored terms and phrases carry a boost that undoes OpenSearch 2's {@code (k1 + 1)} factor of BM25
 * ({@link #legacyBm25Correction}), so that the node scores as the embedded index.
 *
 * Any other type fails with its name: a new clause in the builder must be given its translation here, not dropped.
 */
public final class LuceneToOpenSearch {

    private LuceneToOpenSearch() {
    }

    /** The query as an OpenSearch query object ({@code {"bool": …}}). */
    public static JsonObject translate(Query query) {
        return translate(query, true);
    }

    /**
     * OpenSearch 2's {@code BM25} similarity is Lucene's {@code LegacyBM25Similarity}: Lucene's BM25 times
     * {@code k1 + 1}, applied as a boost. Uniform, it would scale every score alike; with {@link PortalSimilarity}'s
     * two {@code k1} and the constant-score clauses beside them it would reweigh the fields against each other and
     * against the bonuses. So each scored term or phrase carries {@code 1 / (k1 + 1)} of its field, and the node's
     * scores are the embedded ones. (OpenSearch 3 scores {@code BM25} as Lucene does; this is for 2.x, the node the
     * portal runs on.)
     */
    static float legacyBm25Correction(String field) {
        return 1f / (1f + ((BM25Similarity) PortalSimilarity.INSTANCE.get(field)).getK1());
    }

    /** {@code scored}: whether the score counts (false in a filter, an exclusion, a constant score). */
    private static JsonObject translate(Query query, boolean scored) {
        return switch (query) {
            case BooleanQuery bool -> bool(bool, scored);
            case TermQuery term -> scored(term(term.getTerm()), term.getTerm().field(), scored);
            case BoostQuery boost -> boosted(translate(boost.getQuery(), scored), boost.getBoost());
            case PhraseQuery phrase -> scored(phrase(phrase), phrase.getField(), scored);
            case MultiPhraseQuery phrase -> scored(multiPhrase(phrase), phrase.getTermArrays().length == 0 ? null
                    : phrase.getTermArrays()[0][0].field(), scored);
            case SynonymQuery synonyms -> synonyms(synonyms, scored);
            case ConstantScoreQuery constant ->
                    wrap("constant_score", object("filter", translate(constant.getQuery(), false)));
            case MatchAllDocsQuery all -> wrap("match_all", new JsonObject());
            case MatchNoDocsQuery none -> matchNone();
            case FieldExistsQuery exists -> wrap("exists", string("field", exists.getField()));
            case TitleCoverQuery cover -> titleCovered(cover, scored);
            default -> throw new IllegalArgumentException("no OpenSearch translation for the Lucene query type "
                    + query.getClass().getName() + " (" + query + "): add one to " + LuceneToOpenSearch.class.getName());
        };
    }

    private static JsonObject bool(BooleanQuery query, boolean scored) {
        List<BooleanClause> clauses = query.clauses();
        if (clauses.stream().noneMatch(c -> c.getOccur() != Occur.MUST_NOT)) {
            // Lucene: nothing to match positively (also an empty query) is no match; OpenSearch would match all.
            return matchNone();
        }
        JsonObject body = new JsonObject();
        for (BooleanClause clause : clauses) {
            String occur = switch (clause.getOccur()) {
                case MUST -> "must";
                case SHOULD -> "should";
                case FILTER -> "filter";
                case MUST_NOT -> "must_not";
            };
            if (!body.has(occur)) {
                body.add(occur, new JsonArray());
            }
            body.getAsJsonArray(occur).add(translate(clause.getQuery(), scored && clause.isScoring()));
        }
        boolean onlyShould = clauses.stream().allMatch(c -> c.getOccur() == Occur.SHOULD || c.getOccur() == Occur.MUST_NOT);
        int minimum = query.getMinimumNumberShouldMatch();
        if (minimum > 0) {
            body.addProperty("minimum_should_match", minimum);
        } else if (onlyShould) {
            // Lucene's pure disjunction needs one clause; said explicitly so that no default of OpenSearch decides.
            body.addProperty("minimum_should_match", 1);
        }
        return wrap("bool", body);
    }

    /** A scored leaf with its field's {@link #legacyBm25Correction}; unchanged where no score counts. */
    private static JsonObject scored(JsonObject leaf, String field, boolean scored) {
        if (!scored || field == null || leaf.has("match_none")) {
            return leaf;
        }
        return boosted(leaf, legacyBm25Correction(field));
    }

    /**
     * {@link TitleCoverQuery}: the title's terms all among the query's, the title's count in
     * {@link SearchFields#TITLE_TERMS} ({@code terms_set}, OpenSearch's covering query, as a filter: a document
     * without the count does not match, as in Lucene), scored 1 for each of the query's terms the title holds (a
     * constant-score term each), as Lucene's covering query of constant-score terms sums them.
     */
    private static JsonObject titleCovered(TitleCoverQuery cover, boolean scored) {
        JsonArray terms = new JsonArray();
        JsonArray each = new JsonArray();
        for (String term : cover.terms()) {
            terms.add(term);
            each.add(wrap("constant_score", object("filter", term(new Term(SearchFields.TITLE_FOLDED, term)))));
        }
        JsonObject set = new JsonObject();
        set.add("terms", terms);
        set.addProperty("minimum_should_match_field", SearchFields.TITLE_TERMS);
        JsonArray filter = new JsonArray();
        filter.add(wrap("terms_set", object(SearchFields.TITLE_FOLDED, set)));
        JsonObject bool = new JsonObject();
        bool.add("filter", filter);
        if (scored) {
            bool.add("should", each);
        }
        return wrap("bool", bool);
    }

    private static JsonObject term(Term term) {
        return wrap("term", object(term.field(), string("value", term.text())));
    }

    /** The query with a boost: every query body of the DSL takes one, the product of nested boosts as in Lucene. */
    private static JsonObject boosted(JsonObject query, float boost) {
        String type = query.keySet().iterator().next();
        JsonObject body = query.getAsJsonObject(type);
        if (type.equals("term") || type.equals("match_phrase") || type.equals("span_term")) {
            // {"term": {"field": {…}}}: the boost goes with the field's parameters.
            body = body.getAsJsonObject(body.keySet().iterator().next());
        }
        float inner = body.has("boost") ? body.get("boost").getAsFloat() : 1f;
        body.addProperty("boost", inner * boost);
        return query;
    }

    private static JsonObject phrase(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        if (terms.length == 0) {
            return matchNone();
        }
        if (terms.length == 1) {
            return term(terms[0]);
        }
        boolean contiguous = true;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < terms.length; i++) {
            contiguous &= (i == 0 || positions[i] == positions[i - 1] + 1) && !terms[i].text().isEmpty()
                    && terms[i].text().codePoints().noneMatch(Character::isWhitespace);
            text.append(i == 0 ? "" : " ").append(terms[i].text());
        }
        if (contiguous) {
            JsonObject body = string("query", text.toString());
            body.addProperty("analyzer", "whitespace");
            body.addProperty("slop", phrase.getSlop());
            return wrap("match_phrase", object(phrase.getField(), body));
        }
        JsonArray clauses = new JsonArray();
        for (Term term : terms) {
            clauses.add(spanTerm(term));
        }
        return spanNear(clauses, phrase.getSlop() + gaps(positions));
    }

    private static JsonObject multiPhrase(MultiPhraseQuery phrase) {
        Term[][] terms = phrase.getTermArrays();
        if (terms.length == 0) {
            return matchNone();
        }
        JsonArray clauses = new JsonArray();
        for (Term[] alternatives : terms) {
            JsonArray any = new JsonArray();
            for (Term term : alternatives) {
                any.add(spanTerm(term));
            }
            clauses.add(alternatives.length == 1 ? any.get(0).getAsJsonObject() : wrap("span_or", object("clauses", any)));
        }
        if (clauses.size() == 1) {
            return clauses.get(0).getAsJsonObject();
        }
        return spanNear(clauses, phrase.getSlop() + gaps(phrase.getPositions()));
    }

    private static int gaps(int[] positions) {
        int gaps = 0;
        for (int i = 1; i < positions.length; i++) {
            gaps += Math.max(0, positions[i] - positions[i - 1] - 1);
        }
        return gaps;
    }

    private static JsonObject synonyms(SynonymQuery query, boolean scored) {
        JsonArray should = new JsonArray();
        query.getTerms().forEach(t -> should.add(scored(term(t), t.field(), scored)));
        JsonObject body = new JsonObject();
        body.add("should", should);
        body.addProperty("minimum_should_match", 1);
        return wrap("bool", body);
    }

    private static JsonObject spanTerm(Term term) {
        return wrap("span_term", object(term.field(), string("value", term.text())));
    }

    private static JsonObject spanNear(JsonArray clauses, int slop) {
        JsonObject body = object("clauses", clauses);
        body.addProperty("slop", slop);
        body.addProperty("in_order", true);
        return wrap("span_near", body);
    }

    private static JsonObject matchNone() {
        return wrap("match_none", new JsonObject());
    }

    private static JsonObject wrap(String type, JsonObject body) {
        JsonObject query = new JsonObject();
        query.add(type, body);
        return query;
    }

    private static JsonObject object(String key, com.google.gson.JsonElement value) {
        JsonObject object = new JsonObject();
        object.add(key, value);
        return object;
    }

    private static JsonObject string(String key, String value) {
        JsonObject object = new JsonObject();
        object.addProperty(key, value);
        return object;
    }
}
