package vn.hungyen.khcn.legal.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import vn.hungyen.khcn.legal.LegalModule;
import vn.hungyen.khcn.legal.domain.Effect;
import vn.hungyen.khcn.legal.service.LegalCatalog;
import vn.hungyen.khcn.legal.service.LegalViews.DocumentSummary;
import vn.hungyen.khcn.legal.service.LegalViews.DocumentView;
import vn.hungyen.khcn.legal.service.LegalViews.RelationView;
import vn.hungyen.khcn.legal.service.LegalViews.TaskCitation;

/**
 * Một văn bản: its metadata, the relation diagram, the tasks and documents citing it, and its full text with
 * the citations in it as links. Stable URL: {@code van-ban/60-2021-nd-cp}.
 */
@AnonymousAllowed
@Route(LegalModule.ROUTE_ROOT + "/:slug")
public class LegalDocumentPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LegalCatalog catalog;
    private String title = "";

    public LegalDocumentPage(LegalCatalog catalog) {
        this.catalog = catalog;
        setId("legal-document");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        DocumentView view = catalog.document(slug).orElseThrow(NotFoundException::new);
        DocumentSummary d = view.summary();
        title = view.displayName();
        removeAll();
        add(new Anchor(LegalModule.ROUTE_ROOT, getTranslation("legal.document.back")));
        H1 heading = new H1(title);
        heading.setId("legal-title");
        add(heading);
        if (d.subject() != null) {
            Paragraph subject = new Paragraph(d.subject());
            subject.setId("legal-subject");
            add(subject);
        }
        add(metadata(d));
        if (view.contentPath() != null) {
            add(new Anchor(view.contentPath(), getTranslation("legal.document.plan-page")));
        }
        if (view.originalName() != null) {
            Anchor original = new Anchor("/api/legal-documents/" + d.slug() + "/original",
                    getTranslation("legal.document.original", view.originalName()));
            original.setRouterIgnore(true);
            original.setId("legal-original");
            add(original);
        }
        add(new H2(getTranslation("legal.document.diagram")));
        List<RelationView> drawn = diagramRelations(d.relations());
        if (!drawn.isEmpty()) {
            add(new RelationDiagram(d.title(), drawn));
        } else {
            // Never "no relation known" above a list that shows one: say the list has only references.
            add(new Paragraph(getTranslation(d.relations().isEmpty() ? "legal.document.diagram.none"
                    : "legal.document.diagram.refers-only")));
        }
        add(tasks(view.citedByTasks()));
        add(relations(d.relations()));
        add(new H2(getTranslation("legal.document.full-text")));
        if (view.fullText() != null) {
            add(new FullText(view.fullText(), d.date(), catalog.knownSlugs()));
        } else if (view.contentPath() != null) {
            // The plan itself: its text is the plan's page, not a missing full text.
            Paragraph inPortal = new Paragraph(getTranslation("legal.document.full-text.in-portal") + " ");
            inPortal.setId("legal-full-text-in-portal");
            inPortal.add(new Anchor(view.contentPath(), getTranslation("legal.document.plan-page")));
            add(inPortal);
        } else {
            add(new Paragraph(getTranslation("legal.document.full-text.none")));
        }
    }

    private static List<RelationView> diagramRelations(List<RelationView> relations) {
        return relations.stream().filter(r -> r.relation() != vn.hungyen.khcn.legal.domain.Relation.REFERS).toList();
    }

    private Component metadata(DocumentSummary d) {
        Div meta = new Div();
        meta.setId("legal-metadata");
        field(meta, "legal.document.number", d.number());
        field(meta, "legal.document.type", getTranslation(d.type().labelKey()));
        if (d.citedType() != null) {
            field(meta, "legal.document.cited-as", getTranslation(d.citedType().labelKey()));
        }
        field(meta, "legal.document.date", d.date() == null ? null : Texts.date(d.date()));
        field(meta, "legal.document.issuer", d.issuer());
        field(meta, "legal.document.signer", d.signer());
        field(meta, "legal.document.effective", d.effectiveDate() == null ? null : Texts.date(d.effectiveDate()));
        field(meta, "legal.document.status", status(d.effect()));
        if (!d.effect().amendedBy().isEmpty()) {
            field(meta, "legal.document.amended-by", String.join(", ",
                    d.effect().amendedBy().stream().map(Effect.Change::title).toList()));
        }
        return meta;
    }

    /** "Hết hiệu lực toàn bộ theo 123/2026/NĐ-CP, từ ngày 01/07/2026". */
    private String status(Effect e) {
        String status = getTranslation(e.status().labelKey());
        if (e.cause() != null) {
            return e.since() == null ? getTranslation("legal.status.caused", status, e.cause().title())
                    : getTranslation("legal.status.caused-since", status, e.cause().title(), Texts.date(e.since()));
        }
        return status;
    }

    private void field(Div meta, String key, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(key) + ": ");
        label.getStyle().set("font-weight", "600");
        Div row = new Div(label, new Span(value));
        row.addClassName("legal-field");
        meta.add(row);
    }

    private Component tasks(List<TaskCitation> tasks) {
        Div div = new Div(new H2(getTranslation("legal.document.cited-by-tasks", tasks.size())));
        div.setId("legal-cited-by-tasks");
        if (tasks.isEmpty()) {
            div.add(new Paragraph(getTranslation("legal.document.cited-by-tasks.none")));
            return div;
        }
        UnorderedList list = new UnorderedList();
        for (TaskCitation t : tasks) {
            Component name = t.path() == null ? new Span(t.code() + " " + t.title())
                    : new Anchor(t.path(), t.code() + " " + t.title());
            ListItem item = new ListItem(name);
            if (t.kind() != null) {
                item.add(new Span(" (" + getTranslation("link.kind." + t.kind()) + ")"));
            }
            list.add(item);
        }
        div.add(list);
        return div;
    }

    private Component relations(List<RelationView> relations) {
        Div div = new Div(new H2(getTranslation("legal.document.relations")));
        div.setId("legal-relations");
        UnorderedList list = new UnorderedList();
        for (RelationView r : relations) {
            ListItem item = new ListItem(new Span(getTranslation(r.outgoing() ? r.relation().labelKey()
                    : r.relation().inverseKey()) + ": "), new Anchor(LegalModule.documentPath(r.slug()), r.title()));
            item.getElement().setAttribute("data-relation", r.relation().apiName() + (r.outgoing() ? "" : "-by"));
            list.add(item);
        }
        div.add(list);
        return div;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
