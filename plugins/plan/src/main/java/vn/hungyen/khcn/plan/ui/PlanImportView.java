package vn.hungyen.khcn.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import com.vaadin.flow.server.Command;
import vn.hungyen.khcn.content.intake.DocumentRejectedException;
import vn.hungyen.khcn.content.intake.UploadLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.content.spi.ImportReport;
import vn.hungyen.khcn.plan.PlanModule;
import vn.hungyen.khcn.plan.service.PlanImportException;
import vn.hungyen.khcn.plan.service.PlanImporter;

/**
 * Nhập kế hoạch: an editor uploads another plan with the same appendix layout (the text export, DOCX, or PDF for
 * its narrative); it is stored as a draft, or refused whole with the reason. What the importer could not place is
 * listed with its line.
 */
@Route(PlanModule.ROUTE_ROOT + "/nhap")
@RolesAllowed(Roles.EDITOR)
@Menu(order = 13, icon = "vaadin:upload", title = "plan.menu.import")
public class PlanImportView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(PlanImportView.class);

    private final PlanImporter importer;
    private final Div result = new Div();
    private final Upload upload;

    public PlanImportView(PlanImporter importer, UploadLimits limits) {
        this.importer = importer;
        setId("plan-import");
        result.setId("plan-import-result");
        // Streamed into the core's bounded intake (size counted while it arrives, nothing held in memory); the file is
        // read in the upload's own request, then the page shows the outcome.
        upload = new Upload((UploadHandler) event -> {
            UI ui = event.getUI();
            try (InputStream in = event.getInputStream()) {
                Command outcome = read(event.getFileName(), in);
                ui.access(outcome);
            }
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxSize().toBytes()));
        upload.addFileRejectedListener(e -> show(getTranslation("plan.import.error.rejected", e.getErrorMessage())));
        add(new H1(getTranslation("plan.import.title")), new Paragraph(getTranslation("plan.import.intro")), upload,
                result);
    }

    /** Imports one uploaded file and shows what happened. */
    public void importFile(String fileName, byte[] content) {
        read(fileName, new ByteArrayInputStream(content)).execute();
    }

    /** Imports a file; returns the change of the page that shows what happened. */
    private Command read(String fileName, InputStream content) {
        try {
            ImportReport report = importer.importFile(fileName, content);
            return () -> done(fileName, report);
        } catch (PlanImportException e) {
            return () -> show(getTranslation(e.messageKey(), e.subject()));
        } catch (DocumentRejectedException e) {
            return () -> show(getTranslation(e.reason().key(), e.reason().args().toArray()));
        } catch (RuntimeException e) {
            log.warn("Import of {} failed and was rolled back", fileName, e);
            return () -> show(getTranslation("plan.import.error.failed", fileName));
        }
    }

    private void done(String fileName, ImportReport report) {
        result.removeAll();
        Paragraph done = new Paragraph(getTranslation("plan.import.done", report.created(), fileName));
        done.setId("plan-import-done");
        result.add(done);
        if (!report.problems().isEmpty()) {
            result.add(new Paragraph(getTranslation("plan.import.problems", report.problems().size())));
            UnorderedList list = new UnorderedList();
            report.problems().forEach(p -> list.add(new ListItem(
                    getTranslation("plan.import.problem", p.line(),
                            getTranslation(p.reason().key(), p.reason().args().toArray()), p.text()))));
            result.add(list);
        }
    }

    private void show(String error) {
        result.removeAll();
        Paragraph message = new Paragraph(error);
        message.setId("plan-import-error");
        message.addClassName("error-text");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        result.add(message);
        // Refused: no "uploaded" tick left on the file.
        upload.clearFileList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.import.title");
    }
}
