package vn.hungyen.khcn.portal.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
import vn.hungyen.khcn.content.spi.ContentRef;
import vn.hungyen.khcn.content.spi.LinkType;
import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.content.spi.ReaderPages;
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

    /**
     * A published item's page.
     *
     * @param label    the number or code shown before the title (a task's "4.2"), {@code null} for none
     * @param subtitle the line under the title (a legal document's trích yếu), {@code null} for none
     * @param sections what the owning module shows on its live page beyond the text ({@link ReaderPages})
     */
    record ItemPage(long id, SitePath path, String type, String typeLabel, @Nullable String label, String title,
            @Nullable String subtitle, String text, Instant updated, Map<String, Object> schemaOrg, List<String> topics,
            List<Link> links, List<Section> sections) {

        /** The title as the live page heads it: "4.2 Triển khai …" for a task. */
        String heading() {
            return label == null || label.isBlank() ? title : label + " " + title;
        }
    }

    /** A module's section of an item page in Vietnamese words; links point at exported files or nowhere. */
    record Section(String id, String heading, List<Field> fields, List<Entry> entries, @Nullable String none) {
    }

    record Entry(@Nullable String heading, String title, @Nullable SitePath target, @Nullable String subtitle,
            List<Field> fields, List<String> notes) {
    }

    record Field(String label, String value) {
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
    private final ObjectProvider<ReaderPages> readerPages;

    SitePages(ContentItemRepository items, ContentLinks links, ContentRegistry registry, PortalI18NProvider i18n,
            ObjectProvider<ReaderPages> readerPages) {
        this.items = items;
        this.links = links;
        this.registry = registry;
        this.i18n = i18n;
        this.readerPages = readerPages;
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
        Map<String, SitePath> livePaths = new HashMap<>();
        List<ContentItem> published = visibleToReaders();
        for (ContentItem item : published) {
            registry.pathFor(item).ifPresent(p -> {
                try {
                    SitePath file = SitePath.of(p + ".html");
                    paths.put(item.getId(), file);
                    livePaths.put(p, file);
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
            ContentRef ref = ContentRef.of(item);
            List<Section> sections = readerPages.orderedStream().flatMap(r -> r.sectionsOf(ref).stream())
                    .map(s -> section(s, livePaths)).toList();
            pages.add(new ItemPage(item.getId(), path, item.getType(), typeLabel, item.searchLabel(), item.getTitle(),
                    item.searchSubtitleForReaders(), item.getText(), item.getUpdatedAt(), item.schemaOrg(),
                    List.copyOf(item.searchFacets().getOrDefault(SearchFacets.TOPIC, java.util.Set.of())),
                    linksOf.getOrDefault(item.getId(), List.of()), sections));
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

    /** A module's section in Vietnamese, its links turned into exported files (a page not exported is not linked). */
    private Section section(ReaderPages.Section s, Map<String, SitePath> livePaths) {
        List<Entry> entries = s.entries().stream().map(e -> new Entry(
                e.heading() == null ? null : text(e.heading()), e.title(),
                e.path() == null ? null : livePaths.get(e.path().startsWith("/") ? e.path().substring(1) : e.path()),
                e.subtitle(), fields(e.fields()), e.notes().stream().map(this::text).toList())).toList();
        return new Section(s.id(), text(s.heading()), fields(s.fields()), entries,
                s.none() == null ? null : text(s.none()));
    }

    private List<Field> fields(List<ReaderPages.Field> fields) {
        return fields.stream().map(f -> new Field(text(f.label()), Stream.concat(Stream.of(f.text()),
                f.qualifiers().stream().map(this::text)).filter(v -> !v.isBlank()).collect(Collectors.joining(" — "))))
                .toList();
    }

    private String text(Message message) {
        return i18n.getTranslation(message.key(), PortalI18NProvider.VIETNAMESE, message.args().toArray());
    }

    private String text(String key) {
        return i18n.getTranslation(key, PortalI18NProvider.VIETNAMESE);
    }
}
