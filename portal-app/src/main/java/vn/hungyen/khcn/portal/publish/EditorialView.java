package vn.hungyen.khcn.portal.publish;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.content.service.ContentRegistry;
import vn.hungyen.khcn.content.service.EditConflictException;
import vn.hungyen.khcn.content.service.EditorialItem;
import vn.hungyen.khcn.content.service.EditorialWorkflow;
import vn.hungyen.khcn.content.spi.ContentTypeDescriptor;

/**
 * Biên tập: every content item by type and state, with the workflow's moves — publish a draft, archive or
 * unpublish a published item — and a link to edit its title and text.
 */
@Route("bien-tap")
@RolesAllowed(Roles.EDITOR)
@Menu(order = 90, icon = "vaadin:edit", title = "core.editorial.menu")
public class EditorialView extends VerticalLayout implements HasDynamicTitle {

    private final EditorialWorkflow workflow;
    private final ContentRegistry registry;
    private final AuthenticationContext authentication;
    private final ComboBox<ContentTypeDescriptor> type = new ComboBox<>();
    private final ComboBox<PublicationState> state = new ComboBox<>();
    private final Grid<EditorialItem> grid = new Grid<>();
    private final Span message = new Span();

    public EditorialView(EditorialWorkflow workflow, ContentRegistry registry, AuthenticationContext authentication) {
        this.workflow = workflow;
        this.registry = registry;
        this.authentication = authentication;
        setId("editorial");
        type.setId("editorial-type");
        type.setLabel(getTranslation("core.editorial.type"));
        type.setItems(registry.contentTypes());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        type.setClearButtonVisible(true);
        state.setId("editorial-state");
        state.setLabel(getTranslation("core.editorial.state"));
        state.setItems(PublicationState.values());
        state.setItemLabelGenerator(this::stateLabel);
        state.setClearButtonVisible(true);
        type.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        message.setId("editorial-message");
        grid.setId("editorial-grid");
        grid.addColumn(EditorialItem::title).setHeader(getTranslation("core.editorial.title")).setFlexGrow(4);
        grid.addColumn(i -> registry.contentType(i.type()).map(t -> getTranslation(t.labelKey())).orElse(i.type()))
                .setHeader(getTranslation("core.editorial.type"));
        grid.addColumn(i -> stateLabel(i.state())).setHeader(getTranslation("core.editorial.state"));
        // As wide as its buttons: never cut at the grid's right edge (the grid scrolls instead on a narrow screen).
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setHeight("70vh");
        add(new H1(getTranslation("core.editorial.heading")), new HorizontalLayout(type, state), message, grid);
        refresh();
    }

    private HorizontalLayout actions(EditorialItem item) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        Button edit = new Button(getTranslation("core.editorial.edit"), e -> getUI().ifPresent(ui -> ui.navigate(
                EditItemView.class, new RouteParameters(EditItemView.ID, String.valueOf(item.id())))));
        edit.setId("edit-" + item.id());
        actions.add(edit);
        if (item.state().canMoveTo(PublicationState.PUBLISHED)) {
            actions.add(move(item, "publish", "core.editorial.publish", "core.editorial.done.publish",
                    () -> workflow.publish(item.id(), item.version(), editor())));
        }
        if (item.state().canMoveTo(PublicationState.ARCHIVED)) {
            actions.add(move(item, "archive", "core.editorial.archive", "core.editorial.done.archive",
                    () -> workflow.archive(item.id(), item.version(), editor())));
        }
        if (item.state().canMoveTo(PublicationState.DRAFT)) {
            Button unpublish = move(item, "unpublish", "core.editorial.unpublish", "core.editorial.done.unpublish",
                    () -> workflow.unpublish(item.id(), item.version(), editor()));
            actions.add(confirmed(item, unpublish));
        }
        return actions;
    }

    /**
     * Gỡ xuất bản takes an item away from readers (and with it everything that is part of it): the button first asks,
     * naming the item, and only "Gỡ xuất bản" in the dialog does it.
     */
    private Button confirmed(EditorialItem item, Button action) {
        String id = action.getId().orElseThrow();
        action.setId("confirm-" + id);
        action.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("core.editorial.unpublish.confirm.title"));
        Button cancel = new Button(getTranslation("core.users.cancel"), c -> dialog.close());
        cancel.setId("cancel-" + id);
        action.addClickListener(done -> dialog.close());
        HorizontalLayout buttons = new HorizontalLayout(cancel, action);
        buttons.setJustifyContentMode(JustifyContentMode.END);
        dialog.add(new Paragraph(getTranslation("core.editorial.unpublish.confirm", item.title())), buttons);
        Button ask = new Button(action.getText(), e -> dialog.open());
        ask.setId(id);
        ask.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return ask;
    }

    private Button move(EditorialItem item, String action, String labelKey, String doneKey, Runnable change) {
        Button button = new Button(getTranslation(labelKey), e -> {
            try {
                change.run();
                message.setText(getTranslation(doneKey, item.title()));
            } catch (EditConflictException conflict) {
                message.setText(getTranslation("core.editorial.conflict", item.title(), conflict.lastEditor()));
            }
            refresh();
        });
        button.setId(action + "-" + item.id());
        return button;
    }

    private String editor() {
        return authentication.getPrincipalName().orElseThrow();
    }

    private String stateLabel(PublicationState s) {
        return getTranslation(stateKey(s));
    }

    static String stateKey(PublicationState s) {
        return switch (s) {
            case DRAFT -> "core.state.draft";
            case PUBLISHED -> "core.state.published";
            case ARCHIVED -> "core.state.archived";
        };
    }

    private void refresh() {
        grid.setItems(workflow.items(type.getValue() == null ? null : type.getValue().code(), state.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("core.editorial.heading");
    }
}
