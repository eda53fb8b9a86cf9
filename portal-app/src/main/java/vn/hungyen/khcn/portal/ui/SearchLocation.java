package vn.hungyen.khcn.portal.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.SearchFacets;
import vn.hungyen.khcn.index.search.SearchQuery;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchSort;

/**
 * Where the search page is: query, type, facet filters, order and page, read from and written to the URL
 * ({@code tim-kiem?q=…&loai=…&nam=2022&sap-xep=moi-nhat&trang=2}) so that a search can be shared and the back button
 * works. Facet parameters are named by {@link SearchQuery#FACET_PREFIXES}, as in the query language.
 */
record SearchLocation(String query, @Nullable String type, Map<String, String> facets, SearchSort sort, int page) {

    static final String ROUTE = "tim-kiem";
    static final String PARAM_QUERY = "q";
    static final String PARAM_TYPE = "loai";
    static final String PARAM_PAGE = "trang";
    static final String PARAM_SORT = "sap-xep";

    SearchLocation {
        query = query.length() > SearchRequest.MAX_QUERY_LENGTH ? query.substring(0, SearchRequest.MAX_QUERY_LENGTH)
                : query;
        facets = Map.copyOf(facets);
        page = Math.clamp(page, 0, SearchRequest.MAX_PAGE);
    }

    static SearchLocation of(QueryParameters parameters) {
        Map<String, List<String>> params = parameters.getParameters();
        Map<String, String> facets = new LinkedHashMap<>();
        for (String facet : SearchFacets.ALL) {
            String value = first(params, SearchQuery.FACET_PREFIXES.get(facet));
            if (value != null && !value.isBlank()) {
                facets.put(facet, value);
            }
        }
        String q = first(params, PARAM_QUERY);
        String type = first(params, PARAM_TYPE);
        return new SearchLocation(q == null ? "" : q, type == null || type.isBlank() ? null : type, facets,
                SearchSort.fromCode(first(params, PARAM_SORT)), parsePage(first(params, PARAM_PAGE)));
    }

    SearchRequest request(int pageSize) {
        return new SearchRequest(query, type, facets, sort, page, pageSize, false);
    }

    SearchLocation withQuery(String newQuery) {
        return new SearchLocation(newQuery, type, facets, sort, 0);
    }

    SearchLocation withType(@Nullable String newType) {
        return new SearchLocation(query, newType, facets, sort, 0);
    }

    SearchLocation withFacet(String facet, @Nullable String value) {
        Map<String, String> changed = new LinkedHashMap<>(facets);
        if (value == null) {
            changed.remove(facet);
        } else {
            changed.put(facet, value);
        }
        return new SearchLocation(query, type, changed, sort, 0);
    }

    SearchLocation withSort(SearchSort newSort) {
        return new SearchLocation(query, type, facets, newSort, 0);
    }

    SearchLocation withPage(int newPage) {
        return new SearchLocation(query, type, facets, sort, newPage);
    }

    /** The URL of this location, relative to the portal root. */
    String url() {
        return ROUTE + "?" + queryParameters().getQueryString();
    }

    QueryParameters queryParameters() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(PARAM_QUERY, query);
        if (type != null) {
            params.put(PARAM_TYPE, type);
        }
        for (String facet : SearchFacets.ALL) {
            if (facets.containsKey(facet)) {
                params.put(SearchQuery.FACET_PREFIXES.get(facet), facets.get(facet));
            }
        }
        if (sort != SearchSort.RELEVANCE) {
            params.put(PARAM_SORT, sort.code());
        }
        if (page > 0) {
            params.put(PARAM_PAGE, String.valueOf(page + 1));
        }
        return QueryParameters.simple(params);
    }

    private static @Nullable String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static int parsePage(@Nullable String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value.strip()) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
