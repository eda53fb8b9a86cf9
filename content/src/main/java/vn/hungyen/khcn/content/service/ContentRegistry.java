package vn.hungyen.khcn.content.service;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.StandardLinks;
import vn.hungyen.khcn.content.spi.ContentImporter;
import vn.hungyen.khcn.content.spi.ContentModule;
import vn.hungyen.khcn.content.spi.ContentRef;
import vn.hungyen.khcn.content.spi.ContentTypeDescriptor;
import vn.hungyen.khcn.content.spi.LinkType;

/**
 * Sổ đăng ký: the content modules present in this portal and what they declare. Refuses to start when two
 * modules claim the same type or link code, so a clash is found at start-up rather than in the data.
 */
public class ContentRegistry {

    private final List<ContentModule> modules;
    private final Map<String, ContentTypeDescriptor> types;
    private final Map<String, LinkType> linkTypes;

    public ContentRegistry(List<ContentModule> modules) {
        this.modules = modules.stream().sorted(Comparator.comparing(ContentModule::id)).toList();
        this.types = index(this.modules.stream().flatMap(m -> m.contentTypes().stream()).toList(),
                ContentTypeDescriptor::code, "content type");
        this.linkTypes = index(java.util.stream.Stream.concat(StandardLinks.ALL.stream(),
                this.modules.stream().flatMap(m -> m.linkTypes().stream())).toList(), LinkType::code, "link type");
        index(this.modules, ContentModule::id, "content module");
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key, String what) {
        Map<String, T> result = new HashMap<>();
        for (T value : values) {
            T previous = result.putIfAbsent(key.apply(value), value);
            if (previous != null) {
                throw new IllegalStateException("two content modules declare the " + what + " '" + key.apply(value) + "'");
            }
        }
        return Map.copyOf(result);
    }

    public List<ContentModule> modules() {
        return modules;
    }

    /** Every content type, in display order. */
    public List<ContentTypeDescriptor> contentTypes() {
        return types.values().stream().sorted(Comparator.comparingInt(ContentTypeDescriptor::order)
                .thenComparing(ContentTypeDescriptor::code)).toList();
    }

    public Optional<ContentTypeDescriptor> contentType(String code) {
        return Optional.ofNullable(types.get(code));
    }

    public Optional<LinkType> linkType(String code) {
        return Optional.ofNullable(linkTypes.get(code));
    }

    public List<LinkType> linkTypes() {
        return linkTypes.values().stream().sorted(Comparator.comparing(LinkType::code)).toList();
    }

    /** The page of an item, relative to the portal root; empty when its module is not present. */
    public Optional<String> pathFor(ContentItem item) {
        return contentType(item.getType()).map(t -> t.pathFor(item));
    }

    /** The page of an item named by reference; empty when its module is not present. */
    public Optional<String> pathFor(ContentRef ref) {
        return contentType(ref.type()).map(t -> t.pathFor(ref));
    }

    /** Every importer of every module, in the order they must run. */
    public List<ContentImporter> importers() {
        return modules.stream().flatMap(m -> m.importers().stream())
                .sorted(Comparator.comparingInt(ContentImporter::order).thenComparing(ContentImporter::id))
                .collect(Collectors.toList());
    }
}
