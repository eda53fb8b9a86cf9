package vn.hungyen.khcn.plan.importer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One numbered part of the narrative: a Roman-numbered part ("I. MỤC ĐÍCH, YÊU CẦU", level 1) or an
 * Arabic-numbered item inside it ("1. Mục đích", level 2).
 *
 * <p>Paths follow the text's numbering: "I", "I.1", "II", "II.3". The text numbers two parts "II"
 * (MỤC TIÊU, CHỈ TIÊU and ĐỊNH HƯỚNG GIẢI PHÁP); a numeral that occurs again gets "_k" for its k-th
 * occurrence, so the second is "II_2" with items "II_2.1" … "II_2.8". Paths therefore stay stable when
 * the text is re-imported, and they never guess at the numbering the author meant.
 *
 * @param path          see above
 * @param heading       the heading text after the number, e.g. "Mục đích"
 * @param text          the section's own paragraphs (not its sub-sections'), one per line
 * @param level         1 for Roman parts, 2 for Arabic items
 * @param order         0-based position in the document
 * @param solutionGroup for the items under "Định hướng giải pháp": their number 1..8, which is the
 *                      number of the appendix group they correspond to; otherwise {@code null}
 */
public record ParsedSection(String path, String heading, String text, int level, int order, Integer solutionGroup) {

    private static final Pattern PATH = Pattern.compile("[IVXLC]+(_\\d+)?(\\.\\d+)?");

    public ParsedSection {
        if (path == null || !PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("bad section path: " + path);
        }
        heading = Texts.clean(heading);
        text = text == null ? "" : text.strip();
        if (level != 1 && level != 2) {
            throw new IllegalArgumentException("level is 1 or 2");
        }
        if (level != (path.contains(".") ? 2 : 1)) {
            throw new IllegalArgumentException("level " + level + " does not fit path " + path);
        }
        if (order < 0) {
            throw new IllegalArgumentException("order must not be negative");
        }
        if (solutionGroup != null && (level != 2 || solutionGroup < 1)) {
            throw new IllegalArgumentException("only a level-2 item can be a solution group");
        }
    }

    /** The solution group number, if this is one of the items under "Định hướng giải pháp". */
    public Optional<Integer> solutionGroupNumber() {
        return Optional.ofNullable(solutionGroup);
    }
}
