package vn.hungyen.khcn.portal.api;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hungyen.khcn.content.service.ContentRegistry;
import vn.hungyen.khcn.content.spi.ContentRef;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchResult;
import vn.hungyen.khcn.index.search.SearchService;

/** {@code GET /api/search}: the portal's search for other programs (the department's website). */
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
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        SearchResult result = searchService.search(SearchRequest.forReaders(q, type, page, size));
        List<Hit> hits = result.hits().stream().map(h -> new Hit(h.type(), h.id(), h.title(),
                registry.pathFor(new ContentRef(h.id(), h.type(), h.slug())).map(p -> "/" + p).orElse(null),
                h.snippetHtml(), h.score())).toList();
        List<FacetValue> types = result.typeCounts().entrySet().stream()
                .map(e -> new FacetValue(e.getKey(), e.getValue())).toList();
        return new SearchResponse(result.total(), hits, Map.of("type", types));
    }

    /** The response; {@code snippet} is HTML whose only markup is {@code <mark>}, the text in it escaped. */
    record SearchResponse(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {
    }

    record Hit(String type, long id, String title, String url, String snippet, float score) {
    }

    record FacetValue(String value, long count) {
    }
}
