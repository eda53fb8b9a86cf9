package vn.hungyen.khcn.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import vn.hungyen.khcn.plan.PlanModule;
import vn.hungyen.khcn.plan.service.PlanCatalog;
import vn.hungyen.khcn.plan.service.PlanViews.PlanSummary;

/** Kế hoạch: the published plans, newest first. */
@AnonymousAllowed
@Route(PlanModule.ROUTE_ROOT)
@Menu(order = 10, icon = "vaadin:clipboard-text", title = "plan.menu.plans")
public class PlansView extends VerticalLayout implements HasDynamicTitle {

    public PlansView(PlanCatalog catalog) {
        setId("plans");
        add(new H1(getTranslation("plan.plans.title")));
        UnorderedList list = new UnorderedList();
        for (PlanSummary plan : catalog.plans()) {
            Anchor link = new Anchor(PlanModule.planPath(plan.slug()),
                    getTranslation("plan.plan.heading", plan.number(), Formats.date(plan.issuedOn())));
            list.add(new ListItem(link, new Paragraph(plan.title())));
        }
        if (list.getChildren().findAny().isEmpty()) {
            add(new Paragraph(getTranslation("plan.plans.none")));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.plans.title");
    }
}
