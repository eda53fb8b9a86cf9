package vn.hungyen.khcn.content.service;

import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.spi.ContentRef;

/**
 * A link as a list shows it, read without its target entity: the target's id, type, slug, title and state but not
 * its text — a task's basis is a law whose full text runs to a quarter of a million characters, and the task list
 * read each cited law's text once per citing task.
 */
public record LinkSummary(long sourceId, String linkType, @Nullable String kind, @Nullable String evidence,
        long targetId, String targetType, String targetSlug, String targetTitle, PublicationState targetState) {

    public ContentRef target() {
        return new ContentRef(targetId, targetType, targetSlug);
    }

    public boolean isTargetPublished() {
        return targetState == PublicationState.PUBLISHED;
    }
}
