package vn.hungyen.khcn.plan.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.Slugs;
import vn.hungyen.khcn.content.intake.BoundedDocumentReader;
import vn.hungyen.khcn.content.intake.OriginalFiles;
import vn.hungyen.khcn.content.intake.UploadedFile;
import vn.hungyen.khcn.content.spi.IntakeReading;
import vn.hungyen.khcn.content.spi.ReadDocument;
import vn.hungyen.khcn.plan.PlanModule;
import vn.hungyen.khcn.plan.domain.Activity;
import vn.hungyen.khcn.plan.domain.KpiValue;
import vn.hungyen.khcn.plan.domain.Organisation;
import vn.hungyen.khcn.plan.domain.UnitRole;
import vn.hungyen.khcn.plan.importer.StructuredText;
import vn.hungyen.khcn.plan.progress.ProgressViews.KpiFigure;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportDraft;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportView;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportableActivity;

/**
 * Báo cáo tiến độ: units report each activity per period, editors approve, readers see approved figures only. Who
 * may report for which unit is checked here, on the server, from the signed-in user's authorities; a report is
 * added as a new revision and never changes afterwards.
 */
@Service
@Transactional(readOnly = true)
public class ProgressReports {

    static final int MAX_RESULT = 4000;
    static final int MAX_NOTE = 2000;
    /** Evidence files per report version. */
    static final int MAX_EVIDENCE = 5;
    /** Units that report on an activity: those that lead it and those that carry it out; coordinating units do not. */
    private static final List<UnitRole> REPORTING_ROLES = List.of(UnitRole.LEAD, UnitRole.IMPLEMENTING);

    private final ProgressRepository reports;
    private final ApprovalRepository approvals;
    private final BoundedDocumentReader reader;
    private final OriginalFiles originals;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final PlanAdjustments adjustments;

    ProgressReports(ProgressRepository reports, ApprovalRepository approvals, BoundedDocumentReader reader,
            OriginalFiles originals, Clock clock, PlatformTransactionManager transactions,
            PlanAdjustments adjustments) {
        this.transaction = new TransactionTemplate(transactions);
        this.adjustments = adjustments;
        this.reports = reports;
        this.approvals = approvals;
        this.reader = reader;
        this.originals = originals;
        this.clock = clock;
    }

    /**
     * The activities of a published plan the signed-in user may report on (an editor: all of them), in their version
     * in force; a cancelled activity is no longer reported on.
     */
    public List<ReportableActivity> reportable(String plan) {
        Reporter who = Reporter.current();
        ActivityVersions versions = adjustments.versions(plan);
        List<ReportableActivity> result = new ArrayList<>();
        for (Activity a : reports.activities(plan)) {
            ActivityVersions.Version v = versions.current(a);
            if (!a.isVisibleToReaders() || v.cancelled()) {
                continue;
            }
            List<Organisation> units = reportingUnits(a).stream().filter(u -> who.mayReportFor(u.getSlug())).toList();
            if (!units.isEmpty()) {
                result.add(new ReportableActivity(a.getTask().getCode(), a.getTask().getTitle(), a.getOrdinal(),
                        v.requirement(), units.stream().map(Organisation::getSlug).toList(),
                        units.stream().map(Organisation::getName).toList(),
                        v.kpis().stream().map(KpiValue::getText).toList()));
            }
        }
        return result;
    }

