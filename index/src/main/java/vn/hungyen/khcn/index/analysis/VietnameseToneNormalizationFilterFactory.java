package vn.hungyen.khcn.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link VietnameseToneNormalizationFilter}; put it after lower-casing.
 *
 * <pre class="prettyprint">
 * &lt;filter name="vietnameseToneNormalization"/&gt;
 * </pre>
 *
 * @lucene.spi {@value #NAME}
 */
public class VietnameseToneNormalizationFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "vietnameseToneNormalization";

    /** Creates a new VietnameseToneNormalizationFilterFactory; it takes no parameters and rejects any. */
    public VietnameseToneNormalizationFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default ctor for compatibility with SPI. */
    public VietnameseToneNormalizationFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new VietnameseToneNormalizationFilter(input);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
