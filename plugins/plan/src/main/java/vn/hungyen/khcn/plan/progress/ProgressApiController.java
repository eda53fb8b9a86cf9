package vn.hungyen.khcn.plan.progress;

import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.hungyen.khcn.content.web.AtomFeed;
import vn.hungyen.khcn.plan.PlanModule;
import vn.hungyen.khcn.plan.progress.ProgressViews.DueItem;
import vn.hungyen.khcn.plan.progress.ProgressViews.KpiFigure;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportView;
import vn.hungyen.khcn.plan.service.PlanCatalog;
import vn.hungyen.khcn.plan.service.PlanViews.PlanSummary;

/**
 * {@code GET /api/progress?plan=&period=2022-06}: the approved figures of a period per unit (readers see approved
 * figures only); {@code /api/progress/report.docx} and {@code .xlsx}: the period's report as a file;
 * {@code /api/progress/units/{unit}/feed.atom}: what the unit owes, as an Atom feed.
 */
@RestController
@RequestMapping("/api/progress")
class ProgressApiController {

    private static final Locale VIETNAMESE = Locale.of("vi", "VN");
    private static final int MAX_UNITS = 50;

    private final PlanCatalog catalog;
    private final ProgressReports reports;
    private final PeriodReportFiles files;
    private final Deadlines deadlines;
    private final I18NProvider i18n;
    private final String publicUrl;

    ProgressApiController(PlanCatalog catalog, ProgressReports reports, PeriodReportFiles files, Deadlines deadlines,
            I18NProvider i18n, @Value("${portal.public-url:http://localhost/}") String publicUrl) {
        this.catalog = catalog;
        this.reports = reports;
        this.files = files;
        this.deadlines = deadlines;
        this.i18n = i18n;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    @GetMapping
    PeriodJson progress(@RequestParam(required = false) String plan, @RequestParam String period) {
        String slug = planSlug(plan);
        ReportingPeriod p = period(period);
        Map<String, List<FigureJson>> byUnit = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ReportView r : reports.approved(slug, p)) {
            names.put(r.unitSlug(), r.unitName());
            byUnit.computeIfAbsent(r.unitSlug(), k -> new ArrayList<>()).add(figure(r));
        }
        List<UnitJson> units = byUnit.entrySet().stream()
                .map(e -> new UnitJson(e.getKey(), names.get(e.getKey()), e.getValue())).toList();
        return new PeriodJson(slug, p.code(), p.dueDate(), units);
    }

    /** The period's report as {@code report.docx} or {@code report.xlsx}; {@code units} are unit slugs, comma-separated. */
    @GetMapping("/report.{format:docx|xlsx}")
    ResponseEntity<byte[]> report(@PathVariable String format, @RequestParam(required = false) String plan,
            @RequestParam String period, @RequestParam(required = false) String units) {
        String slug = planSlug(plan);
        ReportingPeriod p = period(period);
        boolean docx = format.equals("docx");
        byte[] bytes = docx ? files.docx(slug, p, units(units), VIETNAMESE) : files.xlsx(slug, p, units(units), VIETNAMESE);
        String name = "bao-cao-ket-qua-" + p.code() + "." + format;
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(docx ? PeriodReportFiles.DOCX : PeriodReportFiles.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }

    @GetMapping("/units/{unit}/feed.atom")
    ResponseEntity<String> feed(@PathVariable String unit, @RequestParam(required = false) String plan) {
        String slug = planSlug(plan);
        String name = reports.unitNames().get(unit);
        if (name == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no unit " + unit);
        }
        String self = publicUrl + "api/progress/units/" + unit + "/feed.atom";
        String page = publicUrl + DueView.ROUTE + "?don-vi=" + unit;
        List<AtomFeed.Entry> entries = deadlines.due(slug, unit).stream().map(d -> entry(slug, d)).toList();
        String xml = AtomFeed.render(self, t("plan.progress.feed.title", name), self, page, entries);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8")).body(xml);
    }

    private AtomFeed.Entry entry(String plan, DueItem d) {
        String link = publicUrl + PlanModule.taskPath(plan, d.taskCode()) + "#hoat-dong-" + d.ordinal();
        String what = d.kind() == ProgressViews.DueKind.REPORT ? t("plan.progress.kind.report", d.period())
                : t("plan.progress.kind.activity");
        String title = t("plan.progress.feed.entry", t(d.timing().labelKey()), d.taskCode(),
                String.valueOf(d.ordinal()), what, d.dueDate().toString());
        // One entry per thing owed, its id stable while it stays owed; "updated" is its due date.
        String id = link + "/" + d.unitSlug() + "/" + d.kind().name().toLowerCase(Locale.ROOT)
                + (d.period() == null ? "" : "/" + d.period());
        return new AtomFeed.Entry(id, title, link, t(d.timing().labelKey()),
                d.dueDate().atTime(LocalTime.NOON).atZone(ProgressConfiguration.VIETNAM).toInstant(),
                AtomFeed.summary(d.taskTitle() + " — " + d.requirement()));
    }

    private static Set<String> units(@Nullable String units) {
        if (units == null || units.isBlank()) {
            return Set.of();
        }
        Set<String> slugs = Arrays.stream(units.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        if (slugs.size() > MAX_UNITS || slugs.stream().anyMatch(s -> !s.matches("[a-z0-9.-]{1,200}"))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "units are unit slugs separated by commas");
        }
        return slugs;
    }

    private static ReportingPeriod period(String period) {
        try {
            return ReportingPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "period is 2022-06, 2022-Q2 or 2022");
        }
    }

    private String planSlug(@Nullable String plan) {
        return catalog.planOrLatest(plan).map(PlanSummary::slug).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, plan == null ? "no published plan" : "no plan " + plan));
    }

    static FigureJson figure(ReportView r) {
        return new FigureJson(r.taskCode(), r.ordinal(), r.period(), r.revision(),
                r.status().name().toLowerCase(Locale.ROOT), r.result(),
                r.kpis().stream().map(ProgressApiController::kpi).toList(), r.approvedAt() == null ? null
                        : r.approvedAt().toString());
    }

    private static KpiJson kpi(KpiFigure k) {
        return new KpiJson(k.text(), k.targetMin(), k.targetMax(), k.unit(), k.reached(), k.met());
    }

    private String t(String key, Object... params) {
        return i18n.getTranslation(key, VIETNAMESE, params);
    }

    record PeriodJson(String plan, String period, LocalDate reportDue, List<UnitJson> units) {
    }

    record UnitJson(String unit, String name, List<FigureJson> reports) {
    }

    /** One approved report; status is not_started, in_progress, done, late or stopped. */
    record FigureJson(String task, int activity, String period, int revision, String status, String result,
            List<KpiJson> kpis, @Nullable String approvedAt) {
    }

    record KpiJson(String text, @Nullable BigDecimal targetMin, @Nullable BigDecimal targetMax, @Nullable String unit,
            @Nullable BigDecimal reached, @Nullable Boolean met) {
    }
}
