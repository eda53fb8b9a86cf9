package vn.hungyen.khcn.plan.importer;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.spi.Deadline;

/**
 * Yêu cầu/nhiệm vụ cụ thể: one thing to do under a task, with when and by whom.
 *
 * @param ordinal           1-based position under its task (the text's own "(n)" numbering stays in the
 *                          requirement text; it is not always sequential)
 * @param requirement       column (4)
 * @param target            column (3) of the activity's row; empty when the task's target applies
 * @param timeframe         column (5), parsed
 * @param leadUnits         column (6), canonical names
 * @param implementingUnits column (7), canonical names
 * @param coordinatingUnits column (8), canonical names
 * @param note              column (9), clean, possibly empty
 * @param kpis              figures read from {@code target}
 * @param sourceLine        1-based line of the row the activity starts on
 * @param deadline          the timeframe as dates, when the document gives them; {@code null} for the bundled plan,
 *                          whose timeframes are months of its year
 */
public record ParsedActivity(int ordinal, StructuredText requirement, StructuredText target, Timeframe timeframe,
        List<String> leadUnits, List<String> implementingUnits, List<String> coordinatingUnits, String note,
        List<Kpi> kpis, int sourceLine, @Nullable Deadline deadline) {

    public ParsedActivity(int ordinal, StructuredText requirement, StructuredText target, Timeframe timeframe,
            List<String> leadUnits, List<String> implementingUnits, List<String> coordinatingUnits, String note,
            List<Kpi> kpis, int sourceLine) {
        this(ordinal, requirement, target, timeframe, leadUnits, implementingUnits, coordinatingUnits, note, kpis,
                sourceLine, null);
    }

    public ParsedActivity {
        if (ordinal < 1) {
            throw new IllegalArgumentException("ordinal is 1-based");
        }
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(timeframe, "timeframe");
        leadUnits = List.copyOf(leadUnits);
        implementingUnits = List.copyOf(implementingUnits);
        coordinatingUnits = List.copyOf(coordinatingUnits);
        note = Texts.clean(note);
        kpis = List.copyOf(kpis);
        if (sourceLine < 1) {
            throw new IllegalArgumentException("sourceLine is 1-based");
        }
    }
}
