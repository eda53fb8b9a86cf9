package vn.hungyen.khcn.content.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a printed page adds to a document's text that is not the document: the gazette's page header ("CÔNG BÁO/Số
 * 302/Ngày 02-06-2026"), page numbers and the gazette's own document id under it, the digital-signature blocks
 * ("Ký bởi:", "Cơ quan:", "Ngày ký:", "Người ký:", "Thời gian ký:"), separator rules; and Cyrillic or Greek letters
 * that look like Latin ones inside codes ("NĐ-СР"). A PDF's text has the noise between any two lines, even
 * mid-sentence and mid-table. Every module's reader cleans with this one class.
 */
public final class GazetteNoise {

    private static final Pattern NOISE = Pattern.compile(
            "^(?:CÔNG\\s*BÁO\\s*/.*|\\d{1,4}|Trang\\s*\\d+.*|Ký\\s*bởi\\s*:.*|Người\\s*ký\\s*:.*"
                    + "|Cơ\\s*quan\\s*:\\s*(?:VĂN PHÒNG|CÔNG BÁO|Văn phòng Chính phủ).*"
                    + "|Ngày\\s*ký\\s*:.*|Thời\\s*gian\\s*ký\\s*:.*|Email\\s*:.*|[_\\-=.…]{3,})$");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,6}");
    private static final int GAZETTE_ID_DIGITS = 5;
    private static final Pattern PAGE_HEADER = Pattern.compile("^CÔNG\\s*BÁO\\s*/.*");

    /** Cyrillic and Greek capitals (and a few small letters) drawn like Latin ones. */
    private static final String LOOKALIKE = "АВЕКМНОРСТХІЈЅУаеорсхіјѕΑΒΕΖΗΙΚΜΝΟΡΤΥΧ";
    private static final String LATIN = "ABEKMHOPCTXIJSYaeopcxijsABEZHIKMNOPTYX";
    /** A token of letters, digits and the separators of a document number that mixes scripts. */
    private static final Pattern CODE_TOKEN = Pattern.compile("[\\p{L}\\d/\\-–.]*[" + LOOKALIKE + "][\\p{L}\\d/\\-–.]*");

    private GazetteNoise() {
    }

    /** Whether a line, judged alone, is page furniture rather than the document. */
    public static boolean isNoise(String line) {
        return NOISE.matcher(line.strip()).matches();
    }

    /**
     * Whether line {@code i} is noise, judged with its neighbours: a bare number is a page number (or the gazette's
     * document id) only next to the gazette's page header; elsewhere it is a table row's number ("1", "2" each on its
     * own line).
     */
    public static boolean isNoise(List<String> lines, int i) {
        String line = lines.get(i).strip();
        if (!BARE_NUMBER.matcher(line).matches()) {
            return isNoise(line);
        }
        // The gazette's own document id (5–6 digits) sits under the page number: two lines from the header.
        return near(lines, i, 1) || near(lines, i, -1) || line.length() >= GAZETTE_ID_DIGITS
                && (near(lines, i, 2) || near(lines, i, -2)) && isBareNumber(lines, i + (near(lines, i, 2) ? 1 : -1));
    }

    private static boolean near(List<String> lines, int i, int step) {
        int j = i + step;
        return j >= 0 && j < lines.size() && PAGE_HEADER.matcher(lines.get(j).strip()).matches();
    }

    private static boolean isBareNumber(List<String> lines, int j) {
        return j >= 0 && j < lines.size() && BARE_NUMBER.matcher(lines.get(j).strip()).matches();
    }

    /**
     * The text without page furniture (blank lines dropped with it) and with look-alike letters inside codes mapped
     * to Latin: what a reader of the document's own words should see.
     */
    public static String clean(String text) {
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        List<String> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !isNoise(lines, i)) {
                kept.add(latinLookalikes(lines.get(i)));
            }
        }
        return String.join("\n", kept);
    }

    /** "NĐ-СР" (Cyrillic С, Р) → "NĐ-CP": look-alikes mapped only inside a token that mixes them with Latin. */
    public static String latinLookalikes(String line) {
        Matcher m = CODE_TOKEN.matcher(line);
        if (!m.find()) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        do {
            String token = m.group();
            boolean mixed = token.chars().anyMatch(c -> c < 0x250 && Character.isLetterOrDigit(c));
            m.appendReplacement(out, Matcher.quoteReplacement(mixed ? toLatin(token) : token));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private static String toLatin(String token) {
        StringBuilder s = new StringBuilder(token.length());
        for (char c : token.toCharArray()) {
            int k = LOOKALIKE.indexOf(c);
            s.append(k < 0 ? c : LATIN.charAt(k));
        }
        return s.toString();
    }
}
