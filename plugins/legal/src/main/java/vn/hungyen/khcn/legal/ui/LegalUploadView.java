package vn.hungyen.khcn.legal.ui;

import jakarta.annotation.security.RolesAllowed;
import vn.hungyen.khcn.content.domain.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.stream.Stream;
import vn.hungyen.khcn.legal.LegalModule;
import vn.hungyen.khcn.legal.service.LegalCatalog;
import vn.hungyen.khcn.legal.service.LegalUploadException;
import vn.hungyen.khcn.legal.service.LegalUploads;
import vn.hungyen.khcn.content.intake.DocumentRejectedException;
import java.io.InputStream;
import vn.hungyen.khcn.legal.service.LegalViews.DocumentSummary;

/**
 * Tải lên văn bản: an editor uploads a document's full text, to a chosen entry or as a new one. The upload
 * component shows the transfer's progress; reading the file follows. Editors only (enforced by the view access
 * control on the server); readers are sent to the login page.
 */
@RolesAllowed(Roles.EDITOR)
@Route(LegalUploadView.ROUTE)
@Menu(order = 21, icon = "vaadin:upload", title = "legal.menu.upload")
public class LegalUploadView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "quan-tri/van-ban/tai-len";
    /** The choice "create a new entry". */
    private static final String NEW = "";

    private final Paragraph status = new Paragraph();
    private final Upload upload;
    private final Select<String> target = new Select<>();

    public LegalUploadView(LegalUploads uploads, LegalCatalog catalog) {
        setId("legal-upload");
        long maxMb = uploads.maxBytes() / (1024 * 1024);
        add(new H1(getTranslation("legal.upload.title")), new Paragraph(getTranslation("legal.upload.intro", maxMb)));
        target.setId("legal-upload-target");
        target.setLabel(getTranslation("legal.upload.target"));
        target.setItems(Stream.concat(Stream.of(NEW), catalog.documents().stream().map(DocumentSummary::slug)).toList());
        var titles = catalog.documents().stream().collect(java.util.stream.Collectors.toMap(DocumentSummary::slug,
                DocumentSummary::title));
        target.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("legal.upload.target.new") : titles.get(s));
        target.setValue(NEW);
        target.setWidth("28rem");

        // Streamed: the core's intake counts the bytes into a temporary file and refuses past the limit; nothing is
        // held in memory, and the session is not locked while the file is read.
        upload = new Upload((UploadHandler) event -> {
            UI ui = event.getUI();
            String slug = target.getValue();
            try (InputStream in = event.getInputStream()) {
                LegalUploads.Result result = slug == null || slug.isEmpty()
                        ? uploads.create(event.getFileName(), in)
                        : uploads.attach(slug, event.getFileName(), in);
                ui.access(() -> done(result));
            } catch (LegalUploadException e) {
                ui.access(() -> failed(getTranslation(e.messageKey(), e.arguments())));
            } catch (DocumentRejectedException e) {
                ui.access(() -> failed(getTranslation(e.reason().key(), e.reason().args().toArray())));
            }
        });
        upload.setMaxFiles(1);
        upload.setId("legal-upload-file");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, uploads.maxBytes()));
        upload.setAcceptedFileTypes(".pdf", ".docx", ".doc", ".odt", ".rtf", ".html", ".htm", ".txt", ".md");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("legal.upload.drop")));
        upload.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("legal.upload.button")));
        upload.addStartedListener(e -> {
            status.removeClassName("error-text");
            status.setText(getTranslation("legal.upload.reading", e.getFileName()));
        });
        upload.addFileRejectedListener(e -> {
            status.setText(e.getErrorMessage());
            status.addClassName("error-text");
        });
        status.setId("legal-upload-status");
        add(target, upload, status);
    }

    private void done(LegalUploads.Result result) {
        status.setText(getTranslation(result.created() ? "legal.upload.created" : "legal.upload.attached",
                result.number(), result.links()));
        add(new Anchor(LegalModule.documentPath(result.slug()), getTranslation("legal.upload.open")));
        Notification.show(status.getText()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void failed(String message) {
        status.setText(message);
        // Refused: the error in the error colour, and no "uploaded" tick left on the file.
        status.addClassName("error-text");
        upload.clearFileList();
        Notification.show(status.getText()).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("legal.upload.title");
    }
}
