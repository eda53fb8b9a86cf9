package vn.hungyen.khcn.content.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.spi.ContentTypeDescriptor;

/** What the portal holds: item counts per registered content type. */
@Transactional(readOnly = true)
public class ContentStatistics {

    private final ContentItemRepository items;
    private final ContentRegistry registry;

    public ContentStatistics(ContentItemRepository items, ContentRegistry registry) {
        this.items = items;
        this.registry = registry;
    }

    /** Published items per content type, every registered type listed (zero when empty), in display order. */
    public Map<ContentTypeDescriptor, Long> publishedCounts() {
        return counts(List.of(PublicationState.PUBLISHED));
    }

    public Map<ContentTypeDescriptor, Long> counts(List<PublicationState> states) {
        Map<String, Long> byCode = new LinkedHashMap<>();
        for (Object[] row : items.countByType(states)) {
            byCode.put((String) row[0], ((Number) row[1]).longValue());
        }
        Map<ContentTypeDescriptor, Long> result = new LinkedHashMap<>();
        for (ContentTypeDescriptor type : registry.contentTypes()) {
            result.put(type, byCode.getOrDefault(type.code(), 0L));
        }
        return result;
    }
}
