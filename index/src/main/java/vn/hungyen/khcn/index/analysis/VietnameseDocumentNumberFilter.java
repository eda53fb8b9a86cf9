package vn.hungyen.khcn.index.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.jspecify.annotations.Nullable;

/**
 * After each {@link VietnameseTokenizer#DOCUMENT_NUMBER} token (số ký hiệu, e.g. {@code 60/2021/nđ-cp}) emits its
 * parts — the number {@code 60}, the year {@code 2021} and the codes {@code nđ}, {@code cp} — stacked at the same
 * position (position increment 0, same offsets) with type {@link #PART}. The whole identifier stays the first token,
 * so an exact search for {@code 60/2021/NĐ-CP} matches one rare term, while {@code NĐ 60}, {@code nghị định 60}
 * (through the abbreviation {@code nđ ↔ nghị định}) and {@code 60/2021} find the document through the parts. Stacking
 * (rather than a graph) keeps phrase positions of the surrounding words intact. Other tokens pass through untouched.
 */
public final class VietnameseDocumentNumberFilter extends TokenFilter {

    /** Token type of a part of a document number. */
    public static final String PART = "<DOCUMENT_NUMBER_PART>";

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final ArrayDeque<String> pendingParts = new ArrayDeque<>();
    private @Nullable State wholeState;

    public VietnameseDocumentNumberFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pendingParts.isEmpty()) {
            restoreState(wholeState);
            termAtt.setEmpty().append(pendingParts.poll());
            posIncAtt.setPositionIncrement(0);
            typeAtt.setType(PART);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (VietnameseTokenizer.DOCUMENT_NUMBER.equals(typeAtt.type())) {
            pendingParts.addAll(parts(termAtt.toString()));
            wholeState = captureState();
        }
        return true;
    }

    /** The distinct {@code /}- and {@code -}-separated parts of a canonical document number, in order. */
    static Set<String> parts(String documentNumber) {
        Set<String> parts = new LinkedHashSet<>();
        for (String part : documentNumber.split("[/\\-]")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingParts.clear();
        wholeState = null;
    }
}
