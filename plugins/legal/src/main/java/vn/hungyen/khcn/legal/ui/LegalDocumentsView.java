package vn.hungyen.khcn.legal.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.hungyen.khcn.legal.LegalModule;
import vn.hungyen.khcn.legal.domain.DocumentType;
import vn.hungyen.khcn.legal.service.LegalCatalog;
import vn.hungyen.khcn.legal.service.LegalViews.DocumentSummary;

/** Văn bản pháp lý: the registry, filtered by type, issuer and year, sortable by every column. */
@AnonymousAllowed
@Route(LegalModule.ROUTE_ROOT)
@Menu(order = 20, icon = "vaadin:book", title = "legal.menu.documents")
public class LegalDocumentsView extends VerticalLayout implements HasDynamicTitle {

    /** Empty choice of a filter. */
    private static final String ALL = "";

    private final ListDataProvider<DocumentSummary> data;
    private final Select<String> type = new Select<>();
    private final Select<String> issuer = new Select<>();
    private final Select<String> year = new Select<>();

    public LegalDocumentsView(LegalCatalog catalog) {
        setId("legal-documents");
        List<DocumentSummary> documents = catalog.documents();
        add(new H1(getTranslation("legal.list.title")), new Paragraph(getTranslation("legal.list.intro", documents.size())));

        filter(type, "legal-filter-type", "legal.filter.type", documents.stream().map(d -> d.type().name()).distinct()
                .sorted().toList(), t -> getTranslation(DocumentType.valueOf(t).labelKey()));
        filter(issuer, "legal-filter-issuer", "legal.filter.issuer", documents.stream().map(DocumentSummary::issuer)
                .filter(Objects::nonNull).distinct().sorted().toList(), s -> s);
        filter(year, "legal-filter-year", "legal.filter.year", documents.stream().map(LegalDocumentsView::year)
                .flatMap(Optional::stream).distinct().sorted(Comparator.reverseOrder()).toList(), s -> s);
        add(new HorizontalLayout(type, issuer, year));

        data = new ListDataProvider<>(documents);
        Grid<DocumentSummary> grid = new Grid<>();
        grid.setId("legal-grid");
        // Trích yếu and issuers wrap onto more lines: never cut with "…".
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var number = grid.addComponentColumn(d -> new Anchor(LegalModule.documentPath(d.slug()), d.title()))
                .setHeader(getTranslation("legal.column.number")).setComparator(DocumentSummary::title)
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> getTranslation(d.type().labelKey())).setHeader(getTranslation("legal.column.type"))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        var date = grid.addColumn(d -> Texts.date(d.date())).setHeader(getTranslation("legal.column.date"))
                .setComparator(Comparator.comparing(DocumentSummary::date, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> Texts.orEmpty(d.issuer())).setHeader(getTranslation("legal.column.issuer")).setSortable(true);
        grid.addColumn(d -> Texts.orEmpty(d.subject())).setHeader(getTranslation("legal.column.subject"))
                .setSortable(true).setFlexGrow(3);
        grid.addColumn(d -> String.join(", ", d.citedByTasks())).setHeader(getTranslation("legal.column.cited-by"))
                .setComparator(d -> d.citedByTasks().size()).setSortable(true);
        grid.setItems(data);
        grid.sort(List.of(new GridSortOrder<>(date, com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        grid.setAllRowsVisible(true);
        number.setKey("number");
        add(grid);
        setSizeFull();
    }

    private void filter(Select<String> select, String id, String labelKey, List<String> values,
            java.util.function.Function<String, String> label) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(prepend(values));
        select.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("legal.filter.all") : label.apply(v));
        select.setValue(ALL);
        select.addValueChangeListener(e -> applyFilters());
    }

    private static List<String> prepend(List<String> values) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(ALL), values.stream()).toList();
    }

    private void applyFilters() {
        data.setFilter(d -> matches(type.getValue(), d.type().name())
                && matches(issuer.getValue(), d.issuer())
                && matches(year.getValue(), year(d).orElse(null)));
    }

    private static boolean matches(String chosen, String value) {
        return chosen == null || chosen.isEmpty() || chosen.equals(value);
    }

    private static Optional<String> year(DocumentSummary d) {
        return Optional.ofNullable(d.date()).map(date -> String.valueOf(date.getYear()));
    }

    /** The rows shown after filtering, in the grid's data order (for tests and exports). */
    List<DocumentSummary> shown() {
        return data.getItems().stream().filter(d -> data.getFilter() == null || data.getFilter().test(d)).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("legal.list.title");
    }
}
