package vn.hungyen.khcn.index.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.RegExp;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.content.text.Diacritics;
import vn.hungyen.khcn.index.analysis.PortalSimilarity;

/**
 * "Có phải bạn muốn tìm": for a query that found nothing or holds a word no item holds, the nearest query that
 * finds something. Each typed syllable
 * the index does not hold is replaced by the nearest folded syllable it holds (edit distance 1, else 2, transpositions
 * counted once), preferring the one that stands beside its neighbour in the text (the folded syllable pairs: "trí
 * tệu" → "tuệ", not the more frequent "tiêu"), then the most frequent; its marks are the ones the index writes it
 * with beside the typed neighbours ("an toàn", not "án toàn" though "dự án" is more frequent), else those it holds it
 * with most. A syllable typed without marks gets its marks back the same way ("khoa hoc" → "khoa học"). A candidate is
 * offered only when searching it finds something, so a suggestion never leads to nothing, and never to another
 * suggestion.
 */
final class Suggestions implements SuggestionVocabulary {

    /**
     * Longer than any Vietnamese syllable ("nghiêng" has seven letters): a longer word is no syllable to correct, and
     * its edit-distance automaton would cost time for nothing.
     */
    private static final int MAX_SYLLABLE = 12;

    /** At most this many candidate syllables per unknown word are tried, best first. */
    static final int CANDIDATES = 3;

    /** At most this many forms of a syllable (most held first) are weighed by their neighbours. */
    private static final int MAX_FORMS = 6;

    /** The folded fields a known word is in: the text, then the title. */
    private static final List<String> KNOWN_IN = List.of(SearchFields.TEXT_FOLDED, SearchFields.TITLE_FOLDED);

    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final @Nullable Query visible;

