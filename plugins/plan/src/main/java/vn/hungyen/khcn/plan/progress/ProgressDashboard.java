package vn.hungyen.khcn.plan.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.plan.domain.Activity;
import vn.hungyen.khcn.plan.domain.Organisation;
import vn.hungyen.khcn.plan.progress.ProgressViews.DueItem;
import vn.hungyen.khcn.plan.progress.ProgressViews.KpiFigure;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportView;
import vn.hungyen.khcn.plan.progress.ProgressViews.Timing;

/**
 * Tiến độ: the approved figures up to a period, counted by task group, by unit and by month, the KPIs against their
 * targets, and the overdue items per unit — plain numbers that the dashboard draws and lists.
 */
@Service
@Transactional(readOnly = true)
public class ProgressDashboard {

    private final ProgressRepository repository;
    private final ProgressReports reports;
    private final Deadlines deadlines;
    private final PlanAdjustments adjustments;

    ProgressDashboard(ProgressRepository repository, ProgressReports reports, Deadlines deadlines,
            PlanAdjustments adjustments) {
        this.adjustments = adjustments;
        this.repository = repository;
        this.reports = reports;
        this.deadlines = deadlines;
    }

    /** A row: how many activities, how many with an approved report, how many done. */
    public record Tally(String name, int activities, int reported, int done) {
    }

    public record MonthCount(int month, int approvedReports) {
    }

    public record KpiRow(String taskCode, int ordinal, String unit, KpiFigure kpi) {
    }

    public record UnitOverdue(String unit, long overdue) {
    }

    public record Dashboard(ReportingPeriod upTo, List<Tally> byGroup, List<Tally> byUnit, List<MonthCount> byMonth,
            List<KpiRow> kpis, List<UnitOverdue> overdue) {
    }

    public Dashboard of(String plan, ReportingPeriod upTo) {
        List<ReportView> approved = reports.approvedUpTo(plan, upTo);
        Map<String, ReportStatus> statusByActivity = new HashMap<>();
        Map<String, ReportStatus> statusByActivityUnit = new HashMap<>();
        for (ReportView r : approved) {
            // approved is in the plan's order, newest revision per unit: a DONE anywhere counts the activity done.
            statusByActivity.merge(r.taskCode() + "/" + r.ordinal(), r.status(),
                    (a, b) -> a == ReportStatus.DONE ? a : b);
            statusByActivityUnit.put(r.taskCode() + "/" + r.ordinal() + "/" + r.unitSlug(), r.status());
        }
        Map<String, int[]> groups = new LinkedHashMap<>();
        Map<String, int[]> units = new java.util.TreeMap<>();
        ActivityVersions versions = adjustments.versions(plan);
        for (Activity a : repository.activities(plan)) {
            // A cancelled activity is no longer counted as one to carry out.
            if (!a.isVisibleToReaders() || versions.current(a).cancelled()) {
                continue;
            }
            String key = a.getTask().getCode() + "/" + a.getOrdinal();
            ReportStatus status = statusByActivity.get(key);
            count(groups.computeIfAbsent(a.getTask().getGroup().facetLabel(), k -> new int[3]), status);
            for (Organisation unit : ProgressReports.reportingUnits(a)) {
                count(units.computeIfAbsent(unit.getName(), k -> new int[3]),
                        statusByActivityUnit.get(key + "/" + unit.getSlug()));
            }
        }
        // Approved monthly reports per month: one per activity, unit and month, however many revisions were approved.
        int[] months = new int[13];
        java.util.Set<String> counted = new java.util.HashSet<>();
        for (ReportView r : reports.approvedUpToAllRevisions(plan, upTo)) {
            ReportingPeriod p = ReportingPeriod.parse(r.period());
            if (p.kind() == ReportingPeriod.Kind.MONTH
                    && counted.add(r.taskCode() + "/" + r.ordinal() + "/" + r.unitSlug() + "/" + p.code())) {
                months[p.number()]++;
            }
        }
        List<MonthCount> byMonth = new ArrayList<>();
        for (int m = 1; m <= upTo.lastMonth().getMonthValue(); m++) {
            byMonth.add(new MonthCount(m, months[m]));
        }
        List<KpiRow> kpis = new ArrayList<>();
        for (ReportView r : approved) {
            r.kpis().stream().filter(k -> k.reached() != null)
                    .forEach(k -> kpis.add(new KpiRow(r.taskCode(), r.ordinal(), r.unitName(), k)));
        }
        Map<String, Long> overdue = new java.util.TreeMap<>();
        for (DueItem d : deadlines.due(plan, null)) {
            if (d.timing() == Timing.OVERDUE) {
                overdue.merge(d.unitName(), 1L, Long::sum);
            }
        }
        return new Dashboard(upTo, tallies(groups), tallies(units), byMonth, kpis,
                overdue.entrySet().stream().map(e -> new UnitOverdue(e.getKey(), e.getValue())).toList());
    }

    private static void count(int[] tally, @Nullable ReportStatus status) {
        tally[0]++;
        if (status != null) {
            tally[1]++;
            if (status == ReportStatus.DONE) {
                tally[2]++;
            }
        }
    }

    private static List<Tally> tallies(Map<String, int[]> counts) {
        return counts.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2])).toList();
    }

    /** The period a page shows when none is asked for: the month before today's, in the plan's year. */
    public ReportingPeriod defaultPeriod(Optional<Integer> planYear) {
        java.time.LocalDate today = deadlines.today();
        int year = planYear.orElse(today.getYear());
        if (year < today.getYear()) {
            return ReportingPeriod.month(year, 12);
        }
        return ReportingPeriod.month(year, Math.max(1, today.getMonthValue() - 1));
    }
}
