package vn.hungyen.khcn.portal.publish;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.hungyen.khcn.content.domain.Roles;

/** Xuất bản tĩnh: starts the static export in the background and follows it with a progress bar. */
@Route("quan-tri/xuat-ban")
@RolesAllowed(Roles.EDITOR)
@Menu(order = 91, icon = "vaadin:globe", title = "core.export.menu")
public class ExportView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MILLIS = 500;

    private final ExportJobs jobs;
    private final StaticSiteExporter exporter;
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span status = new Span();
    private final Button start = new Button();

    public ExportView(ExportJobs jobs, StaticSiteExporter exporter) {
        this.jobs = jobs;
        this.exporter = exporter;
        setId("export");
        progress.setId("export-progress");
        status.setId("export-status");
        start.setText(getTranslation("core.export.start"));
        start.setId("export-start");
        start.addClickListener(e -> {
            if (!jobs.start()) {
                status.setText(getTranslation("core.export.busy"));
            }
            show();
        });
        add(new H1(getTranslation("core.export.title")), new Paragraph(getTranslation("core.export.intro",
                exporter.siteFolder().toString(), exporter.zipFile().toString())), start, progress, status);
        show();
    }

    /** Shows the job's state; called on each poll of the UI. */
    void show() {
        ExportJobs.Status s = jobs.status();
        progress.setValue(s.progress());
        start.setEnabled(!s.running());
        if (s.running()) {
            status.setText(getTranslation("core.export.running", Math.round(s.progress() * 100)));
        } else if (s.error() != null) {
            status.setText(getTranslation("core.export.failed", s.error()));
        } else if (s.last() != null) {
            status.setText(getTranslation("core.export.done", s.last().items(), s.last().files(), s.last().written(),
                    s.last().unchanged()));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        event.getUI().addPollListener(e -> show());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("core.export.title");
    }
}
