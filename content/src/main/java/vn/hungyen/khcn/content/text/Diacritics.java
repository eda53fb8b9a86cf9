package vn.hungyen.khcn.content.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese marks: whether a text has any, and the text without them ({@code đ → d}). The one folding of the
 * portal outside the analyzers: slugs, search input, facet keys, the OCR syllable inventory.
 */
public final class Diacritics {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Diacritics() {
    }

    /** The text without any mark, {@code đ → d}, case kept: "Nghị định" → "Nghi dinh". */
    public static String strip(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
    }

    /** Whether the text has a mark or a đ, i.e. the user typed Vietnamese diacritics at all. */
    public static boolean present(String text) {
        return !strip(text).equals(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /** Lower case without marks: how facet values and field prefixes are compared. */
    public static String key(String text) {
        return strip(text).toLowerCase(Locale.ROOT).strip();
    }
}
