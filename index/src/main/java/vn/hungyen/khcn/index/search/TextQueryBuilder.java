package vn.hungyen.khcn.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;

/**
 * Turns a {@link SearchQuery} into the Lucene query over the text fields, with the same analyzers the index was
 * built with. The search service hands it to Hibernate Search; the benchmark runs the very same query on a bare
 * {@code IndexSearcher}. Thread-safe.
 *
 * <p>Scoring: every word must occur in the title or the text, exact or folded. The exact fields weigh more (title 4,
 * text 2) than the folded ones (1.5, 1), so a word typed with the right diacritics ranks items with exactly that word
 * first ("mã" before "ma"), and a word typed without marks still finds its accented forms. Folded syllable bigrams
 * add a bonus ({@value #SHINGLE_BOOST}) when the words stand side by side ("khoa học"), as measured in
 * {@code index/EVALUATION.md}.
 *
 * <p>Highlighting: the snippets are cut from the exact fields, whose terms keep their marks, so a word typed without
 * marks ("cai cach") would match through the folded fields yet mark nothing. For each such word the highlight query
 * ({@link #highlightQuery}) also holds a clause of weight 0 on the exact fields that accepts every accented form of it
 * ({@link #accentedForms}): it is not part of the search query, so it changes neither what matches nor the ranking nor
 * the time to find the hits, and gives the highlighter the exact terms to mark.
 */
public final class TextQueryBuilder {

    static final float TITLE_BOOST = 4f;
    static final float TEXT_BOOST = 2f;
    static final float TITLE_FOLDED_BOOST = 1.5f;
    static final float TEXT_FOLDED_BOOST = 1f;
    static final float SHINGLE_BOOST = 1f;

    /** Words, phrases; every operator character else is literal text for the analyzer. */
    private static final int FLAGS = SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR;

    /** Every lower-case Vietnamese letter with a mark, đ included (NFC, as the exact fields hold them). */
    private static final String MARKED_LETTERS =
            "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
    /** Base letter → the marked letters that fold to it (a → àáảãạăằắẳẵặâầấẩẫậ, d → đ). */
    private static final Map<Character, String> ACCENTED = MARKED_LETTERS.chars().mapToObj(c -> (char) c)
            .collect(Collectors.groupingBy(c -> Diacritics.strip(String.valueOf(c)).charAt(0),
                    Collectors.mapping(String::valueOf, Collectors.joining())));
    private static final List<String> HIGHLIGHTED_FIELDS = List.of(SearchFields.TITLE, SearchFields.TEXT);

    private static final Map<String, Float> ALL_FIELDS = Map.of(SearchFields.TITLE, TITLE_BOOST,
            SearchFields.TEXT, TEXT_BOOST, SearchFields.TITLE_FOLDED, TITLE_FOLDED_BOOST,
            SearchFields.TEXT_FOLDED, TEXT_FOLDED_BOOST);
    private static final Map<String, Float> TITLE_FIELDS = Map.of(SearchFields.TITLE, TITLE_BOOST,
            SearchFields.TITLE_FOLDED, TITLE_FOLDED_BOOST);
    private static final Map<String, Float> EXACT_FIELDS = Map.of(SearchFields.TITLE, 1f, SearchFields.TEXT, 1f);
    private static final Map<String, Float> FOLDED_FIELDS = Map.of(SearchFields.TITLE_FOLDED, 1f,
            SearchFields.TEXT_FOLDED, 1f);

    /** The accented-form clauses of the words typed so far ({@link #accentedFormClauses}), cleared past the cap. */
    private static final Map<String, List<Query>> ACCENTED_CLAUSES = new ConcurrentHashMap<>();
    private static final int MAX_ACCENTED_WORDS = 10_000;

    private final Analyzer analyzer;
    private final Analyzer shingles;

