package vn.hungyen.khcn.content.spi;

import java.util.Objects;
import vn.hungyen.khcn.content.domain.Slugs;

/**
 * Loại liên kết: a typed relation between content items, e.g. {@code task-basis} (task → legal basis) or
 * {@code task-output} (task → deliverable).
 *
 * @param code       stable code stored in {@code content_link.link_type}
 * @param labelKey   resource-bundle key of the relation's name, read from source to target
 * @param inverseKey resource-bundle key of the relation's name read backwards
 */
public record LinkType(String code, String labelKey, String inverseKey) {

    public LinkType {
        Slugs.requireValid(code);
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(inverseKey, "inverseKey");
    }
}
