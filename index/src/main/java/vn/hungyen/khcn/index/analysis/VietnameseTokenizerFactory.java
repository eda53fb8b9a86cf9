package vn.hungyen.khcn.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory for {@link VietnameseTokenizer}; put an NFC normalization char filter ({@code icuNormalizer2}) in front.
 *
 * <pre class="prettyprint">
 * &lt;tokenizer name="vietnamese"/&gt;
 * </pre>
 *
 * @lucene.spi {@value #NAME}
 */
public class VietnameseTokenizerFactory extends TokenizerFactory {

    /** SPI name. */
    public static final String NAME = "vietnamese";

    /** Creates a new VietnameseTokenizerFactory; it takes no parameters and rejects any. */
    public VietnameseTokenizerFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default ctor for compatibility with SPI. */
    public VietnameseTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public VietnameseTokenizer create(AttributeFactory factory) {
        return new VietnameseTokenizer(factory);
    }
}
