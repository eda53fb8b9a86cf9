package vn.hungyen.khcn.index.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.content.text.Diacritics;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;
import vn.hungyen.khcn.index.query.TitleCoverQuery;

/**
 * Turns a {@link SearchQuery} into the Lucene query over the text fields, with the same analyzers the index was
 * built with. The search service hands it to Hibernate Search; the benchmark runs the very same query on a bare
 * {@code IndexSearcher}. Thread-safe.
 *
 * <p>Scoring ({@link Ranking#SHIPPED}): the content words (function words such as "và", "của" left out) must occur
 * in the title or the text, exact or folded — every one of up to three, at least 40 % of a longer query, so one word
 * the wanted item lacks does not hide it. Exact and folded matches weigh alike in a field (title 2, text 1: the
 * folded clause also matches the exact spelling, so exact diacritics still rank first); adjacent syllables of the query
 * add a bonus in the text (folded syllable bigrams) and in the title (folded phrase of each pair); the whole query as a
 * phrase in a title or another name (a legal document's trích yếu) adds a large one, so the item the query names
 * ("Luật Khoa học và công nghệ") ranks first; an item whose whole title (of three syllables or more) the query holds,
 * however many other words it has, adds one for each term of the title ({@link TitleCoverQuery}: "Nhiệm vụ của giáo
 * dục thường xuyên là gì?" and the article so titled); an item a newer one superseded (a repealed law) ranks after
 * the items that stand ({@link #CURRENT_BONUS}). A short query (up to five content words) also needs each syllable of a
 * run of three beside a typed neighbour: "chỉ dẫn địa lý" is a term, not "lý" somewhere. The weights were tuned on the
 * ALQAC dev set only ({@code index/EVALUATION.md}).
 *
 * <p>Highlighting: the snippets are cut from the exact fields, whose terms keep their marks, so a word that matched
 * through the folded fields ("cai cach" for "cải cách", "nhãn lồng" for "nhân lông") would mark nothing. For each
 * content word the highlight query ({@link #highlightQuery}) also holds a clause of weight 0 on the exact fields that
 * accepts every accented form of it ({@link #accentedForms}): it is not part of the search query, so it changes neither
 * what matches nor the ranking nor the time to find the hits, and gives the highlighter the exact terms to mark.
 * Function words are in no highlighted clause, so "và" is never marked on its own.
 */
public final class TextQueryBuilder {

    static final String FUNCTION_WORDS_RESOURCE = "function-words.txt";

    /**
     * The weights and rules of the query: the boosts of the four word fields, the bonus for adjacent syllables, the
     * bonus for the query's words in this order in a title, how many content words must match, and whether the
     * function words are left out of the required words. {@link #SHIPPED} is what the portal runs, tuned on the ALQAC
     * dev set only (index/EVALUATION.md); {@link #ALL_WORDS} the configuration before it, kept for that comparison.
     *
     * @param allWordsUpTo     up to this many content words, every one must match
     * @param shouldMatchShare beyond that, at least this share of them (rounded up)
     * @param pairsUpTo        up to this many content words, each syllable of a run of three or more must stand
     *                         beside a typed neighbour in the title, a name or the text ("chỉ dẫn địa lý" is not
     *                         "lý" somewhere); 0 never
     * @param titleCovered     the bonus of an item whose whole title the query holds ({@link TitleCoverQuery}), for
     *                         each of the title's terms; 0 none
     */
    public record Ranking(float title, float text, float titleFolded, float textFolded, float shingle,
            float titlePairs, float titlePhrase, int allWordsUpTo, float shouldMatchShare, int pairsUpTo,
            boolean functionWordsOptional, float titleCovered) {

        public static final Ranking SHIPPED = new Ranking(2f, 1f, 2f, 1f, 3f, 2f, 8f, 3, 0.4f, 5, true, 6f);
        public static final Ranking ALL_WORDS =
                new Ranking(4f, 2f, 1.5f, 1f, 1f, 0f, 0f, Integer.MAX_VALUE, 1f, 0, false, 0f);

        /** This ranking with another bonus for a title whole in the query (0: none). */
        public Ranking withTitleCovered(float bonus) {
            return new Ranking(title, text, titleFolded, textFolded, shingle, titlePairs, titlePhrase, allWordsUpTo,
                    shouldMatchShare, pairsUpTo, functionWordsOptional, bonus);
        }

        /** The fields a word is looked for in: a name ({@link SearchFields#NAME_FOLDED}) weighs as a title. */
        Map<String, Float> allFields() {
            return Map.of(SearchFields.TITLE, title, SearchFields.TEXT, text, SearchFields.TITLE_FOLDED, titleFolded,
                    SearchFields.TEXT_FOLDED, textFolded, SearchFields.NAME_FOLDED, titleFolded);
        }

        Map<String, Float> titleFields() {
            return Map.of(SearchFields.TITLE, title, SearchFields.TITLE_FOLDED, titleFolded,
                    SearchFields.NAME_FOLDED, titleFolded);
        }

        /** How many of {@code n} content words must match. */
        int required(int n) {
            return n <= allWordsUpTo ? n : Math.max(allWordsUpTo, (int) Math.ceil(shouldMatchShare * n));
        }
    }

