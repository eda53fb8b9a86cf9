package vn.hungyen.khcn.index.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.hungyen.khcn.content.domain.SearchFacets;
import vn.hungyen.khcn.content.text.Diacritics;

/**
 * Câu truy vấn: what a reader typed, taken apart by the portal's query language. Parsing never fails: whatever
 * does not read as an operator is a word.
 *
 * <table>
 *   <caption>The query language</caption>
 *   <tr><th>typed</th><th>means</th></tr>
 *   <tr><td>{@code khoa học}</td><td>every word must occur (title or text), with or without diacritics; adjacent
 *       words and exact diacritics rank first</td></tr>
 *   <tr><td>{@code "đổi mới sáng tạo"}</td><td>the words side by side in this order</td></tr>
 *   <tr><td>{@code -đào -"sở nội vụ"}</td><td>without this word / phrase (typed with marks: exactly this word;
 *       without marks: any accented form of it)</td></tr>
 *   <tr><td>{@code loai:nhiem-vu}, {@code type:plan-task}</td><td>only this content type (code or its name)</td></tr>
 *   <tr><td>{@code tieude:sáng kiến}, {@code title:…}</td><td>this word in the title</td></tr>
 *   <tr><td>{@code nam:2022}, {@code nhom:…}, {@code donvi:"Văn phòng Sở"}, {@code loaivb:…}, {@code coquan:…},
 *       {@code chude:…}</td><td>facet filters: year, group, lead unit, document type, issuer, topic (English
 *       names too: {@code year:}, {@code group:}, {@code unit:}, {@code doctype:}, {@code issuer:}, {@code topic:});
 *       a value is compared without case or diacritics</td></tr>
 * </table>
 *
 * A lone operator ({@code *}, {@code -}, {@code |}, brackets) is dropped; an unbalanced quote reads as plain words;
 * an unknown prefix ({@code http:}, {@code abc:def}) is part of a word; {@code 2999/QĐ-UBND} is one word, which the
 * analysis keeps whole. At most {@value #MAX_CLAUSES} words count; the rest of a pasted page is ignored.
 *
 * @param words          plain words, in order, as typed
 * @param phrases        quoted phrases, as typed without the quotes
 * @param excluded       excluded words and phrases (each as typed, without the minus and the quotes)
 * @param titleWords     words that must occur in the title
 * @param types          content-type filters as typed (a code or a name; resolved by the service)
 * @param facetFilters   facet name → values as typed
 */