    public TextQueryBuilder() {
        Analyzer folded = VietnameseAnalyzers.foldedQuery();
        this.shingles = VietnameseAnalyzers.shingles();
        this.analyzer = new PerFieldAnalyzerWrapper(VietnameseAnalyzers.exactQuery(), Map.of(
                SearchFields.TITLE_FOLDED, folded, SearchFields.TEXT_FOLDED, folded,
                SearchFields.TEXT_SHINGLE, shingles));
    }

    /** The query over the text fields; match-all (to be narrowed by filters) when nothing is to be matched. */
    public Query build(SearchQuery query) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        boolean required = false;
        List<String> plainWords = query.words().stream().filter(w -> !isDocumentNumber(w)).toList();
        for (String number : query.words().stream().filter(TextQueryBuilder::isDocumentNumber).toList()) {
            Query whole = documentNumber(number);
            if (whole != null) {
                bool.add(whole, Occur.MUST);
                required = true;
            }
        }
        String positive = join(plainWords, query.phrases());
        Query words = parse(ALL_FIELDS, positive);
        if (words != null) {
            bool.add(words, Occur.MUST);
            required = true;
        }
        Query title = parse(TITLE_FIELDS, join(query.titleWords(), List.of()));
        if (title != null) {
            bool.add(title, Occur.MUST);
            required = true;
        }
        String bigrams = query.plainText();
        if (required && !bigrams.isBlank()) {
            Query shingle = new QueryBuilder(shingles).createBooleanQuery(SearchFields.TEXT_SHINGLE, bigrams, Occur.SHOULD);
            if (shingle != null) {
                bool.add(new BoostQuery(shingle, SHINGLE_BOOST), Occur.SHOULD);
            }
        }
        if (!required) {
            bool.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (String excluded : query.excluded()) {
            // Typed with marks, exclude exactly that word; typed without, exclude every accented form of it.
            Query not = parse(Diacritics.present(excluded) ? EXACT_FIELDS : FOLDED_FIELDS, quote(excluded));
            if (not != null) {
                bool.add(not, Occur.MUST_NOT);
            }
        }
        return bool.build();
    }

    /**
     * The query the highlighter marks the exact fields with: the scoring query (the highlighter only takes its terms
     * and phrases on {@code title} and {@code text}; excluded words are never marked) plus, for each word typed
     * without marks, a clause accepting every accented form of it. Not for matching or scoring: searching runs
     * {@link #build} alone, so the accented-form clauses cost nothing when the hits are found.
     */
    public Query highlightQuery(SearchQuery query) {
        return highlightQuery(query, build(query));
    }

    /** {@link #highlightQuery(SearchQuery)} for a search query already built by {@link #build} from {@code query}. */
    public Query highlightQuery(SearchQuery query, Query built) {
        BooleanQuery scoring = (BooleanQuery) built;
        if (scoring.clauses().stream().anyMatch(c -> c.getQuery() instanceof MatchAllDocsQuery)) {
            return scoring;
        }
        BooleanQuery.Builder bool = new BooleanQuery.Builder().add(scoring, Occur.SHOULD);
        highlightAccentedForms(query, bool);
        return bool.build();
    }

    private void highlightAccentedForms(SearchQuery query, BooleanQuery.Builder bool) {
        if (ACCENTED_CLAUSES.size() > MAX_ACCENTED_WORDS) {
            ACCENTED_CLAUSES.clear();
        }
        Set<Query> clauses = new LinkedHashSet<>();
        for (String word : query.plainText().split("\\s+")) {
            clauses.addAll(ACCENTED_CLAUSES.computeIfAbsent(word, this::accentedFormClauses));
        }
        clauses.forEach(clause -> bool.add(clause, Occur.SHOULD));
    }

