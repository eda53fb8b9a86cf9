package vn.hungyen.khcn.deliverables.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hungyen.khcn.deliverables.service.DeliverableEditException;

/** What an editor's last change did, under its form: done, or refused with the reason (text, never HTML). */
class EditOutcome extends Paragraph {

    private static final Logger log = LoggerFactory.getLogger(EditOutcome.class);

    EditOutcome(String id) {
        setId(id);
        setVisible(false);
    }

    /** Runs a change; shows its success text, or why it was refused (the service has then written nothing). */
    boolean attempt(Supplier<String> change) {
        try {
            done(change.get());
            return true;
        } catch (DeliverableEditException e) {
            error(getTranslation(e.messageKey(), e.arguments()));
        } catch (RuntimeException e) {
            log.warn("An editor's change to the deliverables failed and was rolled back", e);
            error(getTranslation("deliverables.edit.error.failed"));
        }
        return false;
    }

    void done(String text) {
        show(text, "done", "var(--lumo-success-text-color)");
    }

    void error(String text) {
        show(text, "error", "var(--lumo-error-text-color)");
    }

    private void show(String text, String kind, String color) {
        setText(text);
        setClassName("done", "done".equals(kind));
        setClassName("error", "error".equals(kind));
        getStyle().set("color", color);
        setVisible(true);
    }
}
