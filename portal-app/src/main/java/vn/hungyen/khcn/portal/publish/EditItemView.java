package vn.hungyen.khcn.portal.publish;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Set;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.content.service.EditConflictException;
import vn.hungyen.khcn.content.service.EditorialItem;
import vn.hungyen.khcn.content.service.EditorialWorkflow;

/**
 * Sửa nội dung: an item's title and text, saved against the version the editor opened. When someone else saved in
 * between, nothing is overwritten: the editor keeps their text in the form and sees the other version beside it,
 * to take it or to save theirs over it knowingly.
 */
@Route("bien-tap/:id")
@RolesAllowed(Roles.EDITOR)
public class EditItemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    /** The fields {@link EditorialWorkflow} names in its records; each has a name in the bundles. */
    private static final Set<String> CHANGED_FIELDS = Set.of("title", "text", "state");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final EditorialWorkflow workflow;
    private final AuthenticationContext authentication;
    private final H1 heading = new H1();
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final Span message = new Span();
    private final Div conflict = new Div();
    private final UnorderedList history = new UnorderedList();
    private @Nullable EditorialItem opened;

    public EditItemView(EditorialWorkflow workflow, AuthenticationContext authentication) {
        this.workflow = workflow;
        this.authentication = authentication;
        setId("edit-item");
        title.setId("edit-title");
        title.setLabel(getTranslation("core.editorial.title"));
        title.setWidthFull();
        text.setId("edit-text");
        text.setLabel(getTranslation("core.editorial.text"));
        text.setWidthFull();
        text.setHeight("20rem");
        message.setId("edit-message");
        conflict.setId("edit-conflict");
        conflict.setVisible(false);
        history.setId("edit-history");
        Button save = new Button(getTranslation("core.editorial.save"), e -> save());
        save.setId("edit-save");
        add(heading, title, text, save, message, conflict, new H2(getTranslation("core.editorial.history")), history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get(ID).orElse(""));
        } catch (NumberFormatException e) {
            event.forwardTo(EditorialView.class);
            return;
        }
        workflow.item(id).ifPresentOrElse(this::open, () -> event.forwardTo(EditorialView.class));
    }

    private void open(EditorialItem item) {
        opened = item;
        heading.setText(item.title());
        title.setValue(item.title());
        text.setValue(item.text());
        conflict.setVisible(false);
        showHistory(item.id());
    }

    /** Saves the form against the version it was opened at. */
    void save() {
        EditorialItem base = java.util.Objects.requireNonNull(opened);
        try {
            EditorialItem saved = workflow.edit(base.id(), base.version(), title.getValue(), text.getValue(),
                    authentication.getPrincipalName().orElseThrow());
            open(saved);
            message.setText(getTranslation("core.editorial.saved"));
        } catch (EditConflictException e) {
            showConflict(e);
        } catch (IllegalArgumentException e) {
            message.setText(getTranslation("core.editorial.invalid"));
        }
    }

    private void showConflict(EditConflictException e) {
        EditorialItem theirs = e.current();
        message.setText(getTranslation("core.editorial.conflict.message",
                e.lastEditor().isEmpty() ? getTranslation("core.editorial.someone") : e.lastEditor(),
                WHEN.format(theirs.updatedAt())));
        TextField theirTitle = new TextField(getTranslation("core.editorial.conflict.their-title"));
        theirTitle.setId("conflict-title");
        theirTitle.setValue(theirs.title());
        theirTitle.setReadOnly(true);
        theirTitle.setWidthFull();
        TextArea theirText = new TextArea(getTranslation("core.editorial.conflict.their-text"));
        theirText.setId("conflict-text");
        theirText.setValue(theirs.text());
        theirText.setReadOnly(true);
        theirText.setWidthFull();
        Button takeTheirs = new Button(getTranslation("core.editorial.conflict.take-theirs"), ev -> open(theirs));
        takeTheirs.setId("conflict-take-theirs");
        // Keeping mine: the form stays as it is and the next save is against their version, a deliberate choice.
        Button keepMine = new Button(getTranslation("core.editorial.conflict.keep-mine"), ev -> {
            opened = theirs;
            conflict.setVisible(false);
            message.setText(getTranslation("core.editorial.conflict.kept"));
        });
        keepMine.setId("conflict-keep-mine");
        conflict.removeAll();
        conflict.add(new Paragraph(getTranslation("core.editorial.conflict.explain")), theirTitle, theirText,
                new HorizontalLayout(takeTheirs, keepMine));
        conflict.setVisible(true);
    }

    private void showHistory(long id) {
        history.removeAll();
        workflow.history(id).forEach(r -> history.add(new ListItem(getTranslation("core.editorial.history.line",
                WHEN.format(r.getEditedAt()), r.getEditor(),
                String.join("; ", r.getChanges().stream().map(this::change).toList())))));
    }

    /**
     * One recorded change in the reader's language: the workflow records it as {@code field: before → after}
     * ({@code title}, {@code text}, {@code state} with the state's name); the field and the states are shown by
     * their names in the bundles, anything else as recorded.
     */
    private String change(String recorded) {
        int colon = recorded.indexOf(": ");
        if (colon < 0 || !CHANGED_FIELDS.contains(recorded.substring(0, colon))) {
            return recorded;
        }
        String field = recorded.substring(0, colon);
        String value = recorded.substring(colon + 2);
        if (field.equals("state")) {
            for (PublicationState state : PublicationState.values()) {
                value = value.replace(state.name(), getTranslation(EditorialView.stateKey(state)));
            }
        }
        return getTranslation("core.editorial.field." + field) + ": " + value;
    }

    /** The text in the form, as the editor typed it (kept through a conflict). */
    String formText() {
        return text.getValue();
    }

    @Override
    public String getPageTitle() {
        return opened == null ? getTranslation("core.editorial.heading") : opened.title();
    }
}
