package vn.hungyen.khcn.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.portal.support.KaribuTest;
import vn.hungyen.khcn.portal.support.NotVietnamese;
import vn.hungyen.khcn.portal.support.PortalPages;

/**
 * Every kind of public and editor page, opened in Vietnamese, shows no English or internal word: not in its text,
 * not in a field's label, hint text or tooltip. Editors' pages are opened by an administrator, who sees them all.
 */
class VietnameseUiTest extends KaribuTest {

    /** The properties (and attributes) through which a field shows words: Vaadin's names for them. */
    private static final List<String> FIELD_TEXTS = List.of("label", "placeholder", "title", "helperText",
            "errorMessage");

    @Test
    void no_public_page_shows_english_or_internal_words() {
        assertThat(wordsOn(PortalPages.PUBLIC)).isEmpty();
    }

    @Test
    void no_editor_page_shows_english_or_internal_words() {
        signIn("quantri", Roles.ADMIN, Roles.EDITOR);
        assertThat(wordsOn(PortalPages.EDITORS)).isEmpty();
    }

    @Test
    void an_unknown_address_shows_the_vietnamese_not_found_page_in_the_layout() {
        UI.getCurrent().navigate("ket-qua/khong-ton-tai");
        assertThat(_get(H1.class, spec -> spec.withId("not-found-title")).getText()).isEqualTo("Không tìm thấy trang");
        _get(MainLayout.class);
    }

    private static List<String> wordsOn(List<String> pages) {
        List<String> found = new ArrayList<>();
        for (String page : pages) {
            int query = page.indexOf('?');
            if (query < 0) {
                UI.getCurrent().navigate(page);
            } else {
                UI.getCurrent().navigate(page.substring(0, query), QueryParameters.fromString(page.substring(query + 1)));
            }
            NotVietnamese.findIn(text()).forEach(w -> found.add(page + ": " + w));
        }
        return found;
    }

    /**
     * What a reader sees of a page: the text of every component, and the labels, hint texts, tooltips, helper
     * texts and error messages of its fields, and the cells of its grids.
     */
    private static String text() {
        StringBuilder text = new StringBuilder();
        for (Component component : _find(Component.class)) {
            if (component instanceof HasText hasText && !hasText.getText().isBlank()) {
                text.append(hasText.getText()).append('\n');
            }
            Element element = component.getElement();
            for (String property : FIELD_TEXTS) {
                if (element.getPropertyRaw(property) instanceof String s && !s.isBlank()) {
                    text.append(s).append('\n');
                }
                String attribute = element.getAttribute(property);
                if (attribute != null && !attribute.isBlank()) {
                    text.append(attribute).append('\n');
                }
            }
            if (component instanceof Grid<?> grid) {
                grid.getColumns().forEach(c -> text.append(c.getHeaderText()).append('\n'));
                for (int row = 0; row < GridKt._size(grid); row++) {
                    GridKt._getFormattedRow(grid, row).forEach(cell -> text.append(cell).append('\n'));
                }
            }
        }
        return text.toString();
    }
}
