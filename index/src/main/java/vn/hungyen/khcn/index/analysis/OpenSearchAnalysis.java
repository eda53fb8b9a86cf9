package vn.hungyen.khcn.index.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The portal's Vietnamese analyzers ({@link VietnameseAnalyzers#NAMES}) as OpenSearch index analysis settings, for a
 * node without any server plugin: only the built-in {@code mapping} and {@code pattern_replace} char filters, the
 * {@code pattern} tokenizer and the {@code lowercase}, {@code pattern_replace}, {@code pattern_capture},
 * {@code unique}, {@code length}, {@code shingle} and {@code synonym_graph} filters of the {@code analysis-common}
 * module. Nothing here is typed by hand: every table is generated from what the embedded analyzers use.
 *
 * <ul>
 *   <li>NFC: a {@code mapping} from every decomposed spelling of a precomposed Latin letter ({@code e + ̂ + ́},
 *       {@code ê + ́}) to the letter ({@code ế}), from {@link Normalizer}, as ICU's NFC char filter does for these.
 *   <li>Lower case: a {@code mapping} of {@link Character#toLowerCase(char)} over the Latin tables, so that the tone
 *       table needs only lower-case keys; the {@code lowercase} filter still runs after the tokenizer.
 *   <li>Tone placement: a {@code mapping} whose keys are vowel clusters with one tone (alone, before a final
 *       consonant, a third vowel, or after {@code q}/{@code g}) and whose values are what
 *       {@link VietnameseToneNormalizationFilter} makes of them ({@code oà → òa}, {@code uỷ → ủy}); keys that the
 *       filter leaves alone are kept where they stop a shorter key from matching ({@code oàn}, {@code quý}).
 *   <li>Folding: a {@code mapping} from the {@link VietnameseLetters} folding table ({@code ế → e}, {@code đ → d}) and
 *       a {@code pattern_replace} filter dropping stray combining marks, as {@link VietnameseFoldingFilter} does.
 *   <li>Tokens: the {@code pattern} tokenizer with {@link VietnameseTokenizer#TOKEN} itself, after char filters that
 *       make document numbers canonical as the tokenizer does (dashes to {@code -}, the stray space after a dash
 *       dropped), and a {@code length} filter for its 255-character limit.
 *   <li>Document numbers: {@code pattern_capture} emits the {@code /}- and {@code -}-separated parts at the token's
 *       position and {@code unique} (same position only) keeps each once, as {@link VietnameseDocumentNumberFilter}.
 *   <li>Syllable pairs: {@code shingle} 2–2 without unigrams unless there is no pair; abbreviations: the
 *       {@value VietnameseAnalyzers#ABBREVIATIONS_RESOURCE} rules in a {@code synonym_graph} filter.
 * </ul>
 *
 * Known differences, all outside well-formed Vietnamese: the tone table looks at the cluster and the letter after
 * it, not at the whole letter run, so a run of more than 7 letters or with two tones (which the Java filter leaves
 * alone) may still have a tone moved; a cluster followed by a letter that cannot end a Vietnamese syllable is
 * treated as open; a token longer than 255 characters is dropped without leaving a position gap.
 */
public final class OpenSearchAnalysis {

    static final String NFC = "vi_nfc";
    static final String LOWER = "vi_lower";
    static final String TONE = "vi_tone";
    static final String FOLD = "vi_fold";
    static final String DASHES = "vi_dashes";
    static final String STRAY_SPACE = "vi_docnum_space";
    static final String TOKENIZER = "vi_tokenizer";
    static final String MARKS = "vi_drop_marks";
    static final String PARTS = "vi_docnum_parts";
    static final String UNIQUE = "vi_same_position_unique";
    static final String MAX_LENGTH = "vi_max_length";
    static final String PAIRS = "vi_pairs";
    static final String SYNONYMS = "vi_abbreviations";

    /** Letters that can follow a vowel cluster as (the start of) a Vietnamese final consonant: c ch m n ng nh p t. */
    private static final String CODA_STARTS = "cmnpt";
    /** Latin letters with diacritics end in Latin Extended Additional (U+1EFF). */
    private static final char TABLE_END = 0x1F00;

    private OpenSearchAnalysis() {
    }

    /** The {@code analysis} object of the index settings: char filters, tokenizer, filters and the five analyzers. */
    public static Map<String, Object> settings() {
        Map<String, Object> charFilters = new LinkedHashMap<>();
        charFilters.put(NFC, mapping(nfcRules()));
        charFilters.put(DASHES, Map.of("type", "pattern_replace", "pattern", VietnameseTokenizer.DASH,
                "replacement", "-"));
        String segment = VietnameseTokenizer.SEGMENT;
        charFilters.put(STRAY_SPACE, Map.of("type", "pattern_replace",
                "pattern", "(\\d(?:/\\d{4})?[/-]" + segment + "(?:[/-]" + segment + ")*)- (?=\\p{Lu})",
                "replacement", "$1-"));
        charFilters.put(LOWER, mapping(lowerCaseRules()));
        charFilters.put(TONE, mapping(toneRules()));
        charFilters.put(FOLD, mapping(foldRules()));

        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put(MARKS, Map.of("type", "pattern_replace", "pattern", "\\p{Mn}+", "replacement", ""));
        filters.put(PARTS, Map.of("type", "pattern_capture", "preserve_original", true,
                "patterns", List.of("([^/\\-]+)")));
        filters.put(UNIQUE, Map.of("type", "unique", "only_on_same_position", true));
        filters.put(MAX_LENGTH, Map.of("type", "length", "max", VietnameseTokenizer.MAX_TOKEN_LENGTH));
        filters.put(PAIRS, Map.of("type", "shingle", "min_shingle_size", 2, "max_shingle_size", 2,
                "output_unigrams", false, "output_unigrams_if_no_shingles", true));
        filters.put(SYNONYMS + "_exact", synonyms());
        filters.put(SYNONYMS + "_folded", synonyms());

        List<String> exactChars = List.of(NFC, DASHES, STRAY_SPACE, LOWER, TONE);
        List<String> foldedChars = List.of(NFC, DASHES, STRAY_SPACE, LOWER, FOLD);
        List<String> parts = List.of(PARTS, UNIQUE);
        Map<String, Object> analyzers = new LinkedHashMap<>();
        analyzers.put(VietnameseAnalyzers.EXACT, analyzer(exactChars, List.of(MAX_LENGTH, "lowercase"), parts));
        analyzers.put(VietnameseAnalyzers.FOLDED,
                analyzer(foldedChars, List.of(MAX_LENGTH, "lowercase", MARKS), parts));
        analyzers.put(VietnameseAnalyzers.SHINGLE,
                analyzer(foldedChars, List.of(MAX_LENGTH, "lowercase", MARKS), List.of(PAIRS)));
        analyzers.put(VietnameseAnalyzers.EXACT_QUERY,
                analyzer(exactChars, List.of(MAX_LENGTH, "lowercase", SYNONYMS + "_exact"), parts));
        analyzers.put(VietnameseAnalyzers.FOLDED_QUERY,
                analyzer(foldedChars, List.of(MAX_LENGTH, "lowercase", MARKS, SYNONYMS + "_folded"), parts));

        Map<String, Object> analysis = new LinkedHashMap<>();
        analysis.put("char_filter", charFilters);
        analysis.put("tokenizer", Map.of(TOKENIZER, Map.of("type", "pattern", "group", 0,
                "pattern", VietnameseTokenizer.TOKEN.pattern())));
        analysis.put("filter", filters);
        analysis.put("analyzer", analyzers);
        return analysis;
    }

    private static Map<String, Object> analyzer(List<String> charFilters, List<String> filters, List<String> tail) {
        List<String> all = new ArrayList<>(filters);
        all.addAll(tail);
        return Map.of("type", "custom", "char_filter", charFilters, "tokenizer", TOKENIZER, "filter", all);
    }

    private static Map<String, Object> mapping(Map<String, String> rules) {
        List<String> lines = new ArrayList<>(rules.size());
        rules.forEach((from, to) -> lines.add(escape(from) + " => " + escape(to)));
        return Map.of("type", "mapping", "mappings", lines);
    }

    /** Every character as a {@code \\uXXXX} escape, which the mapping rule parser reads, so marks stay visible. */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() * 6);
        for (int i = 0; i < s.length(); i++) {
            out.append(String.format("\\u%04X", (int) s.charAt(i)));
        }
        return out.toString();
    }

    private static Map<String, Object> synonyms() {
        List<String> rules = new ArrayList<>();
        try (InputStream in = VietnameseAnalyzers.class.getResourceAsStream(VietnameseAnalyzers.ABBREVIATIONS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + VietnameseAnalyzers.ABBREVIATIONS_RESOURCE);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String rule = line.strip();
                if (!rule.isEmpty() && !rule.startsWith("#")) {
                    rules.add(rule);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("type", "synonym_graph", "expand", true, "synonyms", rules);
    }

    /** Decomposed and partly composed spellings of each precomposed Latin letter, to the letter. */
    static Map<String, String> nfcRules() {
        Map<String, String> rules = new LinkedHashMap<>();
        for (char c = 0x80; c < TABLE_END; c++) {
            String letter = String.valueOf(c);
            String nfd = Normalizer.normalize(letter, Normalizer.Form.NFD);
            if (nfd.length() < 2 || !Character.isLetter(c) || nfd.charAt(0) >= 0x80
                    || !Normalizer.normalize(nfd, Normalizer.Form.NFC).equals(letter)) {
                continue;
            }
            for (int split = 1; split < nfd.length(); split++) {
                String key = Normalizer.normalize(nfd.substring(0, split), Normalizer.Form.NFC) + nfd.substring(split);
                if (!key.equals(letter)) {
                    rules.putIfAbsent(key, letter);
                }
            }
        }
        return rules;
    }

    static Map<String, String> lowerCaseRules() {
        Map<String, String> rules = new LinkedHashMap<>();
        for (char c = 'A'; c < TABLE_END; c++) {
            char lower = Character.toLowerCase(c);
            if (lower != c && Character.isLetter(c)) {
                rules.put(String.valueOf(c), String.valueOf(lower));
            }
        }
        return rules;
    }

    static Map<String, String> foldRules() {
        Map<String, String> rules = new LinkedHashMap<>();
        for (char c = 0x80; c < TABLE_END; c++) {
            char folded = VietnameseLetters.fold(c);
            if (folded != c) {
                rules.put(String.valueOf(c), String.valueOf(folded));
            }
        }
        return rules;
    }

    /**
     * Tone placement as a longest-match table: for every cluster of two or three vowels with one tone, alone, before a
     * final consonant, before a third vowel and after {@code q}/{@code g}, the form the Java filter gives. A key is
     * kept if the filter changes it, or if a shorter key that the filter changes would otherwise match inside it.
     */
    static Map<String, String> toneRules() {
        List<String> clusters = new ArrayList<>();
        String bases = VietnameseLetters.VOWEL_BASES;
        for (int a = 0; a < bases.length(); a++) {
            for (int b = 0; b < bases.length(); b++) {
                for (int tone = 1; tone < VietnameseLetters.TONES; tone++) {
                    clusters.add("" + VietnameseLetters.compose(a, tone) + VietnameseLetters.compose(b, 0));
                    clusters.add("" + VietnameseLetters.compose(a, 0) + VietnameseLetters.compose(b, tone));
                }
            }
        }
        Map<String, String> rules = new LinkedHashMap<>();
        Set<String> changing = new LinkedHashSet<>();
        for (String cluster : clusters) {
            if (!normalized(cluster).equals(cluster)) {
                changing.add(cluster);
            }
        }
        for (String cluster : clusters) {
            boolean prefixChanges = changing.contains(cluster);
            List<String> keys = new ArrayList<>();
            keys.add(cluster);
            for (char coda : CODA_STARTS.toCharArray()) {
                keys.add(cluster + coda);
            }
            for (int third = 0; third < bases.length(); third++) {
                keys.add(cluster + VietnameseLetters.compose(third, 0));
            }
            for (String key : List.copyOf(keys)) {
                keys.add("q" + key);
                keys.add("g" + key);
            }
            for (String key : keys) {
                String value = normalized(key);
                if (!value.equals(key) || prefixChanges) {
                    rules.put(key, value);
                }
            }
        }
        return rules;
    }

    private static String normalized(String syllable) {
        char[] chars = syllable.toCharArray();
        VietnameseToneNormalizationFilter.normalize(chars, chars.length);
        return new String(chars);
    }
}
