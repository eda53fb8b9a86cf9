package vn.hungyen.khcn.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.List;
import vn.hungyen.khcn.plan.PlanModule;
import vn.hungyen.khcn.plan.service.PlanCatalog;
import vn.hungyen.khcn.plan.service.PlanViews.PlanSummary;
import vn.hungyen.khcn.plan.service.PlanViews.TaskActivity;
import vn.hungyen.khcn.plan.service.PlanViews.UnitWork;

/** Đơn vị: for each unit the newest plan names, what it leads, implements and coordinates. */
@AnonymousAllowed
@Route(PlanModule.ROUTE_ROOT + "/don-vi")
@Menu(order = 12, icon = "vaadin:office", title = "plan.menu.units")
public class UnitsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanCatalog catalog;

    public UnitsView(PlanCatalog catalog) {
        this.catalog = catalog;
        setId("units");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("plan.units.title")));
        PlanSummary plan = catalog.latest().orElse(null);
        if (plan == null) {
            add(new Paragraph(getTranslation("plan.plans.none")));
            return;
        }
        List<UnitWork> units = catalog.units(plan.slug());
        add(new Paragraph(getTranslation("plan.units.intro", units.size(), plan.number())));
        add(index(units));
        for (UnitWork unit : units) {
            Div div = new Div();
            div.setId("don-vi-" + unit.slug());
            div.addClassName("unit");
            div.add(new H2(unit.name()));
            List<String> spellings = java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(unit.shortName()),
                    unit.aliases().stream()).map(String::strip).filter(s -> !s.isEmpty() && !s.equals(unit.name()))
                    .distinct().toList();
            if (!spellings.isEmpty()) {
                div.add(new Paragraph(getTranslation("plan.units.aliases", String.join("; ", spellings))));
            }
            section(div, "plan.units.leads", plan.slug(), unit.leads());
            section(div, "plan.units.implements", plan.slug(), unit.implementsActivities());
            section(div, "plan.units.coordinates", plan.slug(), unit.coordinates());
            add(div);
        }
    }

    /** Mục lục: every unit's name, linking to its part of the page, so a reader need not scroll through all. */
    private Div index(List<UnitWork> units) {
        Div index = new Div(new H2(getTranslation("plan.units.index")));
        index.setId("unit-index");
        UnorderedList list = new UnorderedList();
        list.addClassName("unit-index");
        units.forEach(u -> list.add(new ListItem(new Anchor("#don-vi-" + u.slug(), u.name()))));
        index.add(list);
        return index;
    }

    private void section(Div div, String key, String planSlug, List<TaskActivity> activities) {
        if (activities.isEmpty()) {
            return;
        }
        div.add(new H3(getTranslation(key, activities.size())));
        UnorderedList list = new UnorderedList();
        for (TaskActivity a : activities) {
            String text = a.taskCode() + " · " + a.requirement().lines().findFirst().orElse(a.taskTitle());
            list.add(new ListItem(new Anchor(PlanModule.taskPath(planSlug, a.taskCode()) + "#hoat-dong-" + a.ordinal(),
                    text)));
        }
        div.add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.units.title");
    }
}
