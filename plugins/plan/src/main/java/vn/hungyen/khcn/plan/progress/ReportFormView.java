package vn.hungyen.khcn.plan.progress;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.content.intake.DocumentRejectedException;
import vn.hungyen.khcn.content.intake.OriginalFiles;
import vn.hungyen.khcn.content.intake.UploadLimits;
import vn.hungyen.khcn.content.intake.UploadedFile;
import vn.hungyen.khcn.plan.PlanModule;
import vn.hungyen.khcn.plan.progress.ProgressViews.EvidenceUpload;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportDraft;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportView;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportableActivity;
import vn.hungyen.khcn.plan.service.PlanCatalog;
import vn.hungyen.khcn.plan.service.PlanViews.PlanSummary;

/**
 * Báo cáo kết quả: a reporter reports an activity of its units for a period — status, result, the value reached for
 * each KPI, evidence files and a note. The server decides which units the user may report for.
 */
@RolesAllowed({Roles.REPORTER, Roles.EDITOR})
@Route(ReportFormView.ROUTE)
@Menu(order = 16, icon = "vaadin:edit", title = "plan.progress.menu.report")
public class ReportFormView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = PlanModule.ROUTE_ROOT + "/bao-cao-tien-do";

    private final ProgressReports reports;
    private final OriginalFiles originals;
    private final UploadLimits limits;
    private final Map<String, String> unitNames;
    private final String plan;
    private final ComboBox<ReportableActivity> activity = new ComboBox<>();
    private final ComboBox<String> unit = new ComboBox<>();
    private final TextField period = new TextField();
    private final ComboBox<ReportStatus> status = new ComboBox<>();
    private final TextArea result = new TextArea();
    private final Div kpiFields = new Div();
    private final List<BigDecimalField> kpis = new ArrayList<>();
    private final TextArea note = new TextArea();
    private final List<UploadedFile> staged = new ArrayList<>();
    private final Paragraph message = new Paragraph();
    private final Grid<ReportView> history = new Grid<>();

    public ReportFormView(PlanCatalog catalog, ProgressReports reports, ProgressDashboard dashboard,
            OriginalFiles originals, UploadLimits limits) {
        this.reports = reports;
        this.originals = originals;
        this.limits = limits;
        this.unitNames = reports.unitNames();
        setId("progress-report");
        add(new H1(getTranslation("plan.progress.form.title")), new Paragraph(getTranslation("plan.progress.form.intro")));
        PlanSummary latest = catalog.latest().orElse(null);
        this.plan = latest == null ? "" : latest.slug();
        List<ReportableActivity> mine = latest == null ? List.of() : reports.reportable(plan);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("plan.progress.form.none")));
            return;
        }
        activity.setLabel(getTranslation("plan.progress.form.activity"));
        activity.setId("report-activity");
        activity.setItems(mine);
        activity.setItemLabelGenerator(ReportableActivity::label);
        activity.setWidthFull();
        activity.addValueChangeListener(e -> chosen(e.getValue()));
        unit.setLabel(getTranslation("plan.progress.form.unit"));
        unit.setId("report-unit");
        unit.setItemLabelGenerator(s -> unitNames.getOrDefault(s, s));
        unit.setWidth("32em");
        period.setLabel(getTranslation("plan.progress.form.period"));
        period.setId("report-period");
        period.setValue(dashboard.defaultPeriod(java.util.Optional.ofNullable(latest.issuedOn())
                .map(java.time.LocalDate::getYear)).code());
        status.setLabel(getTranslation("plan.progress.form.status"));
        status.setId("report-status");
        status.setItems(ReportStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setValue(ReportStatus.IN_PROGRESS);
        result.setLabel(getTranslation("plan.progress.form.result"));
        result.setId("report-result");
        result.setMaxLength(ProgressReports.MAX_RESULT);
        result.setWidthFull();
        note.setLabel(getTranslation("plan.progress.form.note"));
        note.setId("report-note");
        note.setMaxLength(ProgressReports.MAX_NOTE);
        note.setWidthFull();
        Button save = new Button(getTranslation("plan.progress.form.save"), e -> save());
        save.setId("report-save");
        message.setId("report-message");
        add(activity, unit, period, status, result, kpiFields, note,
                new Paragraph(getTranslation("plan.progress.form.evidence")), evidence(), save, message,
                new H2(getTranslation("plan.progress.form.history")), history());
        activity.setValue(mine.getFirst());
        refresh();
    }

    private void chosen(ReportableActivity a) {
        unit.setItems(a == null ? List.of() : a.unitSlugs());
        unit.setValue(a == null || a.unitSlugs().isEmpty() ? null : a.unitSlugs().getFirst());
        kpiFields.removeAll();
        kpis.clear();
        if (a != null) {
            for (int i = 0; i < a.kpis().size(); i++) {
                BigDecimalField field = new BigDecimalField(getTranslation("plan.progress.form.kpi", a.kpis().get(i)));
                field.setId("report-kpi-" + i);
                field.setWidthFull();
                kpis.add(field);
                kpiFields.add(field);
            }
        }
    }

    /** Evidence is streamed into the bounded intake at once and waits in its upload folder until the report is sent. */
    private Upload evidence() {
        Upload upload = new Upload((UploadHandler) event -> {
            UI ui = event.getUI();
            try (InputStream in = event.getInputStream()) {
                UploadedFile file = UploadedFile.receive(in, event.getFileName(), limits.maxSize().toBytes(),
                        originals.uploadDirectory());
                ui.access(() -> staged.add(file));
            } catch (DocumentRejectedException e) {
                ui.access(() -> error(getTranslation("plan.progress.error.file",
                        getTranslation(e.reason().key(), e.reason().args().toArray()))));
            }
        });
        upload.setId("report-evidence");
        upload.setMaxFiles(ProgressReports.MAX_EVIDENCE);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxSize().toBytes()));
        upload.addFileRejectedListener(e -> error(getTranslation("plan.progress.error.file", e.getErrorMessage())));
        return upload;
    }

    /** Sends the report; on any refusal the form keeps what was typed and says why. */
    void save() {
        ReportingPeriod p;
        try {
            p = ReportingPeriod.parse(period.getValue());
        } catch (IllegalArgumentException e) {
            error(getTranslation("plan.progress.error.period"));
            return;
        }
        ReportableActivity a = activity.getValue();
        if (a == null || unit.getValue() == null) {
            error(getTranslation("plan.progress.error.no-activity", "", ""));
            return;
        }
        List<BigDecimal> values = kpis.stream().map(BigDecimalField::getValue).toList();
        List<EvidenceUpload> files = new ArrayList<>();
        try {
            for (UploadedFile f : staged) {
                files.add(new EvidenceUpload(f.fileName(), Files.newInputStream(f.path())));
            }
            ReportView saved = reports.submit(new ReportDraft(plan, a.taskCode(), a.ordinal(), unit.getValue(), p,
                    status.getValue() == null ? ReportStatus.IN_PROGRESS : status.getValue(), result.getValue(),
                    values, note.getValue(), files));
            message.setText(getTranslation("plan.progress.form.saved", String.valueOf(saved.revision()),
                    saved.unitName(), saved.period()));
            message.getStyle().remove("color");
            clearStaged();
            refresh();
        } catch (AccessDeniedException e) {
            error(getTranslation("plan.progress.error.denied"));
        } catch (ProgressException e) {
            error(getTranslation(e.messageKey(), e.arguments()));
        } catch (DocumentRejectedException e) {
            error(getTranslation("plan.progress.error.file", getTranslation(e.reason().key(),
                    e.reason().args().toArray())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (EvidenceUpload f : files) {
                try {
                    f.content().close();
                } catch (IOException ignored) {
                    // a staged file's stream; the file itself is removed with the others
                }
            }
        }
    }

    private void error(String text) {
        message.setText(text);
        message.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private Grid<ReportView> history() {
        history.setId("report-history");
        history.addColumn(r -> r.taskCode() + " / " + r.ordinal()).setHeader(getTranslation("plan.progress.column.activity"));
        history.addColumn(ReportView::unitName).setHeader(getTranslation("plan.progress.column.unit"));
        history.addColumn(ReportView::period).setHeader(getTranslation("plan.progress.column.period"));
        history.addColumn(ReportView::revision).setHeader(getTranslation("plan.progress.column.revision"));
        history.addColumn(r -> getTranslation(r.status().labelKey())).setHeader(getTranslation("plan.progress.column.status"));
        history.addColumn(ReportView::result).setHeader(getTranslation("plan.progress.column.result")).setFlexGrow(3);
        history.addColumn(r -> r.approved() ? getTranslation("plan.progress.dashboard.yes") : "–")
                .setHeader(getTranslation("plan.progress.column.approved"));
        return history;
    }

    private void refresh() {
        history.setItems(reports.history(plan));
    }

    private void clearStaged() {
        staged.forEach(UploadedFile::close);
        staged.clear();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        clearStaged();
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.progress.form.title");
    }
}
