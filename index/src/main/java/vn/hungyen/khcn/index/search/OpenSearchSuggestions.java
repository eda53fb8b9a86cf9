package vn.hungyen.khcn.index.search;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.content.text.Diacritics;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;
import vn.hungyen.khcn.index.opensearch.LuceneToOpenSearch;

/**
 * "Có phải bạn muốn tìm" on OpenSearch, with the contract and the candidate order of the embedded {@link Suggestions}:
 * an unknown syllable is replaced by the nearest folded syllables the index holds, preferring the one that stands
 * beside its neighbour (the syllable pairs of {@link SearchFields#TEXT_SHINGLE}); a syllable gets the marks the
 * visible items write it with beside the typed neighbours, else those they hold it with most; a candidate is offered
 * only when searching it with the request's filters finds something, and never equals what was typed — so never a
 * suggestion with no hit, never a loop.
 *
 * <p>What differs, because the cluster has no terms dictionary to walk: the nearest syllables come from OpenSearch's
 * {@code term} suggester on {@link SearchFields#TEXT_FOLDED} (edit distance up to 2, Damerau–Levenshtein; those one
 * edit away kept when there are any, as the embedded automaton walk does), and the marks of a syllable are counted
 * found in the visible items holding it (at most {@value #MARK_SAMPLE} of them), analysed with the exact analyzer.
 */
final class OpenSearchSuggestions implements SuggestionVocabulary {

    private static final int MARK_SAMPLE = 50;

    private final SearchSession session;
    private final @Nullable Query visible;
    private final Analyzer exact = VietnameseAnalyzers.byName(SearchFields.ANALYZER_EXACT);

    OpenSearchSuggestions(SearchSession session, @Nullable Query visible) {
        this.session = session;
        this.visible = visible;
    }

