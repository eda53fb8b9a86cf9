package vn.hungyen.khcn.portal.intake;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.content.intake.DocumentIntake;
import vn.hungyen.khcn.content.intake.DocumentRejectedException;
import vn.hungyen.khcn.content.intake.OcrJob;
import vn.hungyen.khcn.content.spi.DocumentStore;
import vn.hungyen.khcn.content.spi.FoundCitation;
import vn.hungyen.khcn.content.spi.FoundTask;
import vn.hungyen.khcn.content.spi.IntakeReading;
import vn.hungyen.khcn.content.spi.Message;

/**
 * Nhận văn bản: an editor uploads any document (a plan, a resolution with a task appendix, a decision); the page shows
 * what the portal read — header, task tree, citations, what was skipped and why, problems — before anything is
 * stored, then "Lưu bản nháp" keeps it as a draft with the module it fits. A born-digital file is read in the upload's
 * own request (the session is not locked meanwhile); a scan is read in the background, the page polling its progress
 * page by page, and its recognised text can be corrected and read again before saving. The read copy waits in a
 * temporary file until it is saved or dropped.
 */
@RolesAllowed(Roles.EDITOR)
@Route(DocumentIntakeView.ROUTE)
@Menu(order = 20, icon = "vaadin:file-add", title = "core.intake.menu")
public class DocumentIntakeView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "quan-tri/nhap-van-ban";

    private final DocumentIntake intake;
    private final @Nullable String editor;
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Div preview = new Div();
    private final Button save = new Button();
    private final Upload upload;
    private DocumentIntake.@Nullable Pending pending;
    private @Nullable OcrJob job;
    private @Nullable Registration polling;

    public DocumentIntakeView(DocumentIntake intake, AuthenticationContext authentication) {
        this.intake = intake;
        this.editor = authentication.getPrincipalName().orElse(null);
        setId("document-intake");
        long maxMb = intake.limits().maxSize().toMegabytes();
        add(new H1(getTranslation("core.intake.title")), new Paragraph(getTranslation("core.intake.intro", maxMb)));

        upload = new Upload((UploadHandler) event -> {
            UI ui = event.getUI();
            try (InputStream in = event.getInputStream()) {
                switch (intake.submit(in, event.getFileName())) {
                    case DocumentIntake.Ready ready -> ui.access(() -> show(ready.pending()));
                    case DocumentIntake.Queued queued -> ui.access(() -> follow(queued.job()));
                }
            } catch (DocumentRejectedException e) {
                ui.access(() -> failed(e.reason()));
            }
        });
        upload.setId("document-intake-file");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, intake.limits().maxSize().toBytes()));
        upload.setAcceptedFileTypes(".docx", ".doc", ".odt", ".pdf", ".html", ".htm", ".rtf", ".xlsx", ".txt", ".md",
                ".png", ".jpg", ".jpeg", ".tif", ".tiff");
        upload.setDropLabel(new Span(getTranslation("core.intake.drop")));
        upload.setUploadButton(new Button(getTranslation("core.intake.choose")));
        upload.addStartedListener(e -> {
            drop();
            status.removeClassName("error-text");
            status.setText(getTranslation("core.intake.reading", e.getFileName()));
            progress.setVisible(true);
        });
        upload.addFileRejectedListener(e -> {
            status.setText(e.getErrorMessage());
            status.addClassName("error-text");
        });
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setId("document-intake-progress");
        status.setId("document-intake-status");
        save.setText(getTranslation("core.intake.save"));
        save.setId("document-intake-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(false);
        save.addClickListener(e -> save());
        preview.setId("document-intake-preview");
        preview.setWidthFull();
        add(upload, progress, status, save, preview);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        polling = attachEvent.getUI().addPollListener(e -> poll());
    }

    /** A scan is being read in the background: the page polls its progress until it ends. */
    void follow(OcrJob scan) {
        drop();
        job = scan;
        progress.setVisible(true);
        progress.setIndeterminate(false);
        progress.setValue(0);
        status.setText(getTranslation("core.intake.ocr.queued", scan.fileName()));
        getUI().ifPresent(ui -> ui.setPollInterval(POLL_MS));
    }

    static final int POLL_MS = 1000;

    private void poll() {
        OcrJob scan = job;
        if (scan == null) {
            return;
        }
        switch (scan.state()) {
            case QUEUED -> status.setText(getTranslation("core.intake.ocr.queued", scan.fileName()));
            case RUNNING -> {
                progress.setValue(scan.pages() == 0 ? 0 : (double) scan.pagesDone() / scan.pages());
                status.setText(getTranslation("core.intake.ocr.page", scan.fileName(), scan.pagesDone(), scan.pages()));
            }
            case DONE -> {
                stopPolling();
                scan.result().ifPresent(this::show);
            }
            case FAILED -> {
                stopPolling();
                scan.failure().ifPresent(this::failed);
            }
        }
    }

    private void stopPolling() {
        job = null;
        progress.setIndeterminate(true);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    private void show(DocumentIntake.Pending read) {
        drop();
        pending = read;
        progress.setVisible(false);
        IntakeReading r = read.reading();
        var store = intake.storeFor(r);
        status.setText(getTranslation(store.isPresent() ? "core.intake.read" : "core.intake.read-nothing-to-store",
                r.original().fileName(), r.tasks().stream().filter(t -> !t.group()).count(), r.citations().size()));
        save.setVisible(store.isPresent());
        preview.add(header(r));
        if (!r.document().notes().isEmpty()) {
            UnorderedList notes = list(r.document().notes().stream().map(this::text).toList());
            notes.setId("document-intake-notes");
            preview.add(new H2(getTranslation("core.intake.notes")), notes);
        }
        if (r.document().notes().stream().anyMatch(n -> n.key().equals("intake.note.ocr"))) {
            preview.add(recognisedText(r.document().text()));
        }
        if (!r.problems().isEmpty()) {
            preview.add(new H2(getTranslation("core.intake.problems")), list(r.problems().stream().map(this::text).toList()));
        }
        if (!r.tasks().isEmpty()) {
            preview.add(new H2(getTranslation("core.intake.tasks", r.tasks().size())), tasks(r.tasks()));
        }
        if (!r.unknownUnits().isEmpty()) {
            preview.add(new H2(getTranslation("core.intake.unknown-units")), list(r.unknownUnits()));
        }
        if (!r.citations().isEmpty()) {
            preview.add(new H2(getTranslation("core.intake.citations", r.citations().size())), citations(r.citations()));
        }
        if (!r.skipped().isEmpty()) {
            preview.add(new H2(getTranslation("core.intake.skipped")), list(r.skipped().stream()
                    .map(s -> s.what() + ": " + text(s.why())).toList()));
        }
    }

    /** The recognised text, for the editor to correct against the paper and read again before saving. */
    private Div recognisedText(String text) {
        TextArea area = new TextArea(getTranslation("core.intake.ocr.text"));
        area.setId("document-intake-text");
        area.setValue(text);
        area.setWidthFull();
        area.setMaxHeight("24em");
        Button again = new Button(getTranslation("core.intake.ocr.reread"), e -> {
            if (pending != null) {
                DocumentIntake.Pending edited = intake.reread(pending, area.getValue());
                pending = null; // the new reading holds the same file: dropping the old one must not delete it
                show(edited);
            }
        });
        again.setId("document-intake-reread");
        return new Div(area, again);
    }

    private Div header(IntakeReading r) {
        var f = r.facts();
        Div header = new Div();
        header.setId("document-intake-header");
        line(header, "core.intake.number", f.number());
        line(header, "core.intake.type", f.type());
        line(header, "core.intake.issuer", f.issuer());
        line(header, "core.intake.date", f.date() == null ? null : f.date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        line(header, "core.intake.trich-yeu", f.title());
        return header;
    }

    private void line(Div parent, String key, @Nullable String value) {
        parent.add(new Paragraph(getTranslation(key) + ": " + (value == null ? getTranslation("core.intake.unknown") : value)));
    }

    private TreeGrid<FoundTask> tasks(List<FoundTask> tasks) {
        Map<String, FoundTask> byCode = tasks.stream().collect(Collectors.toMap(FoundTask::code, Function.identity(), (a, b) -> a));
        TreeGrid<FoundTask> grid = new TreeGrid<>();
        grid.setId("document-intake-tasks");
        grid.addHierarchyColumn(FoundTask::code).setHeader(getTranslation("core.intake.col.code")).setAutoWidth(true);
        grid.addColumn(FoundTask::title).setHeader(getTranslation("core.intake.col.title")).setFlexGrow(4);
        grid.addColumn(t -> String.join("; ", t.leadUnits())).setHeader(getTranslation("core.intake.col.lead"));
        grid.addColumn(t -> String.join("; ", t.coordinatingUnits())).setHeader(getTranslation("core.intake.col.partners"));
        grid.addColumn(t -> t.deadline().text()).setHeader(getTranslation("core.intake.col.deadline"));
        grid.addColumn(t -> String.join("; ", t.outputs())).setHeader(getTranslation("core.intake.col.output"));
        List<FoundTask> roots = tasks.stream().filter(t -> t.parentCode() == null || !byCode.containsKey(t.parentCode())).toList();
        grid.setItems(roots, t -> tasks.stream().filter(c -> t.code().equals(c.parentCode())).toList());
        grid.expandRecursively(roots, 3);
        grid.setAllRowsVisible(tasks.size() <= 60);
        grid.setWidthFull();
        return grid;
    }

    private Grid<FoundCitation> citations(List<FoundCitation> citations) {
        Grid<FoundCitation> grid = new Grid<>();
        grid.setId("document-intake-citations");
        grid.addColumn(c -> c.number() == null ? c.name() : c.number()).setHeader(getTranslation("core.intake.col.number"));
        grid.addColumn(c -> getTranslation("core.intake.relation." + c.relation())).setHeader(getTranslation("core.intake.col.relation"));
        grid.addColumn(FoundCitation::evidence).setHeader(getTranslation("core.intake.col.evidence")).setFlexGrow(4);
        grid.setItems(citations);
        grid.setAllRowsVisible(citations.size() <= 40);
        grid.setWidthFull();
        return grid;
    }

    private static UnorderedList list(List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(i -> list.add(new ListItem(i)));
        return list;
    }

    private String text(Message m) {
        return getTranslation(m.key(), m.args().toArray());
    }

    private void save() {
        if (pending == null) {
            return;
        }
        try {
            DocumentStore.StoredDocument stored = intake.store(pending, editor);
            drop();
            status.setText(getTranslation("core.intake.saved"));
            preview.add(new Anchor(stored.path(), getTranslation("core.intake.open")));
            Notification.show(status.getText()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DocumentStore.DocumentRefusedException e) {
            failed(e.reason());
        }
    }

    private void failed(Message reason) {
        progress.setVisible(false);
        save.setVisible(false);
        status.setText(text(reason));
        // Refused: the error in the error colour, and no "uploaded" tick left on the file.
        status.addClassName("error-text");
        upload.clearFileList();
        Notification.show(status.getText()).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Forgets what was read: its temporary file is deleted. */
    private void drop() {
        job = null;
        if (pending != null) {
            pending.close();
            pending = null;
        }
        preview.removeAll();
        save.setVisible(false);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (polling != null) {
            polling.remove();
        }
        detachEvent.getUI().setPollInterval(-1);
        drop();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("core.intake.title");
    }
}
