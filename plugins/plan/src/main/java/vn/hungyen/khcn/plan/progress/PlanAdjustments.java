package vn.hungyen.khcn.plan.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.plan.domain.Activity;
import vn.hungyen.khcn.plan.domain.KpiValue;
import vn.hungyen.khcn.plan.importer.Kpi;
import vn.hungyen.khcn.plan.progress.ProgressViews.AdjustableActivity;
import vn.hungyen.khcn.plan.progress.ProgressViews.AdjustmentDraft;
import vn.hungyen.khcn.plan.progress.ProgressViews.AdjustmentView;

/**
 * Điều chỉnh kế hoạch: editors change or cancel an activity during the year, giving the reason and the deciding
 * document; the signed activity stays as it was and every adjustment is kept. The follow-up (reports, deadlines,
 * dashboard, report files) reads the version in force through {@link #versions}.
 */
@Service
@Transactional(readOnly = true)
public class PlanAdjustments {

    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 2000;
    static final int MAX_NUMBER = 100;

    private final AdjustmentRepository adjustments;
    private final ProgressRepository repository;
    private final Clock clock;

    PlanAdjustments(AdjustmentRepository adjustments, ProgressRepository repository, Clock clock) {
        this.adjustments = adjustments;
        this.repository = repository;
        this.clock = clock;
    }

    /** The plan's activities as they stand after its adjustments. */
    ActivityVersions versions(String plan) {
        return new ActivityVersions(adjustments.findByPlan(plan));
    }

    /** The visible activities of the plan not cancelled, in their version in force, for an editor to adjust. */
    public List<AdjustableActivity> adjustable(String plan) {
        Reporter.current().requireEditor();
        ActivityVersions versions = versions(plan);
        List<AdjustableActivity> result = new ArrayList<>();
        for (Activity a : repository.activities(plan)) {
            ActivityVersions.Version v = versions.current(a);
            if (a.isVisibleToReaders() && !v.cancelled()) {
                result.add(new AdjustableActivity(a.getTask().getCode(), a.getTask().getTitle(), a.getOrdinal(),
                        v.requirement(), v.target(), v.deadline().orElse(null)));
            }
        }
        return result;
    }

    /** Every adjustment of a visible task's activities, oldest first, with the signed text beside the new one. */
    public List<AdjustmentView> ofTask(String plan, String taskCode) {
        ActivityVersions versions = versions(plan);
        return adjustments.findByPlan(plan).stream()
                .filter(j -> j.getActivity().getTask().getCode().equals(taskCode))
                .filter(j -> j.getActivity().isVisibleToReaders())
                .map(j -> view(j, versions.at(j.getActivity(), j.getDecidedAt()))).toList();
    }

    /**
     * Records an adjustment (editors only). Refused with nothing written when the activity is unknown or already
     * cancelled, the reason or the deciding document is missing, a text is too long, or a change changes nothing.
     */
    @Transactional
    public AdjustmentView adjust(AdjustmentDraft draft) {
        Reporter who = Reporter.current();
        who.requireEditor();
        Activity activity = repository.activity(draft.plan(), draft.taskCode(), draft.ordinal())
                .filter(ContentItem::isVisibleToReaders)
                .orElseThrow(() -> new ProgressException("plan.progress.error.no-activity", draft.taskCode(),
                        draft.ordinal()));
        ActivityVersions.Version now = versions(draft.plan()).current(activity);
        if (now.cancelled()) {
            throw new ProgressException("plan.adjust.error.cancelled", draft.taskCode(), draft.ordinal());
        }
        String reason = strip(draft.reason());
        String number = strip(draft.decisionNumber());
        if (reason == null || number == null || draft.decisionDate() == null) {
            throw new ProgressException("plan.adjust.error.missing");
        }
        if (reason.length() > MAX_REASON || number.length() > MAX_NUMBER || length(draft.requirement()) > MAX_TEXT
                || length(draft.target()) > MAX_TEXT) {
            throw new ProgressException("plan.adjust.error.too-long", MAX_TEXT, MAX_REASON, MAX_NUMBER);
        }
        LocalDate today = LocalDate.now(clock);
        if (draft.decisionDate().isAfter(today)) {
            throw new ProgressException("plan.adjust.error.future-decision", draft.decisionDate().toString());
        }
        PlanAdjustment saved;
        if (draft.cancel()) {
            saved = new PlanAdjustment(activity, PlanAdjustment.Kind.CANCEL, null, null, List.of(), null, reason,
                    number, draft.decisionDate(), who.username(), clock.instant());
        } else {
            String requirement = changed(strip(draft.requirement()), now.requirement());
            String target = changed(strip(draft.target()), now.target());
            LocalDate deadline = Objects.equals(draft.deadline(), now.deadline().orElse(null)) ? null : draft.deadline();
            if (requirement == null && target == null && deadline == null) {
                throw new ProgressException("plan.adjust.error.no-change", draft.taskCode(), draft.ordinal());
            }
            List<KpiValue> kpis = target == null ? List.of() : Kpi.extractAll(target).stream()
                    .map(k -> new KpiValue(k.text(), k.min(), k.max(), k.unit())).toList();
            saved = new PlanAdjustment(activity, PlanAdjustment.Kind.CHANGE, requirement, target, kpis, deadline,
                    reason, number, draft.decisionDate(), who.username(), clock.instant());
        }
        saved = adjustments.save(saved);
        return view(saved, versions(draft.plan()).at(activity, saved.getDecidedAt()));
    }

    private static AdjustmentView view(PlanAdjustment j, ActivityVersions.Version v) {
        Activity a = j.getActivity();
        return new AdjustmentView(a.getTask().getCode(), a.getOrdinal(), j.getKind().name().toLowerCase(
                java.util.Locale.ROOT), ProgressReports.requirement(a), ProgressReports.target(a), v.requirement(),
                v.target(), v.deadline().orElse(null), j.getReason(), j.getDecisionNumber(), j.getDecisionDate(),
                j.getDecidedBy(), j.getDecidedAt());
    }

    /** The new text when it differs from the one in force, else {@code null} (unchanged). */
    private static @Nullable String changed(@Nullable String proposed, String inForce) {
        return proposed == null || proposed.equals(inForce.strip()) ? null : proposed;
    }

    private static @Nullable String strip(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int length(@Nullable String s) {
        return s == null ? 0 : s.length();
    }
}