    @Nullable String suggest(String typed, Function<String, Query> search) {
        try {
            return Suggestions.suggest(this, typed, search);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long count(Query query) {
        return count(query, false);
    }

    /** As {@link Suggestions#hasUnknownWord}: a word in no item, drafts included, in any spelling. */
    boolean hasUnknownWord(String typed) {
        for (String token : typed.strip().split("\\s+")) {
            if (Suggestions.syllable(token)) {
                String folded = Diacritics.key(token);
                if (count(either(SearchFields.TEXT_FOLDED, SearchFields.TITLE_FOLDED, folded), true) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public boolean holds(String field, String other, String term) {
        return count(either(field, other, term), false) > 0;
    }

    /** The term suggester's nearest folded syllables, those beside the neighbouring words first. */
    @Override
    public List<String> nearest(String folded, @Nullable String before, @Nullable String after) {
        if (folded.isEmpty()) {
            return List.of();
        }
        JsonObject term = new JsonObject();
        term.addProperty("field", SearchFields.TEXT_FOLDED);
        term.addProperty("suggest_mode", "always");
        term.addProperty("max_edits", 2);
        term.addProperty("prefix_length", 0);
        term.addProperty("min_word_length", 1);
        term.addProperty("size", 10);
        term.addProperty("sort", "score");
        term.addProperty("string_distance", "damerau_levenshtein");
        JsonObject nearest = new JsonObject();
        nearest.addProperty("text", folded);
        nearest.add("term", term);
        JsonObject suggest = new JsonObject();
        suggest.add("nearest", nearest);
        JsonObject response = session.search(ContentItem.class).extension(ElasticsearchExtension.get())
                .where(f -> f.matchNone())
                .requestTransformer(c -> c.body().add("suggest", suggest))
                .fetch(0).responseBody();
        record Candidate(String term, int order, int pairs) {
        }
        // As the embedded walk: the syllables one edit away (a transposition counting as one) if there are any, only
        // then those two away; the suggester ranks by a similarity that may put a two-edit syllable first.
        CharacterRunAutomaton oneEdit = new CharacterRunAutomaton(
                new LevenshteinAutomata(folded, true).toAutomaton(1));
        List<Candidate> found = new ArrayList<>();
        List<Candidate> twoEdits = new ArrayList<>();
        for (JsonElement entry : response.getAsJsonObject("suggest").getAsJsonArray("nearest")) {
            for (JsonElement option : entry.getAsJsonObject().getAsJsonArray("options")) {
                String syllable = option.getAsJsonObject().get("text").getAsString();
                int pairs = (before == null ? 0 : (int) count(new TermQuery(
                        new Term(SearchFields.TEXT_SHINGLE, before + " " + syllable)), false))
                        + (after == null ? 0 : (int) count(new TermQuery(
                        new Term(SearchFields.TEXT_SHINGLE, syllable + " " + after)), false));
                Candidate candidate = new Candidate(syllable, found.size() + twoEdits.size(), pairs);
                (oneEdit.run(syllable) ? found : twoEdits).add(candidate);
            }
        }
        return (found.isEmpty() ? twoEdits : found).stream()
                .sorted(Comparator.comparingInt(Candidate::pairs).reversed().thenComparingInt(Candidate::order))
                .limit(Suggestions.CANDIDATES).map(Candidate::term).toList();
    }

    /**
     * The accented forms of a folded syllable that visible items hold in the title or the text, as the embedded
     * {@link Suggestions#forms} orders them (most held first; titles first, then terms order, among equals): the forms
     * are found in the visible items holding the syllable (at most {@value #MARK_SAMPLE} of them), each then counted
     * over all visible items.
     */
    @Override
    public List<String> forms(String folded) {
        Query holding = either(SearchFields.TEXT_FOLDED, SearchFields.TITLE_FOLDED, folded);
        List<JsonObject> sources = session.search(ContentItem.class).extension(ElasticsearchExtension.get())
                .select(f -> f.source())
                .where(f -> f.fromJson(LuceneToOpenSearch.translate(visibleOnly(holding))))
                .fetchHits(MARK_SAMPLE);
        Set<String> forms = new TreeSet<>();
        for (JsonObject source : sources) {
            for (String field : List.of(SearchFields.TITLE, SearchFields.TEXT)) {
                JsonElement value = source.get(field);
                if (value != null && value.isJsonPrimitive()) {
                    forms.addAll(formsOf(field, value.getAsString(), folded));
                }
            }
        }
        Map<String, Long> held = new LinkedHashMap<>();
        for (String field : List.of(SearchFields.TITLE, SearchFields.TEXT)) {
            for (String form : forms) {
                long freq = count(new TermQuery(new Term(field, form)), false);
                if (freq > 0) {
                    held.merge(form, freq, Math::max);
                }
            }
        }
        return Suggestions.mostHeldFirst(held);
    }

    /** The exact terms of {@code text} that fold to {@code folded}. */
    private Set<String> formsOf(String field, String text, String folded) {
        Set<String> forms = new HashSet<>();
        for (String term : VietnameseAnalyzers.terms(exact, field, text)) {
            if (Diacritics.key(term).equals(folded)) {
                forms.add(term);
            }
        }
        return forms;
    }

    private static Query either(String field, String other, String term) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(field, term)), Occur.SHOULD)
                .add(new TermQuery(new Term(other, term)), Occur.SHOULD)
                .build();
    }

    private Query visibleOnly(Query query) {
        return visible == null ? query
                : new BooleanQuery.Builder().add(query, Occur.MUST).add(visible, Occur.FILTER).build();
    }

    /** Items matching {@code query}: the visible ones, or all of them ({@code everyItem}). */
    private long count(Query query, boolean everyItem) {
        Query counted = everyItem ? query : visibleOnly(query);
        return session.search(ContentItem.class).extension(ElasticsearchExtension.get())
                .where(f -> f.fromJson(LuceneToOpenSearch.translate(counted))).fetchTotalHitCount();
    }
}
