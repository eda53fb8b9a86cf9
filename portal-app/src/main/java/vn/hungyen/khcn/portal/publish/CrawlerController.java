package vn.hungyen.khcn.portal.publish;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hungyen.khcn.portal.ui.LoginView;
import vn.hungyen.khcn.portal.ui.MainLayout;

/**
 * {@code GET /sitemap.xml} and {@code GET /robots.txt} of the live portal, open to everyone: the sitemap lists the
 * home and search pages and the page of every item readers may see (never a draft); robots keep crawlers out of the
 * editors' and sign-in pages. Addresses come from {@code portal.public-url}, never from the request's host.
 */
@RestController
class CrawlerController {

    static final String SITEMAP = "/sitemap.xml";
    static final String ROBOTS = "/robots.txt";
    /** Pages readers reach without an item: the home page and the search page. */
    private static final List<String> READERS_ENTRY_PAGES = List.of("", MainLayout.SEARCH_ROUTE);
    /** Editors' and sign-in pages, of no use to a search engine. */
    private static final List<String> NOT_FOR_CRAWLERS = List.of("/bien-tap", "/quan-tri", "/" + LoginView.ROUTE, "/api/");

    private final SitePages pages;
    private final PublicUrl publicUrl;

    CrawlerController(SitePages pages, PublicUrl publicUrl) {
        this.pages = pages;
        this.publicUrl = publicUrl;
    }

    @GetMapping(value = SITEMAP, produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        List<String> urls = new ArrayList<>();
        READERS_ENTRY_PAGES.forEach(p -> urls.add(publicUrl.base() + p));
        pages.readersPages().forEach(p -> urls.add(publicUrl.base() + p));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(Sitemap.render(urls));
    }

    @GetMapping(value = ROBOTS, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        StringBuilder text = new StringBuilder("User-agent: *\n");
        NOT_FOR_CRAWLERS.forEach(p -> text.append("Disallow: ").append(p).append('\n'));
        text.append("Sitemap: ").append(publicUrl.base()).append(SITEMAP.substring(1)).append('\n');
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(text.toString());
    }
}
