package vn.hungyen.khcn.portal.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.ContentLink;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.SearchFacets;
import vn.hungyen.khcn.content.domain.Slugs;
import vn.hungyen.khcn.content.service.ContentItemRepository;
import vn.hungyen.khcn.content.service.ContentLinks;
import vn.hungyen.khcn.content.service.ContentRegistry;
import vn.hungyen.khcn.content.spi.ContentTypeDescriptor;
import vn.hungyen.khcn.content.spi.LinkType;
import vn.hungyen.khcn.portal.i18n.PortalI18NProvider;

/**
 * Reads what a published copy of the site shows — items readers may see only
 * ({@link ContentItem#isVisibleToReaders()}), and only links whose both ends they may see — into plain records, in
 * one read-only transaction, so writing the files needs no database.
 */
@Component
class SitePages {

    private static final Logger log = LoggerFactory.getLogger(SitePages.class);

    static final SitePath INDEX = SitePath.of("index.html");
    static final SitePath TOPICS = SitePath.of("chu-de/index.html");

    record Link(String label, SitePath target, String title) {
    }

    record ItemPage(long id, SitePath path, String type, String typeLabel, String title, String text, Instant updated,
            Map<String, Object> schemaOrg, List<String> topics, List<Link> links) {
    }

    record TypePage(SitePath path, String code, String label, List<ItemPage> items) {
    }

    record TopicPage(SitePath path, String topic, List<ItemPage> items) {
    }

    record Site(List<ItemPage> items, List<TypePage> types, List<TopicPage> topics) {
    }

    private final ContentItemRepository items;
    private final ContentLinks links;
    private final ContentRegistry registry;
    private final PortalI18NProvider i18n;

    SitePages(ContentItemRepository items, ContentLinks links, ContentRegistry registry, PortalI18NProvider i18n) {
        this.items = items;
        this.links = links;
        this.registry = registry;
        this.i18n = i18n;
    }

    /** The live page of every item readers may see, relative to the portal root (for the live sitemap). */
    @Transactional(readOnly = true)
    List<String> readersPages() {
        return visibleToReaders().stream().flatMap(item -> registry.pathFor(item).stream()).sorted().toList();
    }

    /** What readers may see: a published activity of a draft task is left out with its task. */
    private List<ContentItem> visibleToReaders() {
        return items.findByStateOrderByUpdatedAtDescIdDesc(PublicationState.PUBLISHED, Limit.unlimited()).stream()
                .filter(ContentItem::isVisibleToReaders).toList();
    }

    @Transactional(readOnly = true)
    Site read() {
        Map<Long, SitePath> paths = new LinkedHashMap<>();
        List<ContentItem> published = visibleToReaders();
        for (ContentItem item : published) {
            registry.pathFor(item).ifPresent(p -> {
                try {
                    paths.put(item.getId(), SitePath.of(p + ".html"));
                } catch (IllegalArgumentException e) {
                    log.warn("{} is not exported: its page {} is not a safe file name", item, p);
                }
            });
        }
        Map<Long, List<Link>> linksOf = new LinkedHashMap<>();
        for (ContentLink l : links.betweenPublished()) {
            SitePath source = paths.get(l.getSource().getId());
            SitePath target = paths.get(l.getTarget().getId());
            if (source == null || target == null) {
                continue;
            }
            LinkType type = registry.linkType(l.getLinkType()).orElse(null);
            String label = type == null ? l.getLinkType() : text(type.labelKey());
            String inverse = type == null ? l.getLinkType() : text(type.inverseKey());
            linksOf.computeIfAbsent(l.getSource().getId(), k -> new ArrayList<>())
                    .add(new Link(label, target, l.getTarget().getTitle()));
            linksOf.computeIfAbsent(l.getTarget().getId(), k -> new ArrayList<>())
                    .add(new Link(inverse, source, l.getSource().getTitle()));
        }
        List<ItemPage> pages = new ArrayList<>();
        for (ContentItem item : published) {
            SitePath path = paths.get(item.getId());
            if (path == null) {
                continue;
            }
            String typeLabel = registry.contentType(item.getType()).map(t -> text(t.labelKey())).orElse(item.getType());
            pages.add(new ItemPage(item.getId(), path, item.getType(), typeLabel, item.getTitle(), item.getText(),
                    item.getUpdatedAt(), item.schemaOrg(),
                    List.copyOf(item.searchFacets().getOrDefault(SearchFacets.TOPIC, java.util.Set.of())),
                    linksOf.getOrDefault(item.getId(), List.of())));
        }
        pages.sort(java.util.Comparator.comparing(p -> p.path().toString()));
        List<TypePage> types = new ArrayList<>();
        for (ContentTypeDescriptor t : registry.contentTypes()) {
            List<ItemPage> ofType = pages.stream().filter(p -> p.type().equals(t.code())).toList();
            if (!ofType.isEmpty()) {
                types.add(new TypePage(SitePath.of("loai/" + t.code() + ".html"), t.code(), text(t.labelKey()), ofType));
            }
        }
        Map<String, List<ItemPage>> byTopic = new TreeMap<>();
        pages.forEach(p -> p.topics().forEach(topic -> byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(p)));
        List<TopicPage> topics = byTopic.entrySet().stream().map(e -> new TopicPage(
                SitePath.of("chu-de/" + Slugs.of(e.getKey()) + ".html"), e.getKey(), e.getValue())).toList();
        return new Site(pages, types, topics);
    }

    private String text(String key) {
        return i18n.getTranslation(key, PortalI18NProvider.VIETNAMESE);
    }
}