    /**
     * @param visible the items the searcher may see (published ones for readers), or null for all: a syllable only a
     *                draft holds is never suggested, which would tell of the draft
     */
    Suggestions(IndexReader reader, @Nullable Query visible) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(PortalSimilarity.INSTANCE);
        this.visible = visible;
    }

    /**
     * The suggestion for {@code typed}, or null when none finds anything. {@code search} turns a candidate text into
     * the query the search would run (with the request's filters).
     */
    @Nullable String suggest(String typed, Function<String, Query> search) throws IOException {
        return suggest(this, typed, search);
    }

    /** {@link #suggest(String, Function)} on any index. */
    static @Nullable String suggest(SuggestionVocabulary vocabulary, String typed, Function<String, Query> search)
            throws IOException {
        String[] tokens = typed.strip().split("\\s+");
        List<List<String>> options = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            options.add(options(vocabulary, tokens, i));
        }
        for (String candidate : candidates(typed, options)) {
            if (!candidate.equals(typed) && vocabulary.finds(search.apply(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The candidates in the order they are tried, from each typed word's options (best first): the best option of
     * every word first, then each word's next option with the others at their best, then the text without marks.
     */
    static List<String> candidates(String typed, List<List<String>> options) {
        List<String> candidates = new ArrayList<>();
        candidates.add(join(options, -1, 0));
        for (int i = 0; i < options.size(); i++) {
            for (int k = 1; k < options.get(i).size(); k++) {
                candidates.add(join(options, i, k));
            }
        }
        if (Diacritics.present(typed)) {
            candidates.add(Diacritics.strip(typed));
        }
        return candidates;
    }

    /**
     * A typed word that may be a syllable to correct: letters only, with a vowel ("TBT", "KHCN" are abbreviations,
     * not typos), not longer than any syllable, and no function word ("là gì": a word the search neither requires nor
     * marks is not worth a suggestion, and stays as typed in one).
     */
    static boolean syllable(String token) {
        return token.length() <= MAX_SYLLABLE && TextQueryBuilder.syllable(token)
                && !TextQueryBuilder.isFunctionWord(token);
    }

    /**
     * Whether a word of {@code typed} is in no item, in any spelling (a typo such as "tệu"): worth a suggestion even
     * when the other words found something. Asked on every search, so it reads the terms dictionary only (a word only
     * a draft holds counts as known: no suggestion for it, and nothing told of the draft).
     */
    boolean hasUnknownWord(String typed) throws IOException {
        List<String> words = new ArrayList<>();
        for (String token : typed.strip().split("\\s+")) {
            if (syllable(token)) {
                words.add(Diacritics.key(token));
            }
        }
        if (words.isEmpty()) {
            return false;
        }
        // One terms enum per segment and field, opened when first needed and kept for the other words; a word is
        // known at the first segment holding it (the text first: a word of a title is almost always in some text
        // too), so most words cost one lookup rather than one per segment and field.
        List<LeafReaderContext> leaves = reader.leaves();
        TermsEnum[][] enums = new TermsEnum[leaves.size()][KNOWN_IN.size()];
        for (String word : words) {
            if (!known(new BytesRef(word), leaves, enums)) {
                return true;
            }
        }
        return false;
    }

    private static boolean known(BytesRef word, List<LeafReaderContext> leaves, TermsEnum[][] enums)
            throws IOException {
        for (int f = 0; f < KNOWN_IN.size(); f++) {
            for (int l = 0; l < leaves.size(); l++) {
                TermsEnum terms = enums[l][f];
                if (terms == null) {
                    Terms fieldTerms = leaves.get(l).reader().terms(KNOWN_IN.get(f));
                    terms = fieldTerms == null ? TermsEnum.EMPTY : fieldTerms.iterator();
                    enums[l][f] = terms;
                }
                if (terms.seekExact(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String join(List<List<String>> options, int word, int option) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            out.add(options.get(i).get(i == word ? option : 0));
        }
        return String.join(" ", out);
    }

    /**
     * What the word at {@code i} may have been, best first: itself when the index holds it as typed (a word with
     * marks) or an operator or number; else its syllable with the index's marks; else the nearest syllables.
     */
    static List<String> options(SuggestionVocabulary vocabulary, String[] tokens, int i) throws IOException {
        String token = tokens[i];
        if (!syllable(token)) {
            return List.of(token);
        }
        String lower = Normalizer.normalize(token, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String folded = Diacritics.key(token);
        if (Diacritics.present(token) && vocabulary.holds(SearchFields.TEXT, SearchFields.TITLE, lower)) {
            return List.of(token);
        }
        if (vocabulary.holds(SearchFields.TEXT_FOLDED, SearchFields.TITLE_FOLDED, folded)) {
            return List.of(marked(vocabulary, folded, Beside.of(vocabulary, tokens, i)));
        }
        List<String> near = vocabulary.nearest(folded, i > 0 ? Diacritics.key(tokens[i - 1]) : null,
                i + 1 < tokens.length ? Diacritics.key(tokens[i + 1]) : null);
        if (near.isEmpty()) {
            return List.of(token);
        }
        // The neighbours' spellings are looked up once for every candidate syllable of this word.
        Beside beside = Beside.of(vocabulary, tokens, i);
        List<String> out = new ArrayList<>();
        for (String syllable : near) {
            out.add(marked(vocabulary, syllable, beside));
        }
        return out;
    }

    /** The spellings the index holds of the typed words before and after a word ({@link #neighbourForms}). */
    record Beside(List<String> before, List<String> after) {

        static Beside of(SuggestionVocabulary vocabulary, String[] tokens, int i) throws IOException {
            return new Beside(i > 0 ? neighbourForms(vocabulary, tokens[i - 1]) : List.of(),
                    i + 1 < tokens.length ? neighbourForms(vocabulary, tokens[i + 1]) : List.of());
        }
    }

    /**
     * The marks for a folded syllable typed between the words {@code beside}: of the forms the visible items hold,
     * the one most items hold beside those words (a phrase of the title or the text: "an toàn", not "án toàn",
     * though "án" of "dự án" is held far more often), else the one held most.
     */
    static String marked(SuggestionVocabulary vocabulary, String folded, Beside beside) throws IOException {
        List<String> forms = vocabulary.forms(folded);
        if (forms.isEmpty()) {
            return folded;
        }
        List<String> before = beside.before();
        List<String> after = beside.after();
        if (forms.size() == 1 || before.isEmpty() && after.isEmpty()) {
            return forms.getFirst();
        }
        String best = forms.getFirst();
        long bestHeld = 0;
        for (String form : forms.subList(0, Math.min(forms.size(), MAX_FORMS))) {
            List<String> self = List.of(form);
            long held = (before.isEmpty() ? 0 : vocabulary.count(side(before, self)))
                    + (after.isEmpty() ? 0 : vocabulary.count(side(self, after)));
            if (held > bestHeld) {
                best = form;
                bestHeld = held;
            }
        }
        return best;
    }

    /**
     * The spellings a typed neighbour stands for in the index: as typed when the index holds that spelling, else
     * every form of its folded syllable (none for a word the index lacks, or for no syllable).
     */
    private static List<String> neighbourForms(SuggestionVocabulary vocabulary, String token) throws IOException {
        if (token.length() > MAX_SYLLABLE || !TextQueryBuilder.syllable(token)) {
            return List.of();
        }
        List<String> forms = vocabulary.forms(Diacritics.key(token));
        String lower = Normalizer.normalize(token, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (Diacritics.present(token) && forms.contains(lower)) {
            return List.of(lower);
        }
        return forms.subList(0, Math.min(forms.size(), MAX_FORMS));
    }

    /** Items with one of {@code first}'s forms right before one of {@code second}'s, in the title or the text. */
    private static Query side(List<String> first, List<String> second) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        for (String field : List.of(SearchFields.TITLE, SearchFields.TEXT)) {
            either.add(new MultiPhraseQuery.Builder()
                    .add(first.stream().map(f -> new Term(field, f)).toArray(Term[]::new))
                    .add(second.stream().map(f -> new Term(field, f)).toArray(Term[]::new))
                    .build(), Occur.SHOULD);
        }
        return either.build();
    }

    /**
     * The folded syllables of the text nearest to {@code folded}: distance 1, else 2; ranked by how often they stand
     * beside the neighbouring words, then by how many items hold them.
     */
    @Override
    public List<String> nearest(String folded, @Nullable String before, @Nullable String after) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, SearchFields.TEXT_FOLDED);
        if (terms == null || folded.isEmpty()) {
            return List.of();
        }
        for (int distance = 1; distance <= 2; distance++) {
            record Candidate(String term, int pairs, int items) {
            }
            List<Candidate> found = new ArrayList<>();
            TermsEnum it = new CompiledAutomaton(new LevenshteinAutomata(folded, true).toAutomaton(distance))
                    .getTermsEnum(terms);
            for (BytesRef term = it.next(); term != null; term = it.next()) {
                String syllable = term.utf8ToString();
                int pairs = (before == null ? 0 : frequency(SearchFields.TEXT_SHINGLE, before + " " + syllable))
                        + (after == null ? 0 : frequency(SearchFields.TEXT_SHINGLE, syllable + " " + after));
                found.add(new Candidate(syllable, pairs, it.docFreq()));
            }
            if (!found.isEmpty()) {
                return found.stream().sorted(Comparator.comparingInt(Candidate::pairs)
                                .thenComparingInt(Candidate::items).reversed().thenComparing(Candidate::term))
                        .limit(CANDIDATES).map(Candidate::term).toList();
            }
        }
        return List.of();
    }

    /**
     * The accented forms the index holds in visible items (title or text), looked up in the terms dictionary by an
     * automaton of its accented forms ({@link TextQueryBuilder#anyAccentedForm}).
     */
    @Override
    public List<String> forms(String folded) throws IOException {
        CompiledAutomaton automaton = new CompiledAutomaton(
                new RegExp(TextQueryBuilder.anyAccentedForm(folded), RegExp.NONE).toAutomaton());
        Map<String, Long> held = new LinkedHashMap<>();
        for (String field : List.of(SearchFields.TITLE, SearchFields.TEXT)) {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                continue;
            }
            TermsEnum it = automaton.getTermsEnum(terms);
            for (BytesRef term = it.next(); term != null; term = it.next()) {
                long freq = visible == null ? it.docFreq()
                        : count(new TermQuery(new Term(field, BytesRef.deepCopyOf(term))));
                if (freq > 0) {
                    held.merge(term.utf8ToString(), freq, Math::max);
                }
            }
        }
        return mostHeldFirst(held);
    }

    /** The forms by how many items hold them, most first; equals keep their order. */
    static List<String> mostHeldFirst(Map<String, Long> held) {
        return held.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    @Override
    public boolean holds(String field, String other, String term) throws IOException {
        return frequency(field, term) + frequency(other, term) > 0;
    }

    /** Visible items holding the term. */
    private int frequency(String field, String term) throws IOException {
        Query holding = new TermQuery(new Term(field, term));
        return visible == null ? reader.docFreq(new Term(field, term)) : searcher.count(visibleOnly(holding));
    }

    @Override
    public long count(Query query) throws IOException {
        return searcher.count(visibleOnly(query));
    }

    private Query visibleOnly(Query query) {
        return visible == null ? query
                : new BooleanQuery.Builder().add(query, Occur.MUST).add(visible, Occur.FILTER).build();
    }
}
