package vn.hungyen.khcn.portal.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.hungyen.khcn.content.service.ContentRegistry;
import vn.hungyen.khcn.content.spi.ContentRef;
import vn.hungyen.khcn.index.search.IndexRebuildingException;
import vn.hungyen.khcn.index.search.SearchHit;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchResult;
import vn.hungyen.khcn.index.search.SearchService;
import vn.hungyen.khcn.index.search.SearchSort;

/**
 * Tìm kiếm: results over every content type with facet filters and their counts. Everything the reader chose lives
 * in the URL ({@link SearchLocation}), so a search can be shared and the back button works.
 */
@AnonymousAllowed
@Route(SearchLocation.ROUTE)
@Menu(order = 90, icon = "vaadin:search", title = "core.menu.search")
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAM_QUERY = SearchLocation.PARAM_QUERY;
    public static final String PARAM_TYPE = SearchLocation.PARAM_TYPE;
    static final int MAX_QUERY_LENGTH = SearchRequest.MAX_QUERY_LENGTH;
    static final int PAGE_SIZE = 20;

    private final SearchService searchService;
    private final ContentRegistry registry;
    private final TextField query = new TextField();
    private final Select<SearchSort> sort = new Select<>();
    private final Div facets = new Div();
    private final Div results = new Div();
    private final Paragraph summary = new Paragraph();
    private final HorizontalLayout pager = new HorizontalLayout();
    private SearchLocation location = SearchLocation.of(QueryParameters.empty());

    public SearchView(SearchService searchService, ContentRegistry registry) {
        this.searchService = searchService;
        this.registry = registry;
        setId("search");
        query.setId("search-query");
        query.setWidthFull();
        query.setMaxLength(MAX_QUERY_LENGTH);
        query.setPlaceholder(getTranslation("core.search.placeholder"));
        query.setHelperText(getTranslation("core.search.syntax"));
        query.addKeyPressListener(Key.ENTER, e -> go(location.withQuery(query.getValue())));
        sort.setId("search-sort");
        sort.setLabel(getTranslation("core.search.sort"));
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("core.search.sort." + s.code()));
        sort.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(location.withSort(e.getValue()));
            }
        });
        HorizontalLayout bar = new HorizontalLayout(query, sort);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.expand(query);
        facets.setId("search-facets");
        // The facets in a panel that folds: beside the results on a wide screen, above them and folded on a phone
        // (portal.css stacks the two; the script folds the panel once, when the page opens on a narrow screen).
        Details filters = new Details(getTranslation("core.search.filters"), facets);
        filters.setId("search-filters");
        filters.addClassName("search-filters");
        filters.setOpened(true);
        filters.getElement().executeJs("if (window.matchMedia('(max-width: 640px)').matches) { this.opened = false; }");
        results.setId("search-results");
        results.setWidthFull();
        pager.setId("search-pager");
        VerticalLayout main = new VerticalLayout(summary, results, pager);
        main.setPadding(false);
        HorizontalLayout body = new HorizontalLayout(filters, main);
        body.addClassName("stack-on-phone");
        body.setWidthFull();
        body.expand(main);
        add(new H1(getTranslation("core.search.title")), bar, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        location = SearchLocation.of(event.getLocation().getQueryParameters());
        query.setValue(location.query());
        sort.setValue(location.sort());
        try {
            show(searchService.search(location.request(PAGE_SIZE)));
        } catch (IndexRebuildingException e) {
            showRebuilding();
        }
    }

    /** The index is being rebuilt from the database: say so, rather than show partial results or an error. */
    private void showRebuilding() {
        summary.setText("");
        facets.removeAll();
        results.removeAll();
        Paragraph rebuilding = new Paragraph(getTranslation("core.search.rebuilding"));
        rebuilding.setId("search-rebuilding");
        results.add(rebuilding);
    }

    private void show(SearchResult result) {
        summary.setText(getTranslation("core.search.total", result.total()));
        summary.setId("search-total");
        new SearchFacetsPanel(facets, location, registry, key -> getTranslation(key)).show(result.facets());
        results.removeAll();
        if (result.hits().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("core.search.none"));
            none.setId("search-none");
            results.add(none);
        }
        // Also above hits: a word no item holds (a typo) may have found only a part of what was meant.
        if (result.suggestion() != null) {
            Anchor variant = new Anchor(location.withQuery(result.suggestion()).url(), result.suggestion());
            variant.setId("search-suggestion");
            results.add(new Paragraph(new Span(getTranslation("core.search.suggestion") + " "), variant));
        }
        result.hits().forEach(hit -> results.add(hitCard(hit)));
        showPager(result.total());
    }

    private Div hitCard(SearchHit hit) {
        Span badge = new Span(SearchFacetsPanel.typeLabel(registry, key -> getTranslation(key), hit.type()));
        badge.getElement().getThemeList().add("badge");
        badge.addClassName("type-badge");
        badge.getElement().setAttribute("data-type", hit.type());
        String page = registry.pathFor(new ContentRef(hit.id(), hit.type(), hit.slug())).orElse("");
        // A hit cut from a section of the text (a law's Điều) opens the page there.
        String path = hit.section() == null || page.isEmpty() ? page : page + "#" + hit.section().anchor();
        // Safe: the search service escapes the document text; its only markup is <mark> around matches.
        Anchor title = new Anchor(path, new Html("<span>" + hit.titleHtml() + "</span>"));
        if (hit.label() != null) {
            // The task's code before its title, as the plan numbers it ("4.2. Triển khai hiệu quả…"); plain text.
            Span code = new Span(hit.label() + ". ");
            code.addClassName("hit-code");
            title.getElement().insertChild(0, code.getElement());
        }
        title.addClassName("hit-title");
        Div snippet = new Div(new Html("<span>" + hit.snippetHtml() + "</span>"));
        snippet.addClassName("snippet");
        if (hit.section() != null && !page.isEmpty()) {
            // Plain text from the module ("Điều 12"), set as text so Vaadin escapes it.
            Anchor section = new Anchor(path, getTranslation("core.search.section", hit.section().label()));
            section.addClassName("hit-section");
            snippet.getElement().insertChild(0, section.getElement(), new Span(" ").getElement());
        }
        Div card = new Div(badge, new Span(" "), title);
        if (hit.subtitle() != null) {
            // Plain text: set as text, so Vaadin escapes it.
            Div subtitle = new Div(hit.subtitle());
            subtitle.addClassName("hit-subtitle");
            subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            card.add(subtitle);
        }
        card.add(snippet);
        card.addClassName("search-hit");
        card.getStyle().set("padding-block", "var(--lumo-space-s)");
        return card;
    }

    private void showPager(long total) {
        pager.removeAll();
        long pages = Math.min((total + PAGE_SIZE - 1) / PAGE_SIZE, SearchRequest.MAX_PAGE + 1);
        if (pages <= 1) {
            return;
        }
        int page = location.page();
        if (page > 0) {
            pager.add(link("search-previous", getTranslation("core.search.previous"), location.withPage(page - 1)));
        }
        Span position = new Span(getTranslation("core.search.page", page + 1, pages));
        position.setId("search-page");
        pager.add(position);
        if (page + 1 < pages) {
            pager.add(link("search-next", getTranslation("core.search.next"), location.withPage(page + 1)));
        }
    }

    private static Anchor link(String id, String text, SearchLocation target) {
        Anchor anchor = new Anchor(target.url(), text);
        anchor.setId(id);
        return anchor;
    }

    private void go(SearchLocation target) {
        UI.getCurrent().navigate(SearchLocation.ROUTE, target.queryParameters());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("core.search.title") + " — " + getTranslation("core.portal.name");
    }
}
