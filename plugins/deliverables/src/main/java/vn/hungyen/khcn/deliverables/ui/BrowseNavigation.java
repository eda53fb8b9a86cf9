package vn.hungyen.khcn.deliverables.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.KindCount;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.LocalityCount;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.TopicNode;

/** The three ways in: the topic tree (fields, then sectors that have results), the kinds and the localities, with counts. */
class BrowseNavigation extends Div {

    BrowseNavigation(List<TopicNode> tree, List<KindCount> kinds, List<LocalityCount> localities, boolean english) {
        setId("browse-navigation");
        Div topics = section("browse-topics", "deliverables.browse.by-topic");
        UnorderedList fields = new UnorderedList();
        for (TopicNode field : tree) {
            ListItem item = entry("topic-" + field.code(), Browse.href(Browse.TOPIC, field.code()),
                    field.code() + " " + field.name(english), field.count());
            UnorderedList sectors = new UnorderedList();
            field.children().stream().filter(s -> s.count() > 0).forEach(s -> sectors.add(entry("topic-" + s.code(),
                    Browse.href(Browse.TOPIC, s.code()), s.code() + " " + s.name(english), s.count())));
            if (sectors.getChildren().findAny().isPresent()) {
                item.add(sectors);
            }
            fields.add(item);
        }
        topics.add(fields);

        Div byKind = section("browse-kinds", "deliverables.browse.by-kind");
        UnorderedList kindList = new UnorderedList();
        kinds.forEach(k -> kindList.add(entry("kind-" + k.kind().code(), Browse.href(Browse.KIND, k.kind().code()),
                k.kind().name(english), k.count())));
        byKind.add(kindList);

        Div byLocality = section("browse-localities", "deliverables.browse.by-locality");
        UnorderedList placeList = new UnorderedList();
        localities.forEach(l -> placeList.add(entry(null, Browse.href(Browse.LOCALITY, l.name()),
                l.level() == null ? l.name() : l.name() + " (" + getTranslation("deliverables.locality." + l.level()) + ")",
                l.count())));
        byLocality.add(placeList);
        add(topics, byKind, byLocality);
    }

    private Div section(String id, String headingKey) {
        Div div = new Div(new H2(getTranslation(headingKey)));
        div.setId(id);
        return div;
    }

    private static ListItem entry(String id, String href, String label, long count) {
        Anchor link = new Anchor(href, label);
        Span number = new Span(" (" + count + ")");
        number.addClassName("count");
        ListItem item = new ListItem(link, number);
        item.addClassName("browse-entry");
        if (id != null) {
            item.setId(id);
        }
        item.getElement().setAttribute("data-count", String.valueOf(count));
        return item;
    }
}
