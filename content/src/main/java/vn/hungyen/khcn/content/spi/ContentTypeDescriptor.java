package vn.hungyen.khcn.content.spi;

import java.util.Objects;
import java.util.function.Function;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.Slugs;

/**
 * Loại nội dung: one content type, its entity, its display name and where an item of it lives in the UI.
 *
 * @param code       stable type code stored in {@code content_item.type}, e.g. {@code plan-task}
 * @param entityType the JPA entity (a subclass of {@link ContentItem})
 * @param labelKey   resource-bundle key of the type's display name
 * @param order      position on the landing page and in facets
 * @param pathOf     the item's page, relative to the portal root (e.g. {@code ke-hoach/21-kh-skhcn/nhiem-vu/4.2})
 */
public record ContentTypeDescriptor(String code, Class<? extends ContentItem> entityType, String labelKey, int order,
        Function<ContentRef, String> pathOf) {

    public ContentTypeDescriptor {
        Slugs.requireValid(code);
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(pathOf, "pathOf");
    }

    public String pathFor(ContentItem item) {
        return pathFor(ContentRef.of(item));
    }

    public String pathFor(ContentRef ref) {
        if (!code.equals(ref.type())) {
            throw new IllegalArgumentException(ref + " is not of type " + code);
        }
        return pathOf.apply(ref);
    }
}
