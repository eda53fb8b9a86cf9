package vn.hungyen.khcn.content.spi;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thời hạn: when a task is due, as printed and as dates. "Quý II/2026" is 2026-04-01…2026-06-30; "Trước ngày
 * 31/10/2025" is …2025-10-31; "Hằng năm" recurs yearly; "Theo kế hoạch của UBND tỉnh" has no date.
 *
 * @param text      as printed ("" when the document gives none)
 * @param from      first day, if known
 * @param to        last day, if known
 * @param recurring {@code null}, or how it recurs: {@code continuous} (thường xuyên), {@code yearly},
 *                  {@code quarterly}, {@code monthly}
 */
public record Deadline(String text, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String recurring) {

    public static final Deadline NONE = new Deadline("", null, null, null);

    public Deadline {
        Objects.requireNonNull(text, "text");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("deadline starts after it ends: " + from + " > " + to);
        }
    }
}