    /** Up to this many words, the query's syllable pairs and the whole query in a title or name add a bonus. */
    static final int TITLE_PAIRS_UP_TO = 24;

    /**
     * The bonus of an item that stands ({@link SearchFields#STANDING}): a law repealed or replaced in whole ranks
     * after the one that took its place when both match alike ("Luật Khoa học và công nghệ": 29/2013/QH13 before the
     * 21/2000/QH10 it repealed), and is still found, first by its own number. Added alike to every item that
     * stands, it changes nothing among them; a superseded item must outscore a standing one by more than it to rank
     * first. 5 on the bundled content: a few points of the 40–90 a named law scores, enough for 29/2013/QH13 to pass
     * 21/2000/QH10 for "Luật Khoa học và công nghệ", far from the lead 21/2000/QH10 keeps where its number or year is
     * typed ({@code SearchCasesTest}). A constant score: a plain term query under a boost, as any engine runs it (a
     * bool query's should clause with a constant-score term in OpenSearch). No effect on the ALQAC evaluation, whose
     * articles all stand.
     */
    static final float CURRENT_BONUS = 5f;
    private static final Query CURRENT = new BoostQuery(new ConstantScoreQuery(new TermQuery(
            new Term(SearchFields.STANDING, SearchFields.STANDING_CURRENT))), CURRENT_BONUS);

    /** Hư từ ({@code function-words.txt}): neither required nor highlighted. */
    static final Set<String> FUNCTION_WORDS = functionWords();
    /** The function words without marks ("nao", "bi"): what they may have been typed as. */
    private static final Set<String> FOLDED_FUNCTION_WORDS = FUNCTION_WORDS.stream().map(Diacritics::key)
            .collect(Collectors.toUnmodifiableSet());
    /**
     * What a reader calls a numbered item before its code, folded, longest first ({@link #itemLabels}): a section or
     * an appendix's item (mục, tiểu mục), a plan's task (nhiệm vụ, in English task), its number (số).
     */
    private static final List<List<String>> ITEM_LABELS = List.of(List.of("tieu", "muc"), List.of("nhiem", "vu"),
            List.of("muc"), List.of("task"), List.of("so"));
    /** A numbered item's code: numbers joined by dots ("7.3", "1.2.5", "7.3."). */
    private static final Pattern ITEM_CODE = Pattern.compile("\\d{1,3}(\\.\\d{1,3})+\\.?");

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
    /** The folded fields whose words stand in order: the title, the other names, the text. */
    private static final List<String> PAIR_FIELDS = List.of(SearchFields.TITLE_FOLDED, SearchFields.NAME_FOLDED,
            SearchFields.TEXT_FOLDED);
    /** The folded fields that name an item. */
    private static final List<String> NAME_FIELDS = List.of(SearchFields.TITLE_FOLDED, SearchFields.NAME_FOLDED);

    private static final Map<String, Float> EXACT_FIELDS = Map.of(SearchFields.TITLE, 1f, SearchFields.TEXT, 1f);
    private static final Map<String, Float> FOLDED_FIELDS = Map.of(SearchFields.TITLE_FOLDED, 1f,
            SearchFields.TEXT_FOLDED, 1f);

    /** The accented-form clauses of the words typed so far ({@link #accentedFormClauses}), cleared past the cap. */
    private static final Map<String, List<Query>> ACCENTED_CLAUSES = new ConcurrentHashMap<>();
    private static final int MAX_ACCENTED_WORDS = 10_000;

