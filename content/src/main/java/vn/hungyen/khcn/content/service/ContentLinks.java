package vn.hungyen.khcn.content.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    /**
     * The links of the given types from each of the sources, as source id → links in the order they were made (the
     * order of {@link #from}); a source without such links is absent. One statement for the whole list, where
     * {@link #from} per item would cost one per item and type.
     */
    public Map<Long, List<ContentLink>> fromEach(Collection<? extends ContentItem> sources, Collection<String> types) {
        if (sources.isEmpty() || types.isEmpty()) {
            return Map.of();
        }
        return byId(links.findFromAny(sources, types), ContentLink::getSource);
    }

    /**
     * As {@link #fromEach}, as {@link LinkSummary summaries}: the targets' names without their texts, for lists that
     * show where links lead but not what the targets say.
     */
    public Map<Long, List<LinkSummary>> summariesFromEach(Collection<? extends ContentItem> sources,
            Collection<String> types) {
        if (sources.isEmpty() || types.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<LinkSummary>> result = new HashMap<>();
        for (LinkSummary l : links.findSummariesFromAny(sources, types)) {
            result.computeIfAbsent(l.sourceId(), k -> new ArrayList<>()).add(l);
        }
        return result;
    }

    /** As {@link #fromEach}, the other way: target id → the links of the given types to it. */
    public Map<Long, List<ContentLink>> toEach(Collection<? extends ContentItem> targets, Collection<String> types) {
        if (targets.isEmpty() || types.isEmpty()) {
            return Map.of();
        }
        return byId(links.findToAny(targets, types), ContentLink::getTarget);
    }

    private static Map<Long, List<ContentLink>> byId(List<ContentLink> found, Function<ContentLink, ContentItem> end) {
        Map<Long, List<ContentLink>> result = new HashMap<>();
        for (ContentLink l : found) {
            result.computeIfAbsent(end.apply(l).getId(), k -> new ArrayList<>()).add(l);
        }
        return result;
    }

    /** Every link between two published items, for a published copy of the site. */
    public List<ContentLink> betweenPublished() {
        return links.findBetweenPublished();
    }
}
