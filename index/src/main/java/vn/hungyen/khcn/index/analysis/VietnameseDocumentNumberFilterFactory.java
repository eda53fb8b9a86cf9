package vn.hungyen.khcn.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link VietnameseDocumentNumberFilter}; put it after {@link VietnameseTokenizerFactory}, whose token types it reads.
 *
 * <pre class="prettyprint">
 * &lt;filter name="vietnameseDocumentNumber"/&gt;
 * </pre>
 *
 * @lucene.spi {@value #NAME}
 */
public class VietnameseDocumentNumberFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "vietnameseDocumentNumber";

    /** Creates a new VietnameseDocumentNumberFilterFactory; it takes no parameters and rejects any. */
    public VietnameseDocumentNumberFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default ctor for compatibility with SPI. */
    public VietnameseDocumentNumberFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new VietnameseDocumentNumberFilter(input);
    }
}
