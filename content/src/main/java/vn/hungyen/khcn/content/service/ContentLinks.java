package vn.hungyen.khcn.content.service;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.ContentLink;
import vn.hungyen.khcn.content.domain.ContentLink.Provenance;

/** Makes and reads typed links; a link of a type no module declared is refused. */
@Transactional(readOnly = true)
public class ContentLinks {

    private final ContentLinkRepository links;
    private final ContentRegistry registry;

    public ContentLinks(ContentLinkRepository links, ContentRegistry registry) {
        this.links = links;
        this.registry = registry;
    }

    /** Links source to target unless the same typed link exists; returns whether a link was added. */
    @Transactional
    public boolean link(ContentItem source, ContentItem target, String type, @Nullable String kind, Provenance provenance,
            @Nullable String evidence) {
        if (registry.linkType(type).isEmpty()) {
            throw new IllegalArgumentException("unknown link type '" + type + "': no content module declares it");
        }
        if (links.existsBySourceAndTargetAndLinkType(source, target, type)) {
            return false;
        }
        links.save(new ContentLink(source, target, type, kind, provenance, evidence));
        return true;
    }

    public List<ContentLink> from(ContentItem source, String type) {
        return links.findFrom(source, type);
    }

    public List<ContentLink> to(ContentItem target, String type) {
        return links.findTo(target, type);
    }

    /** Every link between two published items, for a published copy of the site. */
    public List<ContentLink> betweenPublished() {
        return links.findBetweenPublished();
    }
}
