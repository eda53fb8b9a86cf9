package vn.hungyen.khcn.index.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/**
 * {@link Analyzer} for Vietnamese: NFC normalization (input may arrive decomposed), {@link VietnameseTokenizer}, lower
 * case, {@link VietnameseToneNormalizationFilter}, then depending on the configuration {@link VietnameseFoldingFilter},
 * abbreviation synonyms ({@link SynonymGraphFilter}, query time only), {@link VietnameseDocumentNumberFilter} or
 * syllable bigrams ({@link ShingleFilter}). The no-argument constructor gives the exact index analyzer; the portal's
 * named variants are built by {@link VietnameseAnalyzers}.
 */
public final class VietnameseAnalyzer extends Analyzer {

    /** Which form of the text the terms keep. */
    public enum Form {
        /** Diacritics kept, tone placement canonical: {@code mã} and {@code ma} are different terms. */
        EXACT,
        /** Every diacritic removed and {@code đ → d}: {@code mã}, {@code má} and {@code ma} are one term. */
        FOLDED
    }

    private final Form form;
    private final boolean shingles;
    private final @Nullable SynonymMap abbreviations;

    /** The exact index analyzer: tone-normalized terms with diacritics, document numbers with their parts. */
    public VietnameseAnalyzer() {
        this(Form.EXACT, false, null);
    }

    /**
     * @param form exact or folded terms
     * @param shingles emit syllable bigrams ({@code khoa_học} as {@code "khoa học"}) instead of single syllables; one
     *     syllable alone is still emitted when there is no bigram. Document numbers are then not split into parts.
     * @param abbreviations query-time synonyms, analyzed with the same form (see {@link VietnameseAnalyzers}); null at
     *     index time. A synonym graph must not be indexed without flattening, so keep this for query analyzers.
     */
    public VietnameseAnalyzer(Form form, boolean shingles, @Nullable SynonymMap abbreviations) {
        this.form = form;
        this.shingles = shingles;
        this.abbreviations = abbreviations;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return nfc(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return nfc(reader);
    }

    private static Reader nfc(Reader reader) {
        return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFCInstance());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new VietnameseTokenizer();
        TokenStream result = normalizeTerms(source);
        if (abbreviations != null) {
            result = new SynonymGraphFilter(result, abbreviations, true);
        }
        if (shingles) {
            ShingleFilter bigrams = new ShingleFilter(result, 2, 2);
            bigrams.setOutputUnigrams(false);
            bigrams.setOutputUnigramsIfNoShingles(true);
            result = bigrams;
        } else {
            result = new VietnameseDocumentNumberFilter(result);
        }
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return normalizeTerms(in);
    }

    private TokenStream normalizeTerms(TokenStream in) {
        TokenStream result = new VietnameseToneNormalizationFilter(new LowerCaseFilter(in));
        return form == Form.FOLDED ? new VietnameseFoldingFilter(result) : result;
    }

    @Override
    public String toString() {
        return "VietnameseAnalyzer(" + form + (shingles ? ", shingles" : "")
                + (abbreviations != null ? ", abbreviations" : "") + ")";
    }
}