    /**
     * Stores a new revision of a unit's report. Refused — with nothing written, no file kept — when the user may not
     * report for the unit ({@link AccessDeniedException}), the report is not valid ({@link ProgressException}) or an
     * evidence file is not one the portal reads ({@code DocumentRejectedException}). Evidence is read before the
     * transaction and its originals are written once the report has committed.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ReportView submit(ReportDraft draft) {
        Reporter who = Reporter.current();
        if (!who.mayReportFor(draft.unitSlug())) {
            throw new AccessDeniedException(who.username() + " does not report for " + draft.unitSlug());
        }
        if (draft.evidence().size() > MAX_EVIDENCE) {
            throw new ProgressException("plan.progress.error.evidence-count", MAX_EVIDENCE);
        }
        List<UploadedFile> received = new ArrayList<>();
        try {
            List<IntakeReading.OriginalFile> files = new ArrayList<>();
            for (ProgressViews.EvidenceUpload upload : draft.evidence()) {
                UploadedFile file = UploadedFile.receive(upload.content(), upload.fileName(),
                        reader.limits().maxSize().toBytes(), originals.uploadDirectory());
                received.add(file);
                ReadDocument doc = reader.read(file);
                files.add(new IntakeReading.OriginalFile(file.path(), file.fileName(), doc.mediaType(), file.size(),
                        file.sha256(), BoundedDocumentReader.extensionOf(doc.mediaType())));
            }
            return transaction.execute(status -> store(draft, who, files));
        } finally {
            received.forEach(UploadedFile::close);
        }
    }

    private ReportView store(ReportDraft draft, Reporter who, List<IntakeReading.OriginalFile> files) {
        Activity activity = reports.activity(draft.plan(), draft.taskCode(), draft.ordinal())
                .filter(ContentItem::isVisibleToReaders)
                .orElseThrow(() -> new ProgressException("plan.progress.error.no-activity", draft.taskCode(),
                        draft.ordinal()));
        Organisation unit = reportingUnits(activity).stream().filter(u -> u.getSlug().equals(draft.unitSlug()))
                .findFirst().orElseThrow(() -> new ProgressException("plan.progress.error.not-unit-activity",
                        draft.unitSlug(), draft.taskCode(), draft.ordinal()));
        ActivityVersions versions = adjustments.versions(draft.plan());
        ActivityVersions.Version version = versions.current(activity);
        if (version.cancelled()) {
            throw new ProgressException("plan.adjust.error.cancelled", draft.taskCode(), draft.ordinal());
        }
        check(draft, activity, version.kpis().size());
        int revision = reports.lastRevision(activity, unit, draft.period().code()) + 1;
        String key = "bao-cao/" + Slugs.of(activity.getSlug() + "-" + unit.getSlug() + "-" + draft.period().code()
                + "-" + revision);
        List<ActivityReport.Evidence> evidence = new ArrayList<>();
        for (IntakeReading.OriginalFile f : files) {
            evidence.add(new ActivityReport.Evidence(f.fileName(), f.mediaType(), f.size(),
                    originals.keep(PlanModule.ID, key, f)));
        }
        ActivityReport saved = reports.save(new ActivityReport(activity, unit, draft.period(), revision, draft.status(),
                draft.result().strip(), blankToNull(draft.note()), draft.kpiValues(), evidence, who.username(),
                clock.instant()));
        return view(saved, null, versions);
    }

    private static void check(ReportDraft draft, Activity activity, int kpiCount) {
        Integer planYear = activity.getTask().getPlan().getIssuedOn() == null ? null
                : activity.getTask().getPlan().getIssuedOn().getYear();
        if (planYear != null && draft.period().year() != planYear) {
            throw new ProgressException("plan.progress.error.period-year", draft.period().code(), planYear);
        }
        if (draft.result() == null || draft.result().isBlank()) {
            throw new ProgressException("plan.progress.error.no-result");
        }
        if (draft.result().length() > MAX_RESULT || draft.note() != null && draft.note().length() > MAX_NOTE) {
            throw new ProgressException("plan.progress.error.too-long", MAX_RESULT, MAX_NOTE);
        }
        if (draft.kpiValues().size() > kpiCount) {
            throw new ProgressException("plan.progress.error.kpi-count", kpiCount);
        }
        for (BigDecimal v : draft.kpiValues()) {
            if (v != null && (v.signum() < 0 || v.precision() - v.scale() > 15)) {
                throw new ProgressException("plan.progress.error.kpi-value", v.toPlainString());
            }
        }
    }

    /** Approves one report version; an editor's act, done once. */
    @Transactional
    public ReportView approve(long reportId) {
        Reporter who = Reporter.current();
        who.requireEditor();
        ActivityReport report = reports.findById(reportId)
                .orElseThrow(() -> new ProgressException("plan.progress.error.no-report", reportId));
        if (reports.approval(reportId).isPresent()) {
            throw new ProgressException("plan.progress.error.already-approved", reportId);
        }
        ReportApproval approval = approvals.save(new ReportApproval(reportId, who.username(), clock.instant()));
        return view(report, approval, adjustments.versions(report.getActivity().getTask().getPlan().getSlug()));
    }

    /** Reports waiting for an editor, oldest first (editors only). */
    public List<ReportView> pending(String plan) {
        Reporter.current().requireEditor();
        return all(plan).stream().filter(r -> !r.approved()).toList();
    }

    /**
     * Every version of every report of the plan as the signed-in user may see them: editors all, a reporter those of
     * its units.
     */
    public List<ReportView> history(String plan) {
        Reporter who = Reporter.current();
        return all(plan).stream().filter(r -> who.mayReportFor(r.unitSlug())).toList();
    }

    /**
     * Số liệu đã duyệt: for each activity and unit, the newest approved revision for the period (what readers see).
     * For a quarter or a year, a unit that sent no report for the period itself is compiled from its reports inside
     * it: the latest approved one (a month's, or for a year a quarter's). Activities or plans readers cannot see are
     * left out.
     */
    public List<ReportView> approved(String plan, ReportingPeriod period) {
        // all() is ordered by end of period, then month before quarter before year: the period's own report, ending
        // with its last month, comes after every report inside it and so wins.
        return latestApproved(plan, r -> period.covers(ReportingPeriod.parse(r.period())));
    }

