package vn.hungyen.khcn.portal.publish;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hungyen.khcn.content.service.ContentRegistry;
import vn.hungyen.khcn.content.service.EditorialWorkflow;
import vn.hungyen.khcn.content.spi.ContentRef;
import vn.hungyen.khcn.portal.i18n.PortalI18NProvider;
import vn.hungyen.khcn.content.web.AtomFeed;

/** {@code GET /feed.atom}: the most recently published items, newest first — published items only. */
@RestController
class FeedController {

    static final String PATH = "/feed.atom";
    /** How many items the feed lists. */
    static final int ENTRIES = 50;
    /** The feed's title, the live one's and the exported one's. */
    static final String TITLE_KEY = "core.feed.title";
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final EditorialWorkflow workflow;
    private final ContentRegistry registry;
    private final PortalI18NProvider i18n;
    private final PublicUrl publicUrl;

    FeedController(EditorialWorkflow workflow, ContentRegistry registry, PortalI18NProvider i18n, PublicUrl publicUrl) {
        this.workflow = workflow;
        this.registry = registry;
        this.i18n = i18n;
        this.publicUrl = publicUrl;
    }

    @GetMapping(PATH)
    ResponseEntity<String> feed() {
        // Links from the configured address, never from the request's Host header.
        String base = publicUrl.base();
        List<AtomFeed.Entry> entries = workflow.recentlyPublished(ENTRIES).stream()
                .flatMap(item -> registry.contentType(item.type()).map(type -> {
                    String link = base + type.pathFor(new ContentRef(item.id(), item.type(), item.slug()));
                    return new AtomFeed.Entry(link, item.title(), link,
                            i18n.getTranslation(type.labelKey(), PortalI18NProvider.VIETNAMESE), item.updatedAt(),
                            AtomFeed.summary(item.text()));
                }).stream())
                .toList();
        String xml = AtomFeed.render(base + PATH.substring(1),
                i18n.getTranslation(TITLE_KEY, PortalI18NProvider.VIETNAMESE),
                base + PATH.substring(1), base, entries);
        return ResponseEntity.ok().contentType(ATOM).body(xml);
    }
}
