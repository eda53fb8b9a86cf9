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
import java.io.IOException;
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

    public PlanImportView(PlanImporter importer) {
        this.importer = importer;
        setId("plan-import");
        result.setId("plan-import-result");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = getUI().orElse(null);
            if (ui != null) {
                ui.access(() -> importFile(metadata.fileName(), bytes));
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) PlanImporter.MAX_UPLOAD_BYTES);
        upload.addFileRejectedListener(e -> show(getTranslation("plan.import.error.rejected", e.getErrorMessage())));
        add(new H1(getTranslation("plan.import.title")), new Paragraph(getTranslation("plan.import.intro")), upload,
                result);
    }

    /** Imports one uploaded file and shows what happened. */
    public void importFile(String fileName, byte[] content) {
        try {
            ImportReport report = importer.importFile(fileName, new ByteArrayInputStream(content));
            result.removeAll();
            Paragraph done = new Paragraph(getTranslation("plan.import.done", report.created(), fileName));
            done.setId("plan-import-done");
            result.add(done);
            if (!report.problems().isEmpty()) {
                result.add(new Paragraph(getTranslation("plan.import.problems", report.problems().size())));
                UnorderedList list = new UnorderedList();
                report.problems().forEach(p -> list.add(new ListItem(
                        getTranslation("plan.import.problem", p.line(), p.reason(), p.text()))));
                result.add(list);
            }
        } catch (PlanImportException e) {
            show(getTranslation(e.messageKey(), e.subject()));
        } catch (IOException e) {
            show(getTranslation("plan.import.error.unreadable", fileName));
        } catch (RuntimeException e) {
            log.warn("Import of {} failed and was rolled back", fileName, e);
            show(getTranslation("plan.import.error.failed", fileName));
        }
    }

    private void show(String error) {
        result.removeAll();
        Paragraph message = new Paragraph(error);
        message.setId("plan-import-error");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        result.add(message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.import.title");
    }
}
