package vn.hungyen.khcn.index.analysis;

import java.util.Set;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import vn.hungyen.khcn.content.domain.SearchFields;

/**
 * How the portal scores a match: BM25 on every field, with {@code k1} {@value #TEXT_K1} and {@code b}
 * {@value #TEXT_B} on the text fields (exact, folded, syllable pairs) and Lucene's defaults (1.2, 0.75) on the titles
 * and names. A text's repeated words and its length then weigh less: a long law article that repeats a word is not
 * much more about it than a short one that says it once. The values are BM25's usual setting for passages (Anserini's
 * for MS MARCO), not fitted here; {@code index/EVALUATION.md} lists the other values tried on the ALQAC dev set.
 *
 * <p>One instance for everything that scores: Hibernate Search's index (set by {@link PortalAnalysisConfigurer}), the
 * search service's own searcher, the evaluation and the benchmark. Norms hold lengths only, so an index written under
 * another BM25 setting needs no rebuild.
 */
public final class PortalSimilarity extends PerFieldSimilarityWrapper {

    public static final float TEXT_K1 = 0.9f;
    public static final float TEXT_B = 0.4f;
    private static final Set<String> TEXT_FIELDS = Set.of(SearchFields.TEXT, SearchFields.TEXT_FOLDED,
            SearchFields.TEXT_SHINGLE);

    /** Shared: similarities are stateless and thread-safe. */
    public static final PortalSimilarity INSTANCE = new PortalSimilarity();

    private final Similarity text = new BM25Similarity(TEXT_K1, TEXT_B);
    private final Similarity other = new BM25Similarity();

    private PortalSimilarity() {
    }

    /** The fields scored with {@link #TEXT_K1} and {@link #TEXT_B}; every other field has BM25's defaults. */
    public static Set<String> textFields() {
        return TEXT_FIELDS;
    }

    @Override
    public Similarity get(String field) {
        return TEXT_FIELDS.contains(field) ? text : other;
    }
}
