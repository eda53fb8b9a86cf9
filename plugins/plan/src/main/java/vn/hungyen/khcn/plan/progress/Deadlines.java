package vn.hungyen.khcn.plan.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.plan.domain.Activity;
import vn.hungyen.khcn.plan.domain.Organisation;
import vn.hungyen.khcn.plan.progress.ProgressViews.DueItem;
import vn.hungyen.khcn.plan.progress.ProgressViews.DueKind;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportView;
import vn.hungyen.khcn.plan.progress.ProgressViews.Timing;

/**
 * Hạn: where each activity stands against its deadline (its last month in the plan's year, or the date the plan gave)
 * and which period reports each unit owes. "Today" comes from the {@link Clock} bean.
 */
@Service
@Transactional(readOnly = true)
public class Deadlines {

    /** An activity or a report is "due soon" this many days before its deadline. */
    static final int DUE_SOON_DAYS = 15;

    private final ProgressRepository repository;
    private final ProgressReports reports;
    private final Clock clock;
    private final PlanAdjustments adjustments;

    Deadlines(ProgressRepository repository, ProgressReports reports, Clock clock, PlanAdjustments adjustments) {
        this.adjustments = adjustments;
        this.repository = repository;
        this.reports = reports;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    static Timing timing(LocalDate deadline, LocalDate today, boolean done) {
        if (done) {
            return Timing.DONE;
        }
        if (today.isAfter(deadline)) {
            return Timing.OVERDUE;
        }
        return today.isAfter(deadline.minusDays(DUE_SOON_DAYS)) ? Timing.DUE_SOON : Timing.ON_TIME;
    }

    /**
     * What every unit (or the one named) owes today: activities due soon or overdue, reports due or late, for the
     * activities in their version in force (a cancelled one owes nothing more).
     */
    public List<DueItem> due(String plan, @org.jspecify.annotations.Nullable String unitSlug) {
        LocalDate today = today();
        ActivityVersions versions = adjustments.versions(plan);
        List<ReportView> submitted = reports.allVisible(plan);
        Set<String> done = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (ReportView r : submitted) {
            reported.add(key(r.taskCode(), r.ordinal(), r.unitSlug()) + "@" + r.period());
            if (r.approved() && r.status() == ReportStatus.DONE) {
                done.add(key(r.taskCode(), r.ordinal(), r.unitSlug()));
            }
        }
        List<DueItem> result = new ArrayList<>();
        for (Activity a : repository.activities(plan)) {
            ActivityVersions.Version v = versions.current(a);
            if (!a.isVisibleToReaders() || v.cancelled()) {
                continue;
            }
            for (Organisation unit : ProgressReports.reportingUnits(a)) {
                if (unitSlug != null && !unitSlug.equals(unit.getSlug())) {
                    continue;
                }
                String key = key(a.getTask().getCode(), a.getOrdinal(), unit.getSlug());
                Optional<LocalDate> deadline = v.deadline();
                if (deadline.isPresent()) {
                    Timing t = timing(deadline.get(), today, done.contains(key));
                    if (t == Timing.DUE_SOON || t == Timing.OVERDUE) {
                        result.add(item(v, unit, DueKind.ACTIVITY, null, deadline.get(), t));
                    }
                }
                addReportsOwed(v, unit, today, key, reported, result);
            }
        }
        result.sort(Comparator.comparing(DueItem::dueDate).thenComparing(DueItem::taskCode)
                .thenComparing(DueItem::ordinal));
        return result;
    }

    /**
     * The reports owed for the months the activity runs in, from the first month up to today's: each month's, each
     * quarter's that holds one of them, and the year's — every one "trước ngày 20 của tháng kế tiếp".
     */
    private static void addReportsOwed(ActivityVersions.Version v, Organisation unit, LocalDate today, String key,
            Set<String> reported, List<DueItem> result) {
        LocalDate issued = v.signed().getTask().getPlan().getIssuedOn();
        if (issued == null) {
            return;
        }
        int year = issued.getYear();
        Set<ReportingPeriod> owed = new java.util.LinkedHashSet<>();
        for (int month : v.months()) {
            owed.add(ReportingPeriod.month(year, month));
            owed.add(ReportingPeriod.quarter(year, (month + 2) / 3));
        }
        if (!owed.isEmpty()) {
            owed.add(ReportingPeriod.year(year));
        }
        for (ReportingPeriod period : owed) {
            if (period.lastMonth().atDay(1).isAfter(today) || reported.contains(key + "@" + period.code())) {
                continue;
            }
            Timing t = timing(period.dueDate(), today, false);
            if (t == Timing.DUE_SOON || t == Timing.OVERDUE) {
                result.add(item(v, unit, DueKind.REPORT, period.code(), period.dueDate(), t));
            }
        }
    }

    /**
     * Where one activity stands today for the task page: its deadline's timing, empty when it has none or was
     * cancelled.
     */
    public Optional<Timing> timing(String plan, String taskCode, int ordinal) {
        ActivityVersions versions = adjustments.versions(plan);
        Set<String> doneUnits = new HashSet<>();
        reports.approvedForTask(plan, taskCode).stream()
                .filter(r -> r.ordinal() == ordinal && r.status() == ReportStatus.DONE)
                .forEach(r -> doneUnits.add(r.unitSlug()));
        return repository.activity(plan, taskCode, ordinal).filter(ContentItem::isVisibleToReaders)
                .map(versions::current).filter(v -> !v.cancelled())
                .flatMap(v -> v.deadline().map(d -> timing(d, today(), !doneUnits.isEmpty())));
    }

    private static String key(String code, int ordinal, String unit) {
        return code + "/" + ordinal + "/" + unit;
    }

    private static DueItem item(ActivityVersions.Version v, Organisation unit, DueKind kind,
            @org.jspecify.annotations.Nullable String period, LocalDate due, Timing timing) {
        Activity a = v.signed();
        return new DueItem(unit.getSlug(), unit.getName(), a.getTask().getCode(), a.getTask().getTitle(),
                a.getOrdinal(), v.requirement(), kind, period, due, timing);
    }
}
