package vn.hungyen.khcn.deliverables.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.deliverables.DeliverablesModule;
import vn.hungyen.khcn.deliverables.service.DeliverableCatalog;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.DeliverableCard;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.TaskCoverage;

/**
 * Kết quả nghiên cứu: what the research produced, by topic, kind or locality ({@code /ket-qua?linh-vuc=405},
 * {@code ?loai=trademark}, {@code ?dia-ban=Phù Cừ}), with what the plan states but does not yet name.
 */
@AnonymousAllowed
@Route(DeliverablesModule.ROUTE_ROOT)
@Menu(order = 30, icon = "vaadin:academy-cap", title = "deliverables.menu.browse")
public class DeliverablesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DeliverableCatalog catalog;

    public DeliverablesView(DeliverableCatalog catalog) {
        this.catalog = catalog;
        setId("deliverables");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        String topic = first(params, Browse.TOPIC);
        String kind = first(params, Browse.KIND);
        String locality = first(params, Browse.LOCALITY);
        boolean english = getLocale().getLanguage().equals("en");
        removeAll();
        add(new H1(getPageTitle()));
        catalog.coverage().forEach(c -> add(coverage(c, english)));
        add(new BrowseNavigation(catalog.topicTree(), catalog.kinds(), catalog.localities(), english));

        String showing = topic != null ? catalog.topic(topic).map(t -> t.code() + " " + t.name(english)).orElse(topic)
                : kind != null ? catalog.kind(kind).map(k -> k.name(english)).orElse(kind)
                : locality != null ? locality : getTranslation("deliverables.browse.all");
        List<DeliverableCard> cards = catalog.find(topic, kind, locality);
        H2 heading = new H2(getTranslation("deliverables.browse.showing", showing));
        heading.setId("browse-heading");
        Paragraph count = new Paragraph(getTranslation("deliverables.browse.count", cards.size()));
        count.setId("browse-count");
        add(heading, count);
        if (topic != null || kind != null || locality != null) {
            add(new Anchor(DeliverablesModule.ROUTE_ROOT, getTranslation("deliverables.browse.clear")));
        }
        Div list = new Div();
        list.setId("deliverable-cards");
        list.setWidthFull();
        if (cards.isEmpty()) {
            list.add(new Paragraph(getTranslation("deliverables.browse.none")));
        }
        cards.forEach(c -> list.add(new DeliverableCardView(c, english)));
        add(list);
    }

    private Paragraph coverage(TaskCoverage c, boolean english) {
        int stated = c.stated() == null ? c.named() : c.stated();
        String groups = String.join("; ", c.groups().stream().map(g -> getTranslation("deliverables.coverage.group",
                g.kind().name(english), g.stated(), g.named())).toList());
        Paragraph p = new Paragraph(getTranslation("deliverables.coverage", c.code(), stated, c.named(),
                Math.max(0, stated - c.named())) + (groups.isEmpty() ? "" : " (" + groups + ")"));
        p.addClassName("coverage");
        p.getElement().setAttribute("data-task", c.code());
        return p;
    }

    private static @Nullable String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deliverables.browse.title");
    }
}
