package vn.hungyen.khcn.content.intake.vietnamese;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.text.Diacritics;

/**
 * Sửa chữ sau nhận dạng: corrects what OCR typically gets wrong in Vietnamese, from the {@link Syllables} inventory.
 * <ul>
 * <li>A word that is not a syllable of the inventory but has a syllable with the same letters and other marks
 * ("thê" → "thể", "cuôi" → "cuối") takes the candidate that is clearly best: the neighbours' pairs count most, then
 * how common the syllable is; with two close candidates the word is left for the editor.</li>
 * <li>A syllable that is valid but never seen beside its neighbours, where another marking of it is seen beside them
 * often ("Cân Thơ" → "Cần Thơ"), takes that marking.</li>
 * <li>A digit misread as a letter inside a number ("ngày 3 Ì tháng" → "ngày 31 tháng", "2O22" → "2022").</li>
 * <li>Specks read as signs are dropped (underscores, a lone dot or comma between spaces) and a document number
 * broken after its hyphen is joined ("21/KH- SKHCN" → "21/KH-SKHCN").</li>
 * </ul>
 * Case is kept (THÊ → THỂ, Cân → Cần). Every change is reported, for the editor to check.
 */
public final class OcrCorrection {

    /** One corrected word: where, what OCR read, what it became. */
    public record Change(int line, String read, String corrected) {
    }

    /** The corrected text and its changes. */
    public record Result(String text, List<Change> changes) {
    }

    /** A candidate must score at least this many times the next one to be "clearly best". */
    private static final int CLEAR_MARGIN = 3;
    /** How often a pair must have been seen for a valid syllable to be re-marked by its neighbours. */
    private static final int PAIR_EVIDENCE = Syllables.MIN_BIGRAM;
    /** A valid syllable seen this many times needs one more pair beside its neighbours to be re-marked. */
    private static final int EVIDENCE_PER_USE = 50;

    private static final Pattern DIGIT_AS_LETTER = Pattern.compile("(?<=\\d) ?[IÌÍỈĨỊlị|](?=[\\s/.,-]|$)");
    private static final Pattern LETTER_O_IN_NUMBER = Pattern.compile("(?<=\\d)[Oo](?=\\d)");
    private static final Pattern SPECKS = Pattern.compile("_+|(?<=^|\\s)[.,'`]+(?=\\s|$)");
    private static final Pattern BROKEN_NUMBER = Pattern.compile("(\\d+/[\\p{Lu}Đ&]+-) +(?=[\\p{Lu}Đ])");

    private final Syllables syllables;

    public OcrCorrection(Syllables syllables) {
        this.syllables = syllables;
    }

    /** Corrects the text line by line; lines and everything but the corrected words stay as they are. */
    public Result correct(String text) {
        List<Change> changes = new ArrayList<>();
        String[] lines = Normalizer.normalize(text, Normalizer.Form.NFC).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = correctLine(lines[i], i + 1, changes);
        }
        return new Result(String.join("\n", lines), List.copyOf(changes));
    }

    private String correctLine(String line, int number, List<Change> changes) {
        String cleaned = BROKEN_NUMBER.matcher(SPECKS.matcher(line).replaceAll("")).replaceAll("$1")
                .replaceAll("\\s{2,}", " ").strip();
        String fixed = numbers(cleaned, number, changes);
        List<int[]> words = new ArrayList<>();
        Matcher m = Syllables.WORD.matcher(fixed);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        StringBuilder out = new StringBuilder(fixed);
        String[] texts = words.stream().map(w -> fixed.substring(w[0], w[1])).toArray(String[]::new);
        for (int w = words.size() - 1; w >= 0; w--) {
            String previous = w > 0 && adjacent(fixed, words.get(w - 1), words.get(w)) ? texts[w - 1] : null;
            String next = w + 1 < words.size() && adjacent(fixed, words.get(w), words.get(w + 1)) ? texts[w + 1] : null;
            String better = better(texts[w], previous, next);
            if (better != null) {
                out.replace(words.get(w)[0], words.get(w)[1], better);
                changes.add(new Change(number, texts[w], better));
            }
        }
        return out.toString();
    }

    /** Two words of one phrase: only spaces between them. */
    private static boolean adjacent(String line, int[] first, int[] second) {
        return line.substring(first[1], second[0]).isBlank();
    }

    private String numbers(String line, int number, List<Change> changes) {
        String fixed = line;
        for (Pattern p : new Pattern[] {DIGIT_AS_LETTER, LETTER_O_IN_NUMBER}) {
            Matcher m = p.matcher(fixed);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String digit = p == DIGIT_AS_LETTER ? "1" : "0";
                changes.add(new Change(number, m.group(), digit));
                m.appendReplacement(sb, digit);
            }
            m.appendTail(sb);
            fixed = sb.toString();
        }
        return fixed;
    }

    /** The word's better spelling, or null to keep it. */
    private @Nullable String better(String word, @Nullable String previous, @Nullable String next) {
        if (word.length() > 7 || isAbbreviation(word)) {
            return null;
        }
        List<String> candidates = syllables.sameLetters(word);
        if (candidates.isEmpty()) {
            return null;
        }
        String key = Syllables.key(word);
        if (syllables.known(word)) {
            if (support(key, previous, next) > 0) {
                return null;
            }
            String best = null;
            int bestSupport = 0;
            for (String c : candidates) {
                int s = support(c, previous, next);
                if (!c.equals(key) && s > bestSupport) {
                    best = c;
                    bestSupport = s;
                }
            }
            // The commoner the syllable read, the more evidence it takes to re-mark it: "từ" (755 times) is not
            // turned into "tử" by "tử đó" (7), "dụng" (1,973) is into "dung" by "nội dung" (523).
            int needed = Math.max(PAIR_EVIDENCE, syllables.count(key) / EVIDENCE_PER_USE);
            return best != null && bestSupport >= needed ? withCaseOf(word, best) : null;
        }
        long bestScore = -1;
        long secondScore = -1;
        String best = null;
        for (String c : candidates) {
            long score = 1000L * support(c, previous, next) + syllables.count(c);
            if (score > bestScore) {
                secondScore = bestScore;
                bestScore = score;
                best = c;
            } else if (score > secondScore) {
                secondScore = score;
            }
        }
        return best != null && (secondScore <= 0 || bestScore >= CLEAR_MARGIN * secondScore) ? withCaseOf(word, best)
                : null;
    }

    private int support(String candidate, @Nullable String previous, @Nullable String next) {
        return (previous == null ? 0 : syllables.pair(previous, candidate))
                + (next == null ? 0 : syllables.pair(candidate, next));
    }

    /** "KH", "HĐND": capitals without a vowel are abbreviations, not words to correct. */
    private static boolean isAbbreviation(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
                && Diacritics.strip(word).toLowerCase(Locale.ROOT).chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    private static String withCaseOf(String model, String word) {
        if (model.length() > 1 && model.equals(model.toUpperCase(Locale.ROOT))) {
            return word.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(model.charAt(0))) {
            return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
        }
        return word;
    }
}
