package vn.hungyen.khcn.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What the not-found and access-denied pages share: a heading, one sentence, and the ways on (home page and
 * search), inside the site's layout so that a reader who followed a broken link still has the menu.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    ErrorPage(String id, String titleKey) {
        this.titleKey = titleKey;
        setId(id);
        addClassName("error-page");
    }

    /** Fills the page: its heading and the sentence under {@code textKey}. */
    void show(String textKey) {
        removeAll();
        H1 heading = new H1(getTranslation(titleKey));
        heading.setId(getId().orElseThrow() + "-title");
        add(heading, new Paragraph(getTranslation(textKey)),
                new Anchor("", getTranslation("core.error.home")),
                new Anchor(SearchLocation.ROUTE, getTranslation("core.error.search")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
