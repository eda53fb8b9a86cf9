package vn.hungyen.khcn.plan.importer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text clean-up shared by every parser in this package: NFC, one space for any run of whitespace. */
final class Texts {

    // NBSP, zero-width and the other Unicode spaces appear in Word exports; \s alone misses them.
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

    private Texts() {
    }

    /** NFC-normalises, collapses whitespace runs to one space and trims; {@code null} becomes "". */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return WHITESPACE.matcher(nfc).replaceAll(" ").strip();
    }

    /** Lower-case in a locale-neutral way (Vietnamese needs no special casing rules). */
    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** The first letter of {@code text} is lower-case — the mark of a sentence cut by a page break. */
    static boolean startsLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The text does not end a sentence or a list entry: its last visible character is not one of
     * {@code . ; : ! ? )} or a closing quote. A cell cut by a page break looks like this.
     */
    static boolean endsUnfinished(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return ".;:!?)”\"…".indexOf(last) < 0;
    }
}
