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

    /**
     * The accented forms of a folded syllable that visible items hold in the title or the text, the form held by most
     * items first (the count of its field where it is held most; titles first, then terms order, among equals).
     */
    List<String> forms(String folded) throws IOException;

    /** How many visible items match the query. */
    long count(Query query) throws IOException;

    /** Whether a visible item matches the query. */
    default boolean finds(Query query) throws IOException {
        return count(query) > 0;
    }
}
