package vn.hungyen.khcn.plan.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.plan.domain.Activity;
import vn.hungyen.khcn.plan.domain.KpiValue;

/**
 * Phiên bản hiện hành: the activities of a plan as they stand after the editors' adjustments, read once per request
 * from the append-only {@code plan_adjustment} rows. A field an adjustment leaves empty stays as signed.
 */
final class ActivityVersions {

    private final Map<Long, List<PlanAdjustment>> byActivity = new HashMap<>();

    /** @param adjustments oldest first */
    ActivityVersions(List<PlanAdjustment> adjustments) {
        adjustments.forEach(j -> byActivity.computeIfAbsent(j.getActivity().getId(), k -> new ArrayList<>()).add(j));
    }

    /** The activity as it stands now. */
    Version current(Activity a) {
        return at(a, Instant.MAX);
    }

    /** The activity as it stood at an instant (a report is read against the version it was written for). */
    Version at(Activity a, Instant when) {
        String requirement = ProgressReports.requirement(a);
        String target = ProgressReports.target(a);
        List<KpiValue> kpis = a.getKpis();
        LocalDate deadline = null;
        PlanAdjustment latest = null;
        for (PlanAdjustment j : byActivity.getOrDefault(a.getId(), List.of())) {
            if (j.getDecidedAt().isAfter(when)) {
                break;
            }
            latest = j;
            if (j.getKind() == PlanAdjustment.Kind.CHANGE) {
                requirement = j.getRequirement() == null ? requirement : j.getRequirement();
                if (j.getTarget() != null) {
                    target = j.getTarget();
                    kpis = j.getKpis();
                }
                deadline = j.getDeadline() == null ? deadline : j.getDeadline();
            }
        }
        return new Version(a, requirement, target, kpis, deadline, latest);
    }

    /**
     * One activity's version in force.
     *
     * @param adjustedDeadline the deadline an adjustment set, {@code null} when the signed timing holds
     * @param latest           the newest adjustment taken into account, {@code null} for the signed version
     */
    record Version(Activity signed, String requirement, String target, List<KpiValue> kpis,
            @Nullable LocalDate adjustedDeadline, @Nullable PlanAdjustment latest) {

        boolean cancelled() {
            return latest != null && latest.getKind() == PlanAdjustment.Kind.CANCEL;
        }

        /** The deadline in force: an adjusted one, else the date the plan gave, else the end of its last month. */
        Optional<LocalDate> deadline() {
            if (adjustedDeadline != null) {
                return Optional.of(adjustedDeadline);
            }
            if (signed.getDeadlineTo() != null) {
                return Optional.of(signed.getDeadlineTo());
            }
            List<Integer> months = signed.getMonths();
            LocalDate issued = signed.getTask().getPlan().getIssuedOn();
            return issued == null || months.isEmpty() ? Optional.empty()
                    : Optional.of(YearMonth.of(issued.getYear(), months.getLast()).atEndOfMonth());
        }

        /**
         * The months the activity runs in: as signed, cut at or stretched to an adjusted deadline in the plan's year
         * (a deadline moved from June to September adds July – September).
         */
        List<Integer> months() {
            List<Integer> months = signed.getMonths();
            LocalDate issued = signed.getTask().getPlan().getIssuedOn();
            if (adjustedDeadline == null || issued == null || months.isEmpty()) {
                return months;
            }
            int last = adjustedDeadline.getYear() > issued.getYear() ? 12
                    : adjustedDeadline.getYear() < issued.getYear() ? 0 : adjustedDeadline.getMonthValue();
            List<Integer> result = new ArrayList<>(months.stream().filter(m -> m <= last).toList());
            IntStream.rangeClosed(months.getLast() + 1, last).forEach(result::add);
            return result;
        }
    }
}