public record SearchQuery(List<String> words, List<String> phrases, List<String> excluded, List<String> titleWords,
        List<String> types, Map<String, List<String>> facetFilters) {

    public static final int MAX_CLAUSES = 64;

    /**
     * The Vietnamese prefix of each facet filter ({@code nam} for year): what a reader types, and the name of the
     * facet's parameter in the search page's URL.
     */
    public static final Map<String, String> FACET_PREFIXES = Map.of(SearchFacets.GROUP, "nhom",
            SearchFacets.LEAD_UNIT, "donvi", SearchFacets.YEAR, "nam", SearchFacets.DOCUMENT_TYPE, "loaivb",
            SearchFacets.ISSUER, "coquan", SearchFacets.TOPIC, "chude");

    private static final Map<String, String> PREFIXES = prefixes();
    private static final String TYPE_PREFIX = "type";
    private static final String TITLE_PREFIX = "title";

    public SearchQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
        excluded = List.copyOf(excluded);
        titleWords = List.copyOf(titleWords);
        types = List.copyOf(types);
        facetFilters = Map.copyOf(facetFilters);
    }

    /** Whether anything is to be matched in the text (otherwise the query lists everything the filters allow). */
    public boolean hasTerms() {
        return !words.isEmpty() || !phrases.isEmpty() || !titleWords.isEmpty();
    }

    /** The words and phrases to look for, as one plain text (no operators): for suggestions and bigrams. */
    public String plainText() {
        return Stream.of(words, phrases, titleWords).flatMap(List::stream).collect(Collectors.joining(" "));
    }

    public static SearchQuery parse(String input) {
        return new Parser(input == null ? "" : input).parse();
    }

    private static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        for (String alias : List.of("loai", "type", "kieu")) {
            p.put(alias, TYPE_PREFIX);
        }
        for (String alias : List.of("tieude", "title", "ten")) {
            p.put(alias, TITLE_PREFIX);
        }
        p.put("nhom", SearchFacets.GROUP);
        p.put("group", SearchFacets.GROUP);
        p.put("donvi", SearchFacets.LEAD_UNIT);
        p.put("chutri", SearchFacets.LEAD_UNIT);
        p.put("unit", SearchFacets.LEAD_UNIT);
        p.put("lead_unit", SearchFacets.LEAD_UNIT);
        p.put("nam", SearchFacets.YEAR);
        p.put("year", SearchFacets.YEAR);
        p.put("loaivb", SearchFacets.DOCUMENT_TYPE);
        p.put("loaivanban", SearchFacets.DOCUMENT_TYPE);
        p.put("doctype", SearchFacets.DOCUMENT_TYPE);
        p.put("document_type", SearchFacets.DOCUMENT_TYPE);
        p.put("coquan", SearchFacets.ISSUER);
        p.put("issuer", SearchFacets.ISSUER);
        p.put("chude", SearchFacets.TOPIC);
        p.put("linhvuc", SearchFacets.TOPIC);
        p.put("topic", SearchFacets.TOPIC);
        return Map.copyOf(p);
    }

    /** A hand-written scanner: one pass, no backtracking, no exception for any input. */
    private static final class Parser {
        private final String s;
        private int i;
        private final List<String> words = new ArrayList<>();
        private final List<String> phrases = new ArrayList<>();
        private final List<String> excluded = new ArrayList<>();
        private final List<String> titleWords = new ArrayList<>();
        private final List<String> types = new ArrayList<>();
        private final Map<String, List<String>> facets = new LinkedHashMap<>();
        private int clauses;

        Parser(String s) {
            this.s = s;
        }

        SearchQuery parse() {
            while (i < s.length() && clauses < MAX_CLAUSES) {
                if (Character.isWhitespace(s.charAt(i))) {
                    i++;
                    continue;
                }
                boolean negated = false;
                if (s.charAt(i) == '-' && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))) {
                    negated = true;
                    i++;
                }
                if (s.charAt(i) == '"') {
                    int close = s.indexOf('"', i + 1);
                    if (close < 0) {
                        i++; // an unbalanced quote: the rest reads as plain words
                        continue;
                    }
                    String phrase = s.substring(i + 1, close).strip();
                    i = close + 1;
                    if (meaningful(phrase)) {
                        (negated ? excluded : phrases).add(phrase);
                        clauses++;
                    }
                    continue;
                }
                int end = i;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
                    end++;
                }
                String token = s.substring(i, end);
                i = end;
                if (!negated && fieldClause(token)) {
                    continue;
                }
                String word = token.replace("\"", "");
                if (meaningful(word)) {
                    (negated ? excluded : words).add(word);
                    clauses++;
                }
            }
            return new SearchQuery(words, phrases, excluded, titleWords, types, facets);
        }

        /** {@code prefix:value} or {@code prefix:"quoted value"} with a known prefix; false leaves it a word. */
        private boolean fieldClause(String token) {
            int colon = token.indexOf(':');
            if (colon <= 0) {
                return false;
            }
            String target = PREFIXES.get(Diacritics.key(token.substring(0, colon)).replace(" ", ""));
            if (target == null) {
                return false;
            }
            String value = token.substring(colon + 1);
            if (value.startsWith("\"")) {
                int start = i - token.length() + colon + 2;
                int close = s.indexOf('"', start);
                if (close >= 0) {
                    value = s.substring(start, close);
                    i = close + 1;
                } else {
                    value = value.substring(1);
                }
            }
            value = value.replace("\"", "").strip();
            if (!meaningful(value)) {
                return false;
            }
            clauses++;
            switch (target) {
                case TYPE_PREFIX -> types.add(value);
                case TITLE_PREFIX -> titleWords.add(value);
                default -> facets.computeIfAbsent(target, k -> new ArrayList<>()).add(value);
            }
            return true;
        }

        /** Has at least one letter or digit: a lone {@code *}, {@code |} or bracket is not a word. */
        private static boolean meaningful(String text) {
            return text.codePoints().anyMatch(Character::isLetterOrDigit);
        }
    }
}
