package vn.hungyen.khcn.portal.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hungyen.khcn.content.service.ContentRegistry;
import vn.hungyen.khcn.content.spi.ContentRef;
import vn.hungyen.khcn.index.search.SearchHit;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchResult;
import vn.hungyen.khcn.index.search.SearchService;

/**
 * Tìm kiếm: results over every content type. The query, the type filter and the page live in the URL
 * ({@code /tim-kiem?q=…&loai=…&trang=…}), so a search can be shared and the back button works.
 */
@Route("tim-kiem")
@Menu(order = 90, icon = "vaadin:search", title = "core.menu.search")
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAM_QUERY = "q";
    public static final String PARAM_TYPE = "loai";
    public static final String PARAM_PAGE = "trang";
    static final int MAX_QUERY_LENGTH = SearchRequest.MAX_QUERY_LENGTH;
    private static final int PAGE_SIZE = 20;

    private final SearchService searchService;
    private final ContentRegistry registry;
    private final TextField query = new TextField();
    private final Div facets = new Div();
    private final Div results = new Div();
    private final Paragraph summary = new Paragraph();
    private final HorizontalLayout pager = new HorizontalLayout();

    public SearchView(SearchService searchService, ContentRegistry registry) {
        this.searchService = searchService;
        this.registry = registry;
        setId("search");
        query.setId("search-query");
        query.setWidthFull();
        query.setMaxLength(MAX_QUERY_LENGTH);
        query.setPlaceholder(getTranslation("core.search.placeholder"));
        query.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> go(query.getValue(), null, 0));
        facets.setId("search-facets");
        results.setId("search-results");
        results.setWidthFull();
        add(new H1(getTranslation("core.search.title")), query, summary, facets, results, pager);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        String text = first(params, PARAM_QUERY, "");
        String type = first(params, PARAM_TYPE, null);
        int page = parsePage(first(params, PARAM_PAGE, "1"));
        query.setValue(text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text);
        show(SearchRequest.forReaders(text, type, page, PAGE_SIZE), type);
    }

    private void show(SearchRequest request, String type) {
        SearchResult result = searchService.search(request);
        summary.setText(getTranslation("core.search.total", result.total()));
        facets.removeAll();
        if (type != null) {
            facets.add(link(getTranslation("core.search.all-types"), request.text(), null, 0));
        }
        result.typeCounts().forEach((code, count) -> facets.add(link(label(code) + " (" + count + ")", request.text(),
                code, 0)));
        results.removeAll();
        if (result.hits().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("core.search.none"));
            none.setId("search-none");
            results.add(none);
        }
        result.hits().forEach(hit -> results.add(hitCard(hit)));
        pager.removeAll();
        long pages = (result.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        if (request.page() > 0) {
            pager.add(link(getTranslation("core.search.previous"), request.text(), type, request.page() - 1));
        }
        if (request.page() + 1 < pages) {
            pager.add(link(getTranslation("core.search.next"), request.text(), type, request.page() + 1));
        }
    }

    private Div hitCard(SearchHit hit) {
        Span badge = new Span(label(hit.type()));
        badge.getElement().getThemeList().add("badge");
        badge.addClassName("type-badge");
        String path = registry.pathFor(new ContentRef(hit.id(), hit.type(), hit.slug())).orElse("");
        // Safe: the search service escapes the document text; its only markup is <mark> around matches.
        Anchor title = new Anchor(path, new Html("<span>" + hit.titleHtml() + "</span>"));
        Div snippet = new Div(new Html("<span>" + hit.snippetHtml() + "</span>"));
        snippet.addClassName("snippet");
        Div card = new Div(badge, new Span(" "), title, snippet);
        card.addClassName("search-hit");
        card.getStyle().set("padding-block", "var(--lumo-space-s)");
        return card;
    }

    private String label(String code) {
        return registry.contentType(code).map(t -> getTranslation(t.labelKey())).orElse(code);
    }

    private Anchor link(String text, String q, String type, int page) {
        return new Anchor(url(q, type, page), text);
    }

    static String url(String q, String type, int page) {
        return "tim-kiem?" + parameters(q, type, page).getQueryString();
    }

    private static QueryParameters parameters(String q, String type, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(PARAM_QUERY, q);
        if (type != null) {
            params.put(PARAM_TYPE, type);
        }
        if (page > 0) {
            params.put(PARAM_PAGE, String.valueOf(page + 1));
        }
        return QueryParameters.simple(params);
    }

    private void go(String q, String type, int page) {
        UI.getCurrent().navigate(SearchView.class, parameters(q, type, page));
    }

    private static String first(Map<String, List<String>> params, String name, String fallback) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? fallback : values.getFirst();
    }

    private static int parsePage(String value) {
        try {
            return Math.max(0, Integer.parseInt(value) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("core.search.title") + " — " + getTranslation("core.portal.name");
    }
}
