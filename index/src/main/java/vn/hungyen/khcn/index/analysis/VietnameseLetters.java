package vn.hungyen.khcn.index.analysis;

import java.text.Normalizer;

/**
 * Tables of the Vietnamese vowels: each precomposed lower-case vowel is a base (one of the 12 vowel letters
 * {@code a ă â e ê i o ô ơ u ư y}) plus one of 6 tones (none, sắc, huyền, hỏi, ngã, nặng). Built once from Unicode
 * normalization so no hand-typed table can be wrong.
 */
final class VietnameseLetters {

    static final String VOWEL_BASES = "aăâeêioôơuưy";
    /** Combining marks of the tones sắc, huyền, hỏi, ngã, nặng; index + 1 is the tone number. */
    private static final char[] TONE_MARKS = {'\u0301', '\u0300', '\u0309', '\u0303', '\u0323'};
    static final int TONES = TONE_MARKS.length + 1;

    private static final int TABLE_SIZE = 0x1F00; // Vietnamese letters end in Latin Extended Additional (U+1EFF)
    /** For a lower-case vowel: base index * TONES + tone + 1; 0 for anything else. */
    private static final short[] VOWEL_INFO = new short[TABLE_SIZE];
    private static final char[][] COMPOSED = new char[VOWEL_BASES.length()][TONES];
    /** Letters without their marks ({@code ế → e}, {@code đ → d}); 0 where nothing is folded. */
    private static final char[] FOLDED = new char[TABLE_SIZE];

    static {
        for (int base = 0; base < VOWEL_BASES.length(); base++) {
            for (int tone = 0; tone < TONES; tone++) {
                String decomposed = VOWEL_BASES.charAt(base) + (tone == 0 ? "" : String.valueOf(TONE_MARKS[tone - 1]));
                char c = Normalizer.normalize(decomposed, Normalizer.Form.NFC).charAt(0);
                COMPOSED[base][tone] = c;
                VOWEL_INFO[c] = (short) (base * TONES + tone + 1);
            }
        }
        for (char c = 0x80; c < TABLE_SIZE; c++) {
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            if (nfd.length() > 1 && nfd.charAt(0) < 0x80 && Character.isLetter(nfd.charAt(0))
                    && nfd.chars().skip(1).allMatch(VietnameseLetters::isCombiningMark)) {
                FOLDED[c] = nfd.charAt(0);
            }
        }
        FOLDED['đ'] = 'd';
        FOLDED['Đ'] = 'D';
    }

    private VietnameseLetters() {
    }

    static boolean isVowel(char c) {
        return c < TABLE_SIZE && VOWEL_INFO[c] != 0;
    }

    /** Index into {@link #VOWEL_BASES} of a lower-case vowel; only valid if {@link #isVowel}. */
    static int base(char c) {
        return (VOWEL_INFO[c] - 1) / TONES;
    }

    /** 0 for no tone, 1..5 for sắc, huyền, hỏi, ngã, nặng; only valid if {@link #isVowel}. */
    static int tone(char c) {
        return (VOWEL_INFO[c] - 1) % TONES;
    }

    static char compose(int base, int tone) {
        return COMPOSED[base][tone];
    }

    /** Whether the vowel carries a shape mark (ă â ê ô ơ ư), which makes it the main vowel of its syllable. */
    static boolean hasShapeMark(char c) {
        return "ăâêôơư".indexOf(VOWEL_BASES.charAt(base(c))) >= 0;
    }

    /** The letter without diacritics, or {@code c} itself when it has none (or is not Latin). */
    static char fold(char c) {
        if (c < 0x80 || c >= TABLE_SIZE) {
            return c;
        }
        char f = FOLDED[c];
        return f == 0 ? c : f;
    }

    static boolean isCombiningMark(int c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