    private final Analyzer analyzer;
    /**
     * The folded index analysis, without abbreviation synonyms, for the phrases of the pairs and the title: the
     * phrases are bonuses and term checks, and a phrase over a synonym graph multiplies into every path of it.
     */
    private final QueryBuilder phrases = new QueryBuilder(VietnameseAnalyzers.folded());
    private final Analyzer shingles;
    private final Ranking ranking;

    public TextQueryBuilder() {
        this(Ranking.SHIPPED);
    }

    public TextQueryBuilder(Ranking ranking) {
        this.ranking = ranking;
        Analyzer folded = VietnameseAnalyzers.foldedQuery();
        this.shingles = VietnameseAnalyzers.shingles();
        this.analyzer = new PerFieldAnalyzerWrapper(VietnameseAnalyzers.exactQuery(), Map.of(
                SearchFields.TITLE_FOLDED, folded, SearchFields.TEXT_FOLDED, folded, SearchFields.NAME_FOLDED, folded,
                SearchFields.TEXT_SHINGLE, shingles));
    }

    /** The query over the text fields; match-all (to be narrowed by filters) when nothing is to be matched. */
    public Query build(SearchQuery query) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        boolean required = false;
        for (String number : query.words().stream().filter(TextQueryBuilder::isDocumentNumber).toList()) {
            Query whole = documentNumber(number);
            if (whole != null) {
                bool.add(whole, Occur.MUST);
                required = true;
            }
        }
        Query words = contentWords(query);
        if (words != null) {
            bool.add(words, Occur.MUST);
            required = true;
        }
        for (String phrase : query.phrases()) {
            Query quoted = parse(ranking.allFields(), quote(phrase));
            if (quoted != null) {
                bool.add(quoted, Occur.MUST);
                required = true;
            }
        }
        Query title = parse(ranking.titleFields(), join(query.titleWords(), List.of()));
        if (title != null) {
            bool.add(title, Occur.MUST);
            required = true;
        }
        String plain = query.plainText();
        if (required && !plain.isBlank()) {
            Query shingle = new QueryBuilder(shingles)
                    .createBooleanQuery(SearchFields.TEXT_SHINGLE, plain, Occur.SHOULD);
            if (shingle != null && ranking.shingle() > 0) {
                bool.add(new BoostQuery(shingle, ranking.shingle()), Occur.SHOULD);
            }
            // A long question's pairs in a title are left out: its many clauses stay within Lucene's clause limit.
            Query titlePairs = query.words().size() <= TITLE_PAIRS_UP_TO ? pairs(query, NAME_FIELDS) : null;
            if (titlePairs != null && ranking.titlePairs() > 0) {
                bool.add(new BoostQuery(titlePairs, ranking.titlePairs()), Occur.SHOULD);
            }
            Query inTitle = titlePhrase(query);
            if (inTitle != null) {
                bool.add(new BoostQuery(inTitle, ranking.titlePhrase()), Occur.SHOULD);
            }
            if (ranking.titleCovered() > 0) {
                TitleCoverQuery covering = new TitleCoverQuery(terms(SearchFields.TITLE_FOLDED, plain));
                if (covering.terms().size() >= TitleCoverQuery.MIN_TERMS) {
                    bool.add(new BoostQuery(covering, ranking.titleCovered()), Occur.SHOULD);
                }
            }
            Query pairs = requiredPairs(query);
            if (pairs != null) {
                bool.add(pairs, Occur.FILTER);
            }
        }
        if (required) {
            bool.add(CURRENT, Occur.SHOULD);
        } else {
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
     * The plain words (document numbers apart) that carry meaning: the function words left out unless nothing else
     * was typed ("và" alone is still searched).
     */
    List<String> contentWordsOf(SearchQuery query) {
        List<String> plain = query.words().stream().filter(w -> !isDocumentNumber(w)).toList();
        if (!ranking.functionWordsOptional()) {
            return plain;
        }
        List<String> words = query.words();
        boolean[] labels = itemLabels(words);
        List<String> content = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!isDocumentNumber(word) && !isFunctionWord(word) && !labels[i]) {
                content.add(word);
            }
        }
        return content.isEmpty() ? plain : List.copyOf(content);
    }

    /**
     * Which of {@code words} name the kind of a numbered item typed right after them ("mục 7.3", "nhiệm vụ số 4.2",
     * "task 4.2", with or without marks): the code says which item; the label says what a reader calls it, in words
     * an item need not hold ("mục" is in no task's text). A label is then neither required nor highlighted, as a
     * function word, and breaks a run of syllables; it still counts in the pairs and the phrase of a title or name
     * ("Nhiệm vụ 4.2"). Only before a code with a dot (7.3, 1.2.5): "Điều 5", "khoản 2" stay words an article holds.
     */
    static boolean[] itemLabels(List<String> words) {
        boolean[] labels = new boolean[words.size()];
        for (int code = 0; code < words.size(); code++) {
            if (!ITEM_CODE.matcher(words.get(code)).matches()) {
                continue;
            }
            int end = code;
            for (int length = labelBefore(words, end); length > 0; length = labelBefore(words, end)) {
                for (int i = end - length; i < end; i++) {
                    labels[i] = true;
                }
                end -= length;
            }
        }
        return labels;
    }

    /** The number of words of the {@link #ITEM_LABELS} label that ends right before {@code end}, 0 for none. */
    private static int labelBefore(List<String> words, int end) {
        for (List<String> label : ITEM_LABELS) {
            int from = end - label.size();
            if (from >= 0 && label.equals(words.subList(from, end).stream().map(Diacritics::key).toList())) {
                return label.size();
            }
        }
        return 0;
    }

    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
    }

    /**
     * Each content word in any of the four word fields; every one required up to {@link Ranking#allWordsUpTo}
     * words, else at least {@link Ranking#required} of them, so that a word the wanted item lacks ("chuyển giao công
     * nghệ 2022") does not hide it.
     */
    private @Nullable Query contentWords(SearchQuery query) {
        List<Query> clauses = new ArrayList<>();
        for (String word : contentWordsOf(query)) {
            Query clause = parse(ranking.allFields(), word.replace("\"", ""));
            if (clause != null) {
                clauses.add(clause);
            }
        }
        if (clauses.isEmpty()) {
            return null;
        }
        int needed = ranking.required(clauses.size());
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        if (needed >= clauses.size()) {
            clauses.forEach(c -> words.add(c, Occur.MUST));
        } else {
            clauses.forEach(c -> words.add(c, Occur.SHOULD));
            words.setMinimumNumberShouldMatch(needed);
        }
        return words.build();
    }

    /**
     * The typed words in this order in a title or another name, without marks: an item named in the query ("Luật
     * Khoa học và công nghệ", "sở hữu trí tuệ") ranks before the items that only mention it. On the folded fields
     * only, so it changes nothing in what is highlighted.
     */
    private @Nullable Query titlePhrase(SearchQuery query) {
        List<String> words = query.words().stream().filter(w -> !isDocumentNumber(w)).toList();
        if (ranking.titlePhrase() <= 0 || words.size() < 2 || words.size() > TITLE_PAIRS_UP_TO) {
            return null;
        }
        BooleanQuery.Builder named = new BooleanQuery.Builder();
        for (String field : NAME_FIELDS) {
            Query phrase = phrases.createPhraseQuery(field, String.join(" ", words));
            if (phrase != null) {
                named.add(phrase, Occur.SHOULD);
            }
        }
        return named.build();
    }

    /**
     * For a short query, every syllable of a run of three or more typed side by side must stand beside one of its
     * typed neighbours in the title, a name or the text (folded): the syllables of a Vietnamese term belong together.
     * "chỉ dẫn địa lý" then needs "chỉ dẫn" and "địa lý", so a law holding "chỉ dẫn" and "hướng dẫn địa phương" is not
     * a match, while "nhãn hiệu … được bảo hộ" still is for "nhãn hiệu bảo hộ". Numbers, document numbers,
     * abbreviations (no vowel: "DMST"), function words and the label of an item code ({@link #itemLabels}) break a run
     * ({@link #termSyllable}).
     */
    private @Nullable Query requiredPairs(SearchQuery query) {
        if (contentWordsOf(query).size() > ranking.pairsUpTo()) {
            return null;
        }
        List<String> words = query.words();
        boolean[] labels = itemLabels(words);
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        boolean any = false;
        for (int i = 0; i < words.size(); i++) {
            if (runLength(words, labels, i) < 3) {
                continue;
            }
            boolean left = i > 0 && termSyllable(words, labels, i - 1);
            boolean right = i + 1 < words.size() && termSyllable(words, labels, i + 1);
            BooleanQuery.Builder beside = new BooleanQuery.Builder();
            if (left) {
                beside.add(pair(words.get(i - 1), words.get(i), PAIR_FIELDS), Occur.SHOULD);
            }
            if (right) {
                beside.add(pair(words.get(i), words.get(i + 1), PAIR_FIELDS), Occur.SHOULD);
            }
            every.add(beside.build(), Occur.MUST);
            any = true;
        }
        return any ? every.build() : null;
    }

    /**
     * The number of syllables in the run of term syllables ({@link #termSyllable}) typed side by side that holds word
     * {@code i}, 0 if it is none.
     */
    private static int runLength(List<String> words, boolean[] labels, int i) {
        if (!termSyllable(words, labels, i)) {
            return 0;
        }
        int from = i;
        while (from > 0 && termSyllable(words, labels, from - 1)) {
            from--;
        }
        int to = i;
        while (to + 1 < words.size() && termSyllable(words, labels, to + 1)) {
            to++;
        }
        return to - from + 1;
    }

    /**
     * A syllable that can be part of a term: not a function word, with or without its marks. A question's "nào",
     * "gì", "bị" (or "nao", "gi", "bi") is no part of the term beside it: it neither needs a neighbour nor joins its
     * neighbours into one run ("hành vi nào sau đây bị cấm" holds the runs "hành vi", "sau đây" and "cấm", none to
     * check). Leaving a word out of the runs only ever lets more items match.
     */
    private static boolean termSyllable(List<String> words, boolean[] labels, int i) {
        String word = words.get(i);
        return !labels[i] && syllable(word) && !FOLDED_FUNCTION_WORDS.contains(Diacritics.key(word));
    }

    /**
     * Each pair of adjacent syllables of the typed words (function words included) as a phrase of the folded
     * {@code fields}, any field: one optional clause per pair, so an item scores by how many of the query's pairs it
     * holds side by side. Null without a pair.
     */
    private @Nullable BooleanQuery pairs(SearchQuery query, List<String> fields) {
        BooleanQuery.Builder pairs = new BooleanQuery.Builder();
        boolean any = false;
        List<String> words = query.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (syllable(words.get(i)) && syllable(words.get(i + 1))) {
                pairs.add(pair(words.get(i), words.get(i + 1), fields), Occur.SHOULD);
                any = true;
            }
        }
        return any ? pairs.build() : null;
    }

    /** Two syllables side by side in any of the folded {@code fields}. */
    private Query pair(String first, String second, List<String> fields) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (String field : fields) {
            Query phrase = phrases.createPhraseQuery(field, first + " " + second);
            if (phrase != null) {
                anyField.add(phrase, Occur.SHOULD);
            }
        }
        return anyField.build();
    }

    /**
     * A syllable: letters only, with a vowel ("chỉ", "ISO"); not a number, a document number or an abbreviation
     * ("DMST", "TCĐLCL").
     */
    static boolean syllable(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(Character::isLetter)
                && Diacritics.key(word).chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    private static Set<String> functionWords() {
        try (InputStream in = TextQueryBuilder.class.getResourceAsStream(FUNCTION_WORDS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FUNCTION_WORDS_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> Normalizer.normalize(l, Normalizer.Form.NFC)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        List<String> words = new ArrayList<>(contentWordsOf(query));
        words.addAll(query.titleWords());
        for (String word : words) {
            clauses.addAll(ACCENTED_CLAUSES.computeIfAbsent(word, this::accentedFormClauses));
        }
        clauses.forEach(clause -> bool.add(clause, Occur.SHOULD));
    }

    /**
     * The weight-0 clauses marking every accented form of a word, on each highlighted field: the word matched through
     * the folded fields too, so "nhãn" also marks "nhân" and "cai" marks "cải". Compiling the automaton of a
     * {@link RegexpQuery} is the costly part of building it: the clauses of a word are built once and shared
     * (immutable, thread-safe queries).
     */
    private List<Query> accentedFormClauses(String word) {
        List<Query> clauses = new ArrayList<>();
        for (String term : new LinkedHashSet<>(terms(SearchFields.TEXT_FOLDED, word))) {
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
        return VietnameseAnalyzers.terms(analyzer, field, text);
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
        for (var field : ranking.allFields().entrySet()) {
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
