package vn.hungyen.khcn.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.Map;
import vn.hungyen.khcn.content.service.ContentStatistics;
import vn.hungyen.khcn.content.spi.ContentTypeDescriptor;

/** Trang chủ: what the portal holds — published items per content type, each a link to search them. */
@AnonymousAllowed
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "core.menu.home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(ContentStatistics statistics) {
        setId("home");
        add(new H1(getTranslation("core.portal.name")), new Paragraph(getTranslation("core.home.intro")));
        add(new H2(getTranslation("core.home.holdings")));
        Map<ContentTypeDescriptor, Long> counts = statistics.publishedCounts();
        if (counts.isEmpty()) {
            add(new Paragraph(getTranslation("core.home.no-modules")));
            return;
        }
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        counts.forEach((type, count) -> cards.add(card(type, count)));
        add(cards);
    }

    private Div card(ContentTypeDescriptor type, long count) {
        Span number = new Span(String.valueOf(count));
        number.addClassName("count");
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600").set("display", "block");
        String searchUrl = RouteConfiguration.forSessionScope().getUrl(SearchView.class) + "?"
                + QueryParameters.simple(Map.of(SearchView.PARAM_TYPE, type.code())).getQueryString();
        Anchor label = new Anchor(searchUrl, getTranslation(type.labelKey()));
        Div card = new Div(number, label);
        card.addClassName("content-type-card");
        card.getElement().setAttribute("data-type", type.code());
        card.getStyle().set("padding", "var(--lumo-space-m)").set("min-width", "12rem")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("core.portal.name");
    }
}
