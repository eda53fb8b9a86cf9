package vn.hungyen.khcn.index.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * What a suggestion ({@link Suggestions#suggest(SuggestionVocabulary, String, java.util.function.Function)}) asks of
 * the index: the embedded reader ({@link Suggestions}) or OpenSearch ({@link OpenSearchSuggestions}).
 */
interface SuggestionVocabulary {

    /** Whether a visible item holds {@code term} in {@code field} or in {@code other}. */
    boolean holds(String field, String other, String term) throws IOException;

    /** The indexed folded syllables nearest to {@code folded}, best first, at most {@link Suggestions#CANDIDATES}. */
    List<String> nearest(String folded, @Nullable String before, @Nullable String after) throws IOException;

    /** The accented form of a folded syllable that the visible items hold most. */
    String marked(String folded) throws IOException;

    /** Whether a visible item matches the query. */
    boolean finds(Query query) throws IOException;
}
