package vn.hungyen.khcn.content.service;

import java.time.Instant;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.PublicationState;

/**
 * A content item as an editor sees and changes it: its editable fields and the version they were read at, which a
 * save must name (optimistic locking).
 */
public record EditorialItem(long id, String type, String slug, String title, String text, PublicationState state,
        long version, Instant updatedAt) {

    static EditorialItem of(ContentItem item) {
        return new EditorialItem(item.getId(), item.getType(), item.getSlug(), item.getTitle(), item.getText(),
                item.getState(), item.getVersion(), item.getUpdatedAt());
    }
}
