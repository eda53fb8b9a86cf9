package vn.hungyen.khcn.deliverables.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.deliverables.DeliverablesModule;
import vn.hungyen.khcn.deliverables.service.DeliverableCatalog;
import vn.hungyen.khcn.deliverables.service.DeliverableEditing;

/**
 * Biên tập kết quả nghiên cứu (editors only): add a kind, choose a deliverable's topics, add a result a task states
 * but does not name. A change is saved whole or refused with the reason; the other forms then read it.
 */
@Route(DeliverablesModule.EDIT_ROUTE)
@RolesAllowed(Roles.EDITOR)
@Menu(order = 31, icon = "vaadin:edit", title = "deliverables.menu.edit")
public class DeliverableEditView extends VerticalLayout implements HasDynamicTitle {

    public DeliverableEditView(DeliverableCatalog catalog, DeliverableEditing editing) {
        setId("deliverable-edit");
        TopicOverrideForm override = new TopicOverrideForm(catalog, editing, () -> { });
        UnnamedDeliverableForm unnamed = new UnnamedDeliverableForm(catalog, editing, override::reload);
        KindForm kinds = new KindForm(editing, unnamed::reload);
        add(new Anchor(DeliverablesModule.ROUTE_ROOT, getTranslation("deliverables.page.back")),
                new H1(getPageTitle()), kinds, override, unnamed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deliverables.edit.title");
    }
}