    /**
     * The weight-0 clauses marking every accented form of a word typed without marks, on each highlighted field (none
     * for a word typed with marks). Compiling the automaton of a {@link RegexpQuery} is the costly part of building
     * it: the clauses of a word are built once and shared (immutable, thread-safe queries).
     */
    private List<Query> accentedFormClauses(String word) {
        if (Diacritics.present(word)) {
            return List.of();
        }
        List<Query> clauses = new ArrayList<>();
        for (String term : new LinkedHashSet<>(terms(SearchFields.TEXT, word))) {
            String forms = accentedForms(term);
            if (forms != null) {
                for (String field : HIGHLIGHTED_FIELDS) {
                    clauses.add(new BoostQuery(new RegexpQuery(new Term(field, forms)), 0f));
                }
            }
        }
        return List.copyOf(clauses);
    }

    /**
     * A regular expression for every accented form of a word typed without marks ("cai" → {@code c[aà…ậ][iì…ị]}),
     * or null when the term is not a plain lower-case word (numbers, document numbers) or has no accented form.
     */
    static @Nullable String accentedForms(String term) {
        if (term.isEmpty() || !term.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return null;
        }
        StringBuilder regex = new StringBuilder();
        boolean variants = false;
        for (char c : term.toCharArray()) {
            String forms = ACCENTED.getOrDefault(c, "");
            if (forms.isEmpty()) {
                regex.append(c);
            } else {
                regex.append('[').append(c).append(forms).append(']');
                variants = true;
            }
        }
        return variants ? regex.toString() : null;
    }

    /**
     * A regular expression (Lucene's {@code RegExp} syntax) for every accented form of a whole lower-case term typed
     * without marks: each letter that has marked forms becomes the class of them ({@code d} → {@code [dđ]}), every
     * other character stands for itself ({@code "2999/qd"} → {@code 2999\/q[dđ]}).
     */
    static String anyAccentedForm(String term) {
        StringBuilder regex = new StringBuilder();
        term.codePoints().forEach(c -> {
            String forms = c < Character.MIN_SUPPLEMENTARY_CODE_POINT ? ACCENTED.get((char) c) : null;
            if (forms != null) {
                regex.append('[').append((char) c).append(forms).append(']');
            } else if (Character.isLetterOrDigit(c)) {
                regex.appendCodePoint(c);
            } else {
                regex.append('\\').appendCodePoint(c);
            }
        });
        return regex.toString();
    }

    private List<String> terms(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                out.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * A document number typed whole ({@code 2999/QĐ-UBND}) must match whole: the analysis also indexes its parts
     * ({@code 2999}, {@code qđ}, {@code ubnd}) so that "qd 2999" finds it, but matching the parts here would let every
     * text citing any UBND decision in. Typed in parts ("QĐ 2999"), the parts are plain words.
     */
    static boolean isDocumentNumber(String word) {
        return word.indexOf('/') > 0 && word.chars().anyMatch(Character::isDigit)
                && word.chars().anyMatch(Character::isLetter);
    }

    private @Nullable Query documentNumber(String word) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean found = false;
        for (var field : ALL_FIELDS.entrySet()) {
            String whole = firstTerm(field.getKey(), word);
            if (whole != null) {
                any.add(new BoostQuery(new TermQuery(new Term(field.getKey(), whole)), field.getValue()), Occur.SHOULD);
                found = true;
            }
        }
        return found ? any.build() : null;
    }

    private @Nullable String firstTerm(String field, String text) {
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            String first = tokens.incrementToken() ? term.toString() : null;
            while (tokens.incrementToken()) {
                // drain, as the TokenStream contract asks
            }
            tokens.end();
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private @Nullable Query parse(Map<String, Float> fields, String text) {
        if (text.isBlank()) {
            return null;
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields, FLAGS);
        parser.setDefaultOperator(Occur.MUST);
        Query query = parser.parse(text);
        return query instanceof BooleanQuery b && b.clauses().isEmpty() ? null : query;
    }

    private static String join(List<String> words, List<String> phrases) {
        StringBuilder text = new StringBuilder();
        words.forEach(w -> text.append(w.replace("\"", "")).append(' '));
        phrases.forEach(p -> text.append(quote(p)).append(' '));
        return text.toString().strip();
    }

    private static String quote(String phrase) {
        return "\"" + phrase.replace("\"", "") + "\"";
    }
}
