package vn.hungyen.khcn.portal.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hungyen.khcn.content.domain.SearchFacets;
import vn.hungyen.khcn.content.service.ContentRegistry;
import vn.hungyen.khcn.content.spi.ContentRef;
import vn.hungyen.khcn.index.search.IndexRebuildingException;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchResult;
import vn.hungyen.khcn.index.search.SearchService;
import vn.hungyen.khcn.index.search.SearchSort;

/**
 * {@code GET /api/search?q=&type=&page=&size=}: the portal's search for other programs (the department's website).
 * Optional: {@code sort=newest} and a facet filter per facet name ({@code year=2022}, {@code lead_unit=…}). {@code q}
 * takes the query language of the search page; {@code page} is zero-based.
 */
@RestController
@RequestMapping("/api/search")
class SearchApiController {

    private final SearchService searchService;
    private final ContentRegistry registry;

    SearchApiController(SearchService searchService, ContentRegistry registry) {
        this.searchService = searchService;
        this.registry = registry;
    }

    @GetMapping
    SearchResponse search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort, @RequestParam Map<String, String> params) {
        Map<String, String> facetFilters = new LinkedHashMap<>();
        SearchFacets.ALL.stream().filter(params::containsKey).forEach(f -> facetFilters.put(f, params.get(f)));
        SearchResult result = searchService.search(new SearchRequest(q, type, facetFilters, SearchSort.fromCode(sort),
                page, size, false));
        List<Hit> hits = result.hits().stream().map(h -> new Hit(h.type(), h.id(), h.label(), h.title(), h.subtitle(),
                registry.pathFor(new ContentRef(h.id(), h.type(), h.slug())).map(p -> "/" + p).orElse(null),
                h.snippetHtml(), h.section() == null ? null : new Section(h.section().anchor(), h.section().label()),
                h.score())).toList();
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        result.facets().forEach((name, counts) -> facets.put(name, counts.entrySet().stream()
                .map(e -> new FacetValue(e.getKey(), e.getValue())).toList()));
        return new SearchResponse(result.total(), hits, facets, result.suggestion());
    }

    /**
     * While the index is rebuilt from the database (found damaged or behind it), 503 with a retry hint: a search now
     * would silently miss items.
     */
    @ExceptionHandler(IndexRebuildingException.class)
    ResponseEntity<ProblemDetail> rebuilding(IndexRebuildingException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }

    /**
     * The response; {@code snippet} is HTML whose only markup is {@code <mark>}, the text in it escaped;
     * {@code subtitle} is plain text (a legal document's trích yếu, an activity's task) or null; {@code code} the
     * number shown before the title (a task's "4.2") or null; {@code section} the part of the text the snippet comes
     * from (a law's article: {@code url#anchor} opens the page there, {@code label} "Điều 12" is plain text) or null;
     * {@code suggestion} is set only when nothing was found.
     */
    record SearchResponse(long total, List<Hit> hits, Map<String, List<FacetValue>> facets,
            @Nullable String suggestion) {
    }

    record Hit(String type, long id, @Nullable String code, String title, @Nullable String subtitle,
            @Nullable String url, String snippet, @Nullable Section section, float score) {
    }

    record Section(String anchor, String label) {
    }

    record FacetValue(String value, long count) {
    }
}
