package vn.hungyen.khcn.plan.api;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
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

    TaskApiController(PlanCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<TaskJson> tasks(@RequestParam(required = false) String plan) {
        return catalog.tasks(planSlug(plan)).stream().map(TaskApiController::json).toList();
    }

    @GetMapping("/{code}")
    TaskJson task(@PathVariable String code, @RequestParam(required = false) String plan) {
        return catalog.task(planSlug(plan), code).map(TaskApiController::json)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no task " + code));
    }

    private String planSlug(@Nullable String plan) {
        if (plan != null) {
            return catalog.plan(plan).map(PlanSummary::slug)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + plan));
        }
        return catalog.latest().map(PlanSummary::slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no published plan"));
    }

    static TaskJson json(TaskView t) {
        return new TaskJson(t.code(), t.title(), t.groupNumeral(), t.parentCode(), t.target().plain(),
                t.activities().stream().map(TaskApiController::json).toList(),
                t.legalBasis().stream().map(l -> new BasisJson(l.title(), l.kind())).toList(),
                t.outputs().stream().map(TaskApiController::output).toList());
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

    record TaskJson(String code, String title, String group, @Nullable String parentCode, String target,
            List<ActivityJson> activities, List<BasisJson> legalBasis, List<OutputJson> outputs) {
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
