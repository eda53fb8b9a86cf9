package vn.hungyen.khcn.content.intake.vietnamese;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hungyen.khcn.content.text.Diacritics;

/**
 * Kho âm tiết: the Vietnamese syllables (and pairs of syllables) seen in the portal's own texts — the bundled laws
 * and the department's plan — with how often each was seen. It is data, built by {@link #main} and shipped as the
 * resources {@value #SYLLABLES} and {@value #BIGRAMS}; the OCR correction and the legacy-encoding detection both judge
 * a word by it ("thê" is not a syllable of these texts, "thể" is, and "cần thơ" is a pair they hold).
 */
public final class Syllables {

    static final String SYLLABLES = "syllables.tsv";
    static final String BIGRAMS = "bigrams.tsv";
    /** A pair seen once may be a typing slip of the source: only pairs seen at least this often are kept. */
    static final int MIN_BIGRAM = 2;

    /** A word: letters only (digits and signs split words), the way syllables are written. */
    static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern VIETNAMESE_LETTERS = Pattern.compile(
            "[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+");

    private final Map<String, Integer> counts;
    private final Map<String, Integer> bigrams;
    private final Map<String, List<String>> byLetters = new HashMap<>();

    Syllables(Map<String, Integer> counts, Map<String, Integer> bigrams) {
        this.counts = Map.copyOf(counts);
        this.bigrams = Map.copyOf(bigrams);
        for (String s : this.counts.keySet()) {
            byLetters.computeIfAbsent(Diacritics.strip(s), k -> new ArrayList<>()).add(s);
        }
        byLetters.values().forEach(l -> l.sort(Comparator.comparingInt((String s) -> -count(s)).thenComparing(s -> s)));
    }

    /** The inventory shipped with the portal. */
    public static Syllables bundled() {
        return Bundled.INSTANCE;
    }

    /** Loaded on first use, so that {@link #main} can build the data without it. */
    private static final class Bundled {
        static final Syllables INSTANCE = new Syllables(read(SYLLABLES), read(BIGRAMS));
    }

    /** A word in the form the inventory keys it: NFC, lower case. */
    static String key(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code word} (any case) is a syllable of the portal's texts. */
    public boolean known(String word) {
        return counts.containsKey(key(word));
    }

    /** How often the syllable was seen; 0 when never. */
    public int count(String word) {
        return counts.getOrDefault(key(word), 0);
    }

    /** How often the two syllables were seen one after the other; 0 when never (or only once). */
    public int pair(String first, String second) {
        return bigrams.getOrDefault(key(first) + " " + key(second), 0);
    }

    /** The known syllables written with the same letters as {@code word} but other marks, most frequent first. */
    public List<String> sameLetters(String word) {
        return byLetters.getOrDefault(Diacritics.strip(key(word)), List.of());
    }

    /** How many distinct syllables the inventory holds. */
    public int size() {
        return counts.size();
    }

    /** Whether the word is spelled with Vietnamese letters only (no f, j, w, z, no foreign marks). */
    static boolean vietnameseLetters(String word) {
        return VIETNAMESE_LETTERS.matcher(key(word)).matches();
    }

    // ---- the data -----------------------------------------------------------------------------------------------

    private static Map<String, Integer> read(String resource) {
        Map<String, Integer> map = new HashMap<>();
        try (InputStream in = Syllables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the syllable inventory " + resource + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab > 0 && !line.startsWith("#")) {
                    map.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }

    /** Counts the syllables and pairs of syllables of some texts. */
    static Syllables count(Map<String, Integer> weightedTexts) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> pairs = new HashMap<>();
        for (var entry : weightedTexts.entrySet()) {
            String text = entry.getKey();
            int weight = entry.getValue();
            // A pair never spans a sign, a line or a column: "Cần Thơ, Hà Nội" gives "cần thơ" and "hà nội".
            for (String phrase : Normalizer.normalize(text, Normalizer.Form.NFC).split("[^\\p{L} ]+")) {
                String previous = null;
                Matcher m = WORD.matcher(phrase);
                while (m.find()) {
                    String word = key(m.group());
                    if (!vietnameseLetters(word) || word.length() > 7) {
                        previous = null;
                        continue;
                    }
                    counts.merge(word, weight, Integer::sum);
                    if (previous != null) {
                        pairs.merge(previous + " " + word, weight, Integer::sum);
                    }
                    previous = word;
                }
            }
        }
        pairs.values().removeIf(n -> n < MIN_BIGRAM);
        return new Syllables(counts, pairs);
    }

    /**
     * Builds the shipped inventory: {@code java … Syllables OUT_DIR TEXT…} with the bundled laws and plan as the texts
     * (see the README's OCR section for the command). A text whose name ends in {@code names.txt} or {@code .tsv} is a
     * list of names the portal's documents use (places; the plan module's units): each counts as seen
     * {@value #MIN_BIGRAM} times, so that its pairs ("cần thơ", "sở công") are kept.
     */
    public static void main(String[] args) throws IOException {
        Map<String, Integer> texts = new java.util.LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            texts.merge(Files.readString(Path.of(args[i])), args[i].endsWith("names.txt") || args[i].endsWith(".tsv") ? MIN_BIGRAM : 1,
                    Integer::sum);
        }
        Syllables built = count(texts);
        Path out = Path.of(args[0]);
        write(out.resolve(SYLLABLES), built.counts, args.length - 1);
        write(out.resolve(BIGRAMS), built.bigrams, args.length - 1);
    }

    private static void write(Path file, Map<String, Integer> map, int sources) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# built by vn.hungyen.khcn.content.intake.vietnamese.Syllables from " + sources
                    + " texts (the bundled laws and plan, the plan module's units, place names): word<TAB>count\n");
            for (var e : map.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
    }
}
