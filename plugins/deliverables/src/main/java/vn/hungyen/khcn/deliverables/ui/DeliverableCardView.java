package vn.hungyen.khcn.deliverables.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.DeliverableCard;

/** Thẻ kết quả: title (a link to its page), kind, topics, year and task of one deliverable. Text only, no HTML. */
class DeliverableCardView extends Div {

    DeliverableCardView(DeliverableCard card, boolean english) {
        addClassName("deliverable-card");
        getElement().setAttribute("data-slug", card.slug());
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-block", "var(--lumo-space-xs)");
        Anchor title = new Anchor(card.path(), card.title());
        title.addClassName("title");
        title.getStyle().set("font-weight", "600").set("display", "block");
        add(title);
        List<String> facts = new ArrayList<>();
        facts.add(card.kind().name(english));
        card.topics().stream().map(t -> t.code() + " " + t.name(english)).forEach(facts::add);
        if (card.year() != null) {
            facts.add(getTranslation("deliverables.card.year", String.valueOf(card.year())));
        }
        if (!card.taskCodes().isEmpty()) {
            facts.add(getTranslation("deliverables.card.tasks", String.join(", ", card.taskCodes())));
        }
        Span meta = new Span(String.join(" · ", facts));
        meta.addClassName("meta");
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(meta);
        getElement().setAttribute("data-kind", card.kind().code());
    }
}
