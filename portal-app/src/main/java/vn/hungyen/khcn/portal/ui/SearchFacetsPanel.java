package vn.hungyen.khcn.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.hungyen.khcn.content.service.ContentRegistry;
import vn.hungyen.khcn.index.search.SearchResult;

/**
 * The facet column of the search page: per facet a heading and a link per value with its count; the chosen value
 * of a facet is shown with a link that removes it. Every link is a {@link SearchLocation} URL.
 */
final class SearchFacetsPanel {

    private final Div target;
    private final SearchLocation location;
    private final ContentRegistry registry;
    private final UnaryOperator<String> translate;

    SearchFacetsPanel(Div target, SearchLocation location, ContentRegistry registry, UnaryOperator<String> translate) {
        this.target = target;
        this.location = location;
        this.registry = registry;
        this.translate = translate;
    }

    void show(Map<String, Map<String, Long>> facets) {
        target.removeAll();
        facets.forEach((facet, counts) -> {
            boolean isType = SearchResult.TYPE_FACET.equals(facet);
            String chosen = isType ? location.type() : location.facets().get(facet);
            if (counts.isEmpty() && chosen == null) {
                return;
            }
            Div group = new Div(new H3(translate.apply("core.search.facet." + facet)));
            group.addClassName("search-facet");
            group.getElement().setAttribute("data-facet", facet);
            if (chosen != null) {
                SearchLocation without = isType ? location.withType(null) : location.withFacet(facet, null);
                Anchor remove = new Anchor(without.url(), "✕ " + label(isType, chosen));
                remove.addClassName("facet-remove");
                group.add(new Div(remove));
            }
            counts.forEach((value, count) -> {
                if (value.equals(chosen)) {
                    return;
                }
                SearchLocation with = isType ? location.withType(value) : location.withFacet(facet, value);
                Anchor link = new Anchor(with.url(), label(isType, value) + " (" + count + ")");
                link.addClassName("facet-value");
                link.getElement().setAttribute("data-value", value);
                group.add(new Div(link));
            });
            target.add(group);
        });
    }

    private String label(boolean isType, String value) {
        return isType ? typeLabel(registry, translate, value) : value;
    }

    static String typeLabel(ContentRegistry registry, UnaryOperator<String> translate, String code) {
        return registry.contentType(code).map(t -> translate.apply(t.labelKey())).orElse(code);
    }
}
