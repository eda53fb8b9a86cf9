package vn.hungyen.khcn.deliverables.extraction;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A phrase of a rule, matched as whole words in any case: "bò" matches "đối với bò", not "bó" or "bòn". */
record Phrase(String text, Pattern pattern) {

    static Phrase of(String text) {
        String nfc = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        if (nfc.isEmpty()) {
            throw new IllegalArgumentException("a rule phrase must not be blank");
        }
        return new Phrase(nfc, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(nfc) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    boolean foundIn(String text) {
        return pattern.matcher(text).find();
    }

    /** Where the phrase first occurs in the text, or -1. */
    int indexIn(String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** Where the first occurrence ends, or -1. */
    int endIn(String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.end() : -1;
    }
}
