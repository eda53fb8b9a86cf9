package vn.hungyen.khcn.content.spi;

import vn.hungyen.khcn.content.domain.ContentItem;

/** What is enough to name a content item and find its page, without loading it: e.g. a search hit. */
public record ContentRef(long id, String type, String slug) {

    public static ContentRef of(ContentItem item) {
        if (item.getId() == null) {
            throw new IllegalArgumentException(item + " is not stored yet");
        }
        return new ContentRef(item.getId(), item.getType(), item.getSlug());
    }
}
