package vn.hungyen.khcn.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Moves the tone mark of every Vietnamese syllable to one canonical vowel, so that spellings which differ only in tone
 * placement ({@code hòa}/{@code hoà}, {@code thúy}/{@code thuý}, {@code khỏe}/{@code khoẻ}, {@code hóa}/{@code hoá},
 * and the typo {@code qúy} for {@code quý}) become the same term.
 *
 * <p>The canonical form is the <em>old style</em> ("kiểu cũ": {@code hòa, khỏe, thúy}), because that is what legal
 * documents and the department's own plans use, so indexed terms look like the text. The rule, per syllable (a run of
 * letters holding exactly one tone mark):
 * <ol>
 *   <li>skip the initial consonants; the {@code u} of {@code qu} and the {@code i} of {@code gi} before another vowel
 *       belong to the consonant ({@code quý}, {@code giữ});
 *   <li>in the vowel cluster, a vowel with a shape mark (ă â ê ô ơ ư) takes the tone, the last one if two
 *       ({@code ươ → ơ}: {@code người});
 *   <li>otherwise a single vowel takes it; in a closed syllable (a consonant follows) the last vowel takes it
 *       ({@code hoàng}, {@code huỳnh}); in an open syllable of three vowels the middle one ({@code hoài},
 *       {@code khuỷu}); in an open syllable of two vowels the first one ({@code hòa}, {@code khỏe}, {@code thúy},
 *       {@code mía}, {@code múa}) — the only place where old and new style differ.
 * </ol>
 * Runs that are not one Vietnamese syllable (no tone, more than one tone, more than three vowels, vowels after the
 * final consonant, more than 7 letters) are left alone. Only lower-case letters are handled: put this filter after a
 * {@code LowerCaseFilter} and an NFC normalization. The term keeps its length, so it is rewritten in place.
 */
public final class VietnameseToneNormalizationFilter extends TokenFilter {

    private static final int MAX_SYLLABLE_LENGTH = 7; // "nghiêng"

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public VietnameseToneNormalizationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        normalize(termAtt.buffer(), termAtt.length());
        return true;
    }

    /** Normalizes every letter run of {@code buffer[0, length)} in place. */
    static void normalize(char[] buffer, int length) {
        int i = 0;
        while (i < length) {
            if (!Character.isLetter(buffer[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && Character.isLetter(buffer[i])) {
                i++;
            }
            normalizeSyllable(buffer, start, i);
        }
    }

    private static void normalizeSyllable(char[] b, int start, int end) {
        if (end - start > MAX_SYLLABLE_LENGTH) {
            return;
        }
        int tonedAt = -1;
        for (int i = start; i < end; i++) {
            if (VietnameseLetters.isVowel(b[i]) && VietnameseLetters.tone(b[i]) != 0) {
                if (tonedAt >= 0) {
                    return; // two tones: not one syllable
                }
                tonedAt = i;
            }
        }
        if (tonedAt < 0) {
            return;
        }
        int vowelsStart = start;
        while (vowelsStart < end && !VietnameseLetters.isVowel(b[vowelsStart])) {
            vowelsStart++;
        }
        if (vowelsStart > start && vowelsStart + 1 < end && VietnameseLetters.isVowel(b[vowelsStart + 1])) {
            char onset = b[vowelsStart - 1];
            char glide = VietnameseLetters.VOWEL_BASES.charAt(VietnameseLetters.base(b[vowelsStart]));
            if ((onset == 'q' && glide == 'u') || (onset == 'g' && glide == 'i')) {
                vowelsStart++;
            }
        }
        int vowelsEnd = vowelsStart;
        while (vowelsEnd < end && VietnameseLetters.isVowel(b[vowelsEnd])) {
            vowelsEnd++;
        }
        for (int i = vowelsEnd; i < end; i++) {
            if (VietnameseLetters.isVowel(b[i])) {
                return; // vowel after the final consonant: not one syllable
            }
        }
        int target = toneTarget(b, vowelsStart, vowelsEnd, vowelsEnd < end);
        if (target < 0 || target == tonedAt) {
            return;
        }
        int tone = VietnameseLetters.tone(b[tonedAt]);
        b[tonedAt] = VietnameseLetters.compose(VietnameseLetters.base(b[tonedAt]), 0);
        b[target] = VietnameseLetters.compose(VietnameseLetters.base(b[target]), tone);
    }

    /** Index of the vowel that carries the tone in canonical (old-style) spelling, or -1 if there is no rule. */
    private static int toneTarget(char[] b, int vowelsStart, int vowelsEnd, boolean closed) {
        int count = vowelsEnd - vowelsStart;
        if (count == 0 || count > 3) {
            return -1;
        }
        for (int i = vowelsEnd - 1; i >= vowelsStart; i--) {
            if (VietnameseLetters.hasShapeMark(b[i])) {
                return i;
            }
        }
        if (count == 1) {
            return vowelsStart;
        }
        if (closed) {
            return vowelsEnd - 1;
        }
        return count == 3 ? vowelsStart + 1 : vowelsStart;
    }
}