    /** For each activity and unit of a task, its newest approved report of any period. */
    public List<ReportView> approvedForTask(String plan, String taskCode) {
        return latestApproved(plan, r -> r.taskCode().equals(taskCode));
    }

    /** For each activity and unit of the plan, its newest approved report of any period up to {@code upTo}. */
    public List<ReportView> approvedUpTo(String plan, ReportingPeriod upTo) {
        return latestApproved(plan, r -> ReportingPeriod.parse(r.period()).compareTo(upTo) <= 0);
    }

    /** Every approved report version of a period up to {@code upTo}, for counts by month. */
    public List<ReportView> approvedUpToAllRevisions(String plan, ReportingPeriod upTo) {
        return all(plan).stream().filter(ReportView::approved)
                .filter(r -> ReportingPeriod.parse(r.period()).compareTo(upTo) <= 0).toList();
    }

    private List<ReportView> latestApproved(String plan, java.util.function.Predicate<ReportView> which) {
        Map<String, ReportView> newest = new LinkedHashMap<>();
        for (ReportView r : all(plan)) {
            if (r.approved() && which.test(r)) {
                // all() is ordered by period then revision: a later one replaces an earlier one.
                newest.put(r.taskCode() + "/" + r.ordinal() + "/" + r.unitSlug(), r);
            }
        }
        // In the plan's order: group, task, activity, then unit.
        Map<String, Integer> order = new HashMap<>();
        for (Activity a : reports.activities(plan)) {
            order.put(a.getTask().getCode() + "/" + a.getOrdinal(), order.size());
        }
        return newest.values().stream().sorted(Comparator.comparing(
                (ReportView r) -> order.getOrDefault(r.taskCode() + "/" + r.ordinal(), Integer.MAX_VALUE))
                .thenComparing(ReportView::unitName)).toList();
    }

    /**
     * Every report version of the plan's visible activities, approved or not, for the deadline checks (which count a
     * submitted report as given) — not for pages that readers see.
     */
    List<ReportView> allVisible(String plan) {
        return all(plan);
    }

    private List<ReportView> all(String plan) {
        List<ActivityReport> found = reports.findByPlan(plan).stream()
                .filter(r -> r.getActivity().isVisibleToReaders()).toList();
        ActivityVersions versions = adjustments.versions(plan);
        Map<Long, ReportApproval> approved = found.isEmpty() ? Map.of()
                : reports.approvals(found.stream().map(ActivityReport::getId).toList()).stream()
                        .collect(Collectors.toMap(ReportApproval::getReportId, Function.identity()));
        return found.stream().sorted(Comparator.comparing(ActivityReport::getPeriod)
                        .thenComparing(ActivityReport::getRevision))
                .map(r -> view(r, approved.get(r.getId()), versions)).toList();
    }

    /** Units that may report on an activity. */
    static List<Organisation> reportingUnits(Activity a) {
        return REPORTING_ROLES.stream().flatMap(role -> a.unitsIn(role).stream()).distinct().toList();
    }

    static String requirement(Activity a) {
        String text = a.getRequirement() == null ? "" : StructuredText.fromStorage(a.getRequirement()).plain();
        return text.isBlank() ? a.getTitle() : text;
    }

    static String target(Activity a) {
        return a.getTarget() == null ? "" : StructuredText.fromStorage(a.getTarget()).plain();
    }

    /** A report read against the activity's version in force when it was written. */
    private static ReportView view(ActivityReport r, @Nullable ReportApproval approval, ActivityVersions versions) {
        Activity a = r.getActivity();
        ActivityVersions.Version v = versions.at(a, r.getReportedAt());
        List<KpiValue> kpis = v.kpis();
        List<KpiFigure> figures = new ArrayList<>();
        for (int i = 0; i < kpis.size(); i++) {
            KpiValue k = kpis.get(i);
            BigDecimal reached = i < r.getKpiValues().size() ? r.getKpiValues().get(i) : null;
            figures.add(new KpiFigure(k.getText(), k.getMin(), k.getMax(), k.getUnit(), reached));
        }
        return new ReportView(Objects.requireNonNull(r.getId()), a.getTask().getCode(), a.getTask().getTitle(),
                a.getOrdinal(), v.requirement(), v.target(), r.getUnit().getSlug(), r.getUnit().getName(), r.getPeriod().code(),
                r.getRevision(), r.getStatus(), r.getResult(), r.getNote(), figures,
                r.getEvidence().stream().map(ActivityReport.Evidence::fileName).toList(), r.getReportedBy(),
                r.getReportedAt(), approval == null ? null : approval.getApprovedBy(),
                approval == null ? null : approval.getApprovedAt());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Units by slug, for pages that name them. */
    public Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        reports.units().forEach(o -> names.put(o.getSlug(), o.getName()));
        return names;
    }
}
