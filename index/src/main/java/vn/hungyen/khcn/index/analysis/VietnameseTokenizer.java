package vn.hungyen.khcn.index.analysis;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Splits Vietnamese text into syllables (Vietnamese writes the syllables of a word apart, so a syllable is the unit a
 * whitespace/punctuation tokenizer can find reliably), but keeps two kinds of tokens whole that a generic tokenizer
 * shreds:
 *
 * <ul>
 *   <li>{@link #DOCUMENT_NUMBER} — số ký hiệu văn bản such as {@code 2999/QĐ-UBND}, {@code 60/2021/NĐ-CP},
 *       {@code 19-NQ/TW}, {@code 1851/QĐ-TTg}. The token text is canonical: dashes of any kind (en dash, hyphen,
 *       minus) become {@code -} and a stray space after a dash ({@code 13/2015/TT- BVHTTDL}) is dropped, while the
 *       offsets still cover the original span. A number is a document number when digits are followed by an optional
 *       {@code /year} and then {@code /} or a dash and a segment that starts with a letter; dates ({@code 21/12/2021})
 *       and ranges ({@code 2021-2025}) therefore stay plain numbers. {@link VietnameseDocumentNumberFilter} adds the
 *       parts.
 *   <li>{@link #ABBREVIATION} — letters joined by {@code &}: {@code KH&CN}, {@code PT&TH}, {@code CN&TTCN}, so the
 *       abbreviation synonyms can match them.
 * </ul>
 *
 * Everything else is {@link #NUMBER} ({@code 1.5}, {@code 2.000.000}) or {@link #WORD} (a run of letters, marks and
 * digits). Like Lucene's {@code PatternTokenizer} it reads the whole input before tokenizing; portal documents are
 * small enough for that. Expects NFC text (the analyzers put an NFC char filter in front) and does not lower-case, so
 * that the stray-space rule can require an upper-case letter after the space.
 */
public final class VietnameseTokenizer extends Tokenizer {

    /** Token type of a whole document number (số ký hiệu), e.g. {@code 60/2021/NĐ-CP}. */
    public static final String DOCUMENT_NUMBER = "<DOCUMENT_NUMBER>";
    /** Token type of an {@code &}-joined abbreviation, e.g. {@code KH&CN}. */
    public static final String ABBREVIATION = "<ABBREVIATION>";
    /** Token type of a number, possibly with {@code .} or {@code ,} separators. */
    public static final String NUMBER = "<NUM>";
    /** Token type of a syllable or any other run of letters and digits. */
    public static final String WORD = "<WORD>";

    /** Longer tokens are skipped, as StandardTokenizer does by default. */
    static final int MAX_TOKEN_LENGTH = 255;

    /** The dashes a document number may be written with; the canonical one is {@code -}. */
    static final String DASH = "[\\-\\u2010-\\u2014\\u2212]";
    static final String SEGMENT = "\\p{L}[\\p{L}\\p{M}\\d]*";
    static final Pattern TOKEN = Pattern.compile(
            "(?<docnum>(?<![\\p{L}\\p{N}])\\d+(?:/\\d{4})?(?:/|" + DASH + ")" + SEGMENT
                    + "(?:(?:/|" + DASH + "|" + DASH + " (?=\\p{Lu}))" + SEGMENT + ")*)"
                    + "|(?<abbrev>\\p{L}+(?:&\\p{L}+)+)"
                    + "|(?<number>\\p{N}+(?:[.,]\\p{N}+)+)"
                    + "|(?<word>[\\p{L}\\p{M}\\p{N}]+)");
    private static final Pattern DASH_OR_SPACE = Pattern.compile(DASH + "|\\s");

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final StringBuilder text = new StringBuilder();
    private final Matcher matcher = TOKEN.matcher("");
    private final char[] readBuffer = new char[8192];
    private int skippedPositions;

    public VietnameseTokenizer() {
    }

    public VietnameseTokenizer(AttributeFactory factory) {
        super(factory);
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        skippedPositions = 0;
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            if (end - start > MAX_TOKEN_LENGTH) {
                skippedPositions++;
                continue;
            }
            if (matcher.start("docnum") >= 0) {
                termAtt.setEmpty().append(canonicalDocumentNumber(text.subSequence(start, end)));
                typeAtt.setType(DOCUMENT_NUMBER);
            } else {
                termAtt.setEmpty().append(text, start, end);
                typeAtt.setType(matcher.start("abbrev") >= 0 ? ABBREVIATION
                        : matcher.start("number") >= 0 ? NUMBER : WORD);
            }
            offsetAtt.setOffset(correctOffset(start), correctOffset(end));
            posIncAtt.setPositionIncrement(1 + skippedPositions);
            return true;
        }
        return false;
    }

    private static String canonicalDocumentNumber(CharSequence raw) {
        Matcher m = DASH_OR_SPACE.matcher(raw);
        StringBuilder out = new StringBuilder(raw.length());
        while (m.find()) {
            m.appendReplacement(out, Character.isWhitespace(m.group().charAt(0)) ? "" : "-");
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(text.length());
        offsetAtt.setOffset(finalOffset, finalOffset);
        posIncAtt.setPositionIncrement(skippedPositions);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        for (int n = input.read(readBuffer); n != -1; n = input.read(readBuffer)) {
            text.append(readBuffer, 0, n);
        }
        matcher.reset(text);
        skippedPositions = 0;
    }

    @Override
    public void close() throws IOException {
        super.close();
        text.setLength(0);
        text.trimToSize();
        matcher.reset("");
    }
}
