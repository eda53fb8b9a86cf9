package vn.hungyen.khcn.legal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.hungyen.khcn.legal.LegalModule;
import vn.hungyen.khcn.legal.domain.Relation;
import vn.hungyen.khcn.legal.service.LegalViews.RelationView;

/**
 * Lược đồ văn bản: the document in the middle, what it rests on and what it amends or replaces on the left,
 * what amends, replaces or rests on it on the right — boxes and arrows drawn with plain components (text is
 * always set as text). References (dẫn chiếu) are listed on the page, not drawn.
 */
final class RelationDiagram extends Div {

    private static final List<Relation> DRAWN = List.of(Relation.BASIS, Relation.AMENDS, Relation.REPLACES,
            Relation.GUIDES);

    RelationDiagram(String centre, List<RelationView> relations) {
        setId("legal-diagram");
        getStyle().set("display", "grid").set("grid-template-columns", "1fr auto 1fr").set("gap", "var(--lumo-space-m)")
                .set("align-items", "center");
        Div left = column();
        Div right = column();
        for (Relation r : DRAWN) {
            group(left, r, true, relations.stream().filter(v -> v.outgoing() && v.relation() == r).toList());
            group(right, r, false, relations.stream().filter(v -> !v.outgoing() && v.relation() == r).toList());
        }
        Span box = new Span(centre);
        box.addClassName("legal-diagram-centre");
        box.getStyle().set("border", "2px solid var(--lumo-primary-color)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("font-weight", "600");
        add(left, box, right);
    }

    private static Div column() {
        Div column = new Div();
        column.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        return column;
    }

    private void group(Div column, Relation relation, boolean outgoing, List<RelationView> views) {
        if (views.isEmpty()) {
            return;
        }
        Div group = new Div();
        group.addClassName("legal-diagram-group");
        group.getElement().setAttribute("data-relation", relation.apiName() + (outgoing ? "" : "-by"));
        Span label = new Span(getTranslation(outgoing ? relation.labelKey() : relation.inverseKey()));
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        group.add(label);
        for (RelationView v : views) {
            group.add(node(v, outgoing));
        }
        column.add(group);
    }

    private static Component node(RelationView v, boolean outgoing) {
        Anchor target = new Anchor(LegalModule.documentPath(v.slug()), v.title());
        Span arrow = new Span(outgoing ? " ← " : " → ");
        Div node = new Div(outgoing ? target : arrow, outgoing ? arrow : target);
        node.getStyle().set("border", "1px solid var(--lumo-contrast-30pct)").set("border-radius", "var(--lumo-border-radius-s)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
        return node;
    }
}
