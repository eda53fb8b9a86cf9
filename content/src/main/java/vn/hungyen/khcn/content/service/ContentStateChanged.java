package vn.hungyen.khcn.content.service;

import vn.hungyen.khcn.content.domain.PublicationState;

/**
 * An editor moved an item to another state (published, archived, back to draft). Published by the
 * {@link EditorialWorkflow} inside its transaction, so a module that keeps something derived from the item — the
 * legal module's entry of a plan — follows it in the same commit, or not at all.
 *
 * @param id     the item's id
 * @param type   its content type code ("plan")
 * @param before its state before
 * @param after  its state now
 */
public record ContentStateChanged(long id, String type, PublicationState before, PublicationState after) {
}
