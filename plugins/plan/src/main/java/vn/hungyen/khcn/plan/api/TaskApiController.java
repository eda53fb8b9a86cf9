package vn.hungyen.khcn.plan.api;

import java.math.BigDecimal;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.hungyen.khcn.plan.progress.TaskProgress;
import vn.hungyen.khcn.plan.service.PlanCatalog;
import vn.hungyen.khcn.plan.service.PlanViews.ActivityView;
import vn.hungyen.khcn.plan.service.PlanViews.LinkView;
import vn.hungyen.khcn.plan.service.PlanViews.PlanSummary;
import vn.hungyen.khcn.plan.service.PlanViews.TaskView;

/**
 * {@code GET /api/tasks} and {@code GET /api/tasks/{code}}: the tasks of a published plan (the newest unless
 * {@code ?plan=21-kh-skhcn} names one) as read-only JSON. Text fields are plain text: no markup.
 */
@RestController
@RequestMapping("/api/tasks")
class TaskApiController {

    private final PlanCatalog catalog;
    private final TaskProgress progress;

    TaskApiController(PlanCatalog catalog, TaskProgress progress) {
        this.catalog = catalog;
        this.progress = progress;
    }

    @GetMapping
    List<TaskJson> tasks(@RequestParam(required = false) String plan) {
        return catalog.tasks(planSlug(plan)).stream().map(TaskApiController::json).toList();
    }

    @GetMapping("/{code}")
    TaskJson task(@PathVariable String code, @RequestParam(required = false) String plan) {
        String slug = planSlug(plan);
        TaskView task = catalog.task(slug, code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no task " + code));
        return json(task).withProgress(progress(progress.of(slug, task.code(),
                task.activities().stream().map(ActivityView::ordinal).toList())));
    }

    /** Tiến độ: each activity's timing and newest approved reports, and the unanswered changes of the task's basis. */
    private static ProgressJson progress(TaskProgress.View view) {
        return new ProgressJson(view.activities().stream().map(a -> new ActivityProgressJson(a.ordinal(),
                        a.timing() == null ? null : a.timing().name().toLowerCase(Locale.ROOT),
                        a.status().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(null),
                        a.lastApproved().stream().map(r -> new ApprovedJson(r.unitName(), r.period(), r.revision(),
                                r.status().name().toLowerCase(Locale.ROOT), r.result(),
                                r.kpis().stream().map(k -> new KpiProgressJson(k.text(), k.targetMin(), k.targetMax(),
                                        k.unit(), k.reached())).toList(),
                                r.approvedAt() == null ? null : r.approvedAt().toString())).toList()))
                        .toList(),
                view.basisChanges().stream().map(c -> new BasisChangeJson(c.changedDocument(), c.changingDocument(),
                        c.relation(), c.recordedAt().toString())).toList(),
                view.adjustments().stream().map(j -> new AdjustmentJson(j.ordinal(), j.kind(), j.requirement(),
                        j.target(), j.deadline() == null ? null : j.deadline().toString(), j.signedRequirement(),
                        j.signedTarget(), j.reason(), j.decisionNumber(), j.decisionDate().toString(),
                        j.decidedAt().toString())).toList());
    }

    private String planSlug(@Nullable String plan) {
        return catalog.planOrLatest(plan).map(PlanSummary::slug).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, plan == null ? "no published plan" : "no plan " + plan));
    }

    static TaskJson json(TaskView t) {
        return new TaskJson(t.code(), t.title(), t.groupNumeral(), t.parentCode(), t.target().plain(),
                t.activities().stream().map(TaskApiController::json).toList(),
                t.legalBasis().stream().map(l -> new BasisJson(l.title(), l.kind())).toList(),
                t.outputs().stream().map(TaskApiController::output).toList(), null);
    }

    private static ActivityJson json(ActivityView a) {
        return new ActivityJson(a.ordinal(), a.requirement().plain(), a.target().plain(),
                new TimeframeJson(a.timeframeText(), a.months(), a.recurring(), a.externallySet()),
                a.leadUnits().isEmpty() ? null : a.leadUnits().getFirst(), a.leadUnits(), a.implementingUnits(),
                a.coordinatingUnits(), a.note(),
                a.kpis().stream().map(k -> new KpiJson(k.text(), k.min(), k.max(), k.unit())).toList());
    }

    private static OutputJson output(LinkView l) {
        return new OutputJson(l.path(), l.title(), l.kind());
    }

    /** {@code progress} only in {@code /api/tasks/{code}}; the list leaves it out. */
    record TaskJson(String code, String title, String group, @Nullable String parentCode, String target,
            List<ActivityJson> activities, List<BasisJson> legalBasis, List<OutputJson> outputs,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable ProgressJson progress) {

        TaskJson withProgress(ProgressJson p) {
            return new TaskJson(code, title, group, parentCode, target, activities, legalBasis, outputs, p);
        }
    }

    record ProgressJson(List<ActivityProgressJson> activities, List<BasisChangeJson> basisChanged,
            List<AdjustmentJson> adjustments) {
    }

    /** Điều chỉnh: kind change or cancel; the texts in force after it beside the signed ones. */
    record AdjustmentJson(int ordinal, String kind, String requirement, String target, @Nullable String deadline,
            String signedRequirement, String signedTarget, String reason, String decisionNumber,
            String decisionDate, String decidedAt) {
    }

    /** timing: on_time, due_soon, overdue, done (none without a deadline); status: of the newest approved report. */
    record ActivityProgressJson(int ordinal, @Nullable String timing, @Nullable String status,
            List<ApprovedJson> lastApproved) {
    }

    record ApprovedJson(String unit, String period, int revision, String status, String result,
            List<KpiProgressJson> kpis, @Nullable String approvedAt) {
    }

    record KpiProgressJson(String text, @Nullable BigDecimal targetMin, @Nullable BigDecimal targetMax,
            @Nullable String unit, @Nullable BigDecimal reached) {
    }

    record BasisChangeJson(String document, String changedBy, String relation, String recordedAt) {
    }

    /** {@code leadUnit} is the first of {@code leadUnits}: most activities have one. */
    record ActivityJson(int ordinal, String requirement, String target, TimeframeJson timeframe,
            @Nullable String leadUnit, List<String> leadUnits, List<String> implementingUnits,
            List<String> coordinatingUnits, @Nullable String note, List<KpiJson> kpis) {
    }

    record TimeframeJson(@Nullable String text, List<Integer> months, boolean recurring, boolean externallySet) {
    }

    record KpiJson(String text, @Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable String unit) {
    }

    record BasisJson(String number, @Nullable String kind) {
    }

    record OutputJson(@Nullable String id, String title, @Nullable String kind) {
    }
}
