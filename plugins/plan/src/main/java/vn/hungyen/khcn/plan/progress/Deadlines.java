package vn.hungyen.khcn.plan.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
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

    Deadlines(ProgressRepository repository, ProgressReports reports, Clock clock) {
        this.repository = repository;
        this.reports = reports;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The activity's deadline: the date the plan gave, else the last day of its last month in the plan's year; empty
     * for an activity without months ("theo kế hoạch của Sở Nội vụ") or in a plan without a date.
     */
    static Optional<LocalDate> deadline(Activity a) {
        if (a.getDeadlineTo() != null) {
            return Optional.of(a.getDeadlineTo());
        }
        LocalDate issued = a.getTask().getPlan().getIssuedOn();
        if (issued == null || a.getMonths().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(issued.getYear(), a.getMonths().getLast()).atEndOfMonth());
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

    /** What every unit (or the one named) owes today: activities due soon or overdue, reports due or late. */
    public List<DueItem> due(String plan, @org.jspecify.annotations.Nullable String unitSlug) {
        LocalDate today = today();
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
            if (!a.isVisibleToReaders()) {
                continue;
            }
            for (Organisation unit : ProgressReports.reportingUnits(a)) {
                if (unitSlug != null && !unitSlug.equals(unit.getSlug())) {
                    continue;
                }
                String key = key(a.getTask().getCode(), a.getOrdinal(), unit.getSlug());
                Optional<LocalDate> deadline = deadline(a);
                if (deadline.isPresent()) {
                    Timing t = timing(deadline.get(), today, done.contains(key));
                    if (t == Timing.DUE_SOON || t == Timing.OVERDUE) {
                        result.add(item(a, unit, DueKind.ACTIVITY, null, deadline.get(), t));
                    }
                }
                addReportsOwed(a, unit, today, key, reported, result);
            }
        }
        result.sort(Comparator.comparing(DueItem::dueDate).thenComparing(DueItem::taskCode)
                .thenComparing(DueItem::ordinal));
        return result;
    }

    /** Monthly reports of the months the activity runs in, from the first month up to today's. */
    private static void addReportsOwed(Activity a, Organisation unit, LocalDate today, String key, Set<String> reported,
            List<DueItem> result) {
        LocalDate issued = a.getTask().getPlan().getIssuedOn();
        if (issued == null) {
            return;
        }
        for (int month : a.getMonths()) {
            ReportingPeriod period = ReportingPeriod.month(issued.getYear(), month);
            if (period.lastMonth().atDay(1).isAfter(today) || reported.contains(key + "@" + period.code())) {
                continue;
            }
            Timing t = timing(period.dueDate(), today, false);
            if (t == Timing.DUE_SOON || t == Timing.OVERDUE) {
                result.add(item(a, unit, DueKind.REPORT, period.code(), period.dueDate(), t));
            }
        }
    }

    /** Where one activity stands today for the task page: its deadline's timing, empty when it has none. */
    public Optional<Timing> timing(String plan, String taskCode, int ordinal) {
        Set<String> doneUnits = new HashSet<>();
        reports.approvedForTask(plan, taskCode).stream()
                .filter(r -> r.ordinal() == ordinal && r.status() == ReportStatus.DONE)
                .forEach(r -> doneUnits.add(r.unitSlug()));
        return repository.activity(plan, taskCode, ordinal).filter(ContentItem::isVisibleToReaders)
                .flatMap(a -> deadline(a).map(d -> timing(d, today(), !doneUnits.isEmpty())));
    }

    private static String key(String code, int ordinal, String unit) {
        return code + "/" + ordinal + "/" + unit;
    }

    private static DueItem item(Activity a, Organisation unit, DueKind kind, @org.jspecify.annotations.Nullable String period,
            LocalDate due, Timing timing) {
        return new DueItem(unit.getSlug(), unit.getName(), a.getTask().getCode(), a.getTask().getTitle(),
                a.getOrdinal(), ProgressReports.requirement(a), kind, period, due, timing);
    }
}
