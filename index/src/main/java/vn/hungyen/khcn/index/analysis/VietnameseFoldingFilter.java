package vn.hungyen.khcn.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes every diacritic — tone marks and shape marks — and maps {@code đ → d}, so that text typed without
 * diacritics ({@code khoa hoc cong nghe}, {@code qd 2999}) matches text written with them. Latin letters of other
 * languages lose their marks too ({@code é → e}); stray combining marks are dropped. Unlike ICU folding it does not
 * touch case, width or ligatures: it does one thing, and the analyzer lower-cases before.
 *
 * <p>Folding merges different words ({@code ma, má, mà, mả, mã, mạ} all become {@code ma}); that is why the portal
 * indexes an exact field next to the folded one and ranks exact matches first.
 */
public final class VietnameseFoldingFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public VietnameseFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        termAtt.setLength(fold(termAtt.buffer(), termAtt.length()));
        return true;
    }

    /** Folds {@code buffer[0, length)} in place and returns the new length (shorter if combining marks were dropped). */
    static int fold(char[] buffer, int length) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c >= 0x80) {
                if (VietnameseLetters.isCombiningMark(c)) {
                    continue;
                }
                c = VietnameseLetters.fold(c);
            }
            buffer[out++] = c;
        }
        return out;
    }
}
