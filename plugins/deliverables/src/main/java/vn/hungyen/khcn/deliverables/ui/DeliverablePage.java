package vn.hungyen.khcn.deliverables.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.deliverables.DeliverablesModule;
import vn.hungyen.khcn.deliverables.service.DeliverableCatalog;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.DeliverableCard;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.DeliverableDetail;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.ItemLink;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.TaskLink;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.TopicView;

/**
 * Một kết quả: its handover metadata, topics with the rule that chose each, the task(s) it comes from with
 * each task's legal basis, the publication ↔ procedure links and related results.
 */
@AnonymousAllowed
@Route(DeliverablesModule.ROUTE_ROOT + "/:slug")
public class DeliverablePage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DeliverableCatalog catalog;
    private String title = "";

    public DeliverablePage(DeliverableCatalog catalog) {
        this.catalog = catalog;
        setId("deliverable");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        DeliverableDetail d = catalog.deliverable(slug).orElseThrow(NotFoundException::new);
        DeliverableCard card = d.card();
        boolean english = getLocale().getLanguage().equals("en");
        title = card.title();
        removeAll();
        add(new Anchor(DeliverablesModule.ROUTE_ROOT, getTranslation("deliverables.page.back")));
        H1 heading = new H1(card.title());
        heading.setId("deliverable-title");
        add(heading);
        if (!card.aliases().isEmpty()) {
            add(field("aliases", "deliverables.page.aliases", String.join("; ", card.aliases())));
        }
        add(field("kind", "deliverables.page.kind", card.kind().name(english)));
        add(field("status", "deliverables.page.status",
                card.status() == null ? null : getTranslation("deliverables.status." + card.status())));
        add(field("year", "deliverables.page.year", card.year() == null ? null : String.valueOf(card.year())));
        add(field("responsible", "deliverables.page.responsible", d.responsibleUnit()));
        add(field("receiving", "deliverables.page.receiving", d.receivingOrganisation()));
        add(field("locality", "deliverables.page.locality", card.locality() == null ? null : card.locality() + " ("
                + getTranslation("deliverables.locality." + card.localityLevel()) + ")"));
        if (d.sourceSentence() != null) {
            add(field("source", "deliverables.page.source", d.sourceSentence()));
        }
        add(topics(card.topics(), d.topicsByEditor(), english));
        if (!card.tags().isEmpty()) {
            add(field("tags", "deliverables.page.tags", String.join(", ", card.tags())));
        }
        add(tasks(d.tasks()));
        add(links("publishes", "deliverables.page.publishes", d.publishes()));
        add(links("published-as", "deliverables.page.published-as", d.publishedAs()));
        add(related(d.related(), english));
    }

    private Div field(String id, String labelKey, @Nullable String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        Span text = new Span(value == null ? getTranslation("deliverables.page.unknown") : value);
        text.addClassName("value");
        Div div = new Div(label, text);
        div.setId("field-" + id);
        return div;
    }

    private Div topics(List<TopicView> topics, boolean byEditor, boolean english) {
        Div div = new Div(new H2(getTranslation("deliverables.page.topics")));
        div.setId("deliverable-topics");
        UnorderedList list = new UnorderedList();
        for (TopicView t : topics) {
            ListItem item = new ListItem(new Anchor(Browse.href(Browse.TOPIC, t.code()), t.code() + " " + t.name(english)));
            item.addClassName("topic");
            if (t.rule() != null && !byEditor) {
                // Readers see that the rules chose the topic, not the rule's pattern and data file (editors see those).
                Span rule = new Span(" — " + getTranslation("deliverables.page.topics.automatic"));
                rule.addClassName("rule");
                item.add(rule);
            }
            list.add(item);
        }
        div.add(list);
        if (byEditor) {
            div.add(new Paragraph(getTranslation("deliverables.page.topics.editor")));
        }
        return div;
    }

    private Div tasks(List<TaskLink> tasks) {
        Div div = new Div(new H2(getTranslation("deliverables.page.tasks")));
        div.setId("deliverable-tasks");
        for (TaskLink t : tasks) {
            Div task = new Div();
            task.addClassName("task");
            task.getElement().setAttribute("data-task", t.code());
            Component name = t.path() == null ? new Span(t.code() + " " + t.title())
                    : new Anchor(t.path(), t.code() + " " + t.title());
            task.add(new H3(name));
            if (t.relation() != null) {
                task.add(new Paragraph(getTranslation("deliverables.page.task.relation." + t.relation())));
            }
            if (t.evidence() != null) {
                Paragraph evidence = new Paragraph("“" + t.evidence() + "”");
                evidence.getStyle().set("font-style", "italic");
                task.add(evidence);
            }
            Div basis = new Div();
            basis.addClassName("task-basis");
            if (t.legalBasis().isEmpty()) {
                basis.add(new Paragraph(getTranslation("deliverables.page.basis.none", t.code())));
            } else {
                basis.add(new Paragraph(getTranslation("deliverables.page.basis", t.code())));
                UnorderedList list = new UnorderedList();
                t.legalBasis().forEach(b -> list.add(new ListItem(link(b))));
                basis.add(list);
            }
            task.add(basis);
            div.add(task);
        }
        return div;
    }

    private Div links(String id, String headingKey, List<ItemLink> links) {
        Div div = new Div();
        div.setId(id);
        if (!links.isEmpty()) {
            div.add(new H2(getTranslation(headingKey)));
            UnorderedList list = new UnorderedList();
            links.forEach(l -> list.add(new ListItem(link(l))));
            div.add(list);
        }
        return div;
    }

    private Div related(List<DeliverableCard> related, boolean english) {
        Div div = new Div(new H2(getTranslation("deliverables.page.related")));
        div.setId("related");
        if (related.isEmpty()) {
            div.add(new Paragraph(getTranslation("deliverables.page.related.none")));
        }
        related.forEach(c -> div.add(new DeliverableCardView(c, english)));
        return div;
    }

    private static Component link(ItemLink l) {
        return l.path() == null ? new Span(l.title()) : new Anchor(l.path(), l.title());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
