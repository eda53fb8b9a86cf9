package vn.hungyen.khcn.plan.importer;

import java.util.Objects;
import vn.hungyen.khcn.content.spi.Message;

/**
 * Something in the input the parser could not place, kept instead of dropped.
 *
 * @param line   1-based line of the text export (0 when the problem is not tied to one line)
 * @param text   the offending text, clean
 * @param reason why it could not be placed, a sentence of the bundles ({@code plan.import.problem.*})
 */
public record ImportProblem(int line, String text, Message reason) {
    public ImportProblem {
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or positive");
        }
        text = Texts.clean(text);
        Objects.requireNonNull(reason, "a problem needs a reason");
    }
}
