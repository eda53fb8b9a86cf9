package vn.hungyen.khcn.content.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.ContentLink;
import vn.hungyen.khcn.content.domain.EditRecord;
import vn.hungyen.khcn.content.domain.EditRecord.Action;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.StandardLinks;

/**
 * Quy trình biên tập: drafts are published, published items archived or taken back to draft, titles and texts
 * edited — for items of any content type, through {@link ContentItem} alone. Every change names the version the
 * editor read (a later save by someone else is an {@link EditConflictException}, never a silent overwrite) and
 * leaves a line in the history (who, when, what changed).
 *
 * <p>A state change also reaches what depends on the item: its parts (an activity of a task, everything of a plan,
 * following {@link StandardLinks#PART_OF} links) are reindexed, since readers meet them in the state of what they are
 * part of ({@link ContentItem#readerState()}), and a {@link ContentStateChanged} event tells the modules.
 */
@Transactional
public class EditorialWorkflow {

    /** The most items an editor's list shows at once. */
    public static final int LIST_LIMIT = 500;

    private final EntityManager entityManager;
    private final ContentItemRepository items;
    private final EditRecordRepository history;
    private final ContentLinkRepository links;
    private final ApplicationEventPublisher events;

    public EditorialWorkflow(EntityManager entityManager, ContentItemRepository items, EditRecordRepository history,
            ContentLinkRepository links, ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.items = items;
        this.history = history;
        this.links = links;
        this.events = events;
    }

    /** Items for the editor's list: of a type and in a state (each optional), most recently changed first. */
    @Transactional(readOnly = true)
    public List<EditorialItem> items(@Nullable String type, @Nullable PublicationState state) {
        return items.findForEditors(type, state, Limit.of(LIST_LIMIT)).stream().map(EditorialItem::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<EditorialItem> item(long id) {
        return items.findById(id).map(EditorialItem::of);
    }

    /** Items readers may see, most recently changed first: what the feed announces. */
    @Transactional(readOnly = true)
    public List<EditorialItem> recentlyPublished(int limit) {
        // Not a plain limit: a published part of a draft is skipped, and the next one takes its place.
        return items.findByStateOrderByUpdatedAtDescIdDesc(PublicationState.PUBLISHED, Limit.unlimited()).stream()
                .filter(ContentItem::isVisibleToReaders).limit(limit).map(EditorialItem::of).toList();
    }

    /** The item's history, newest first. */
    @Transactional(readOnly = true)
    public List<EditRecord> history(long id) {
        return history.findByItemIdOrderByEditedAtDescIdDesc(id);
    }

    public EditorialItem publish(long id, long readVersion, String editor) {
        return move(id, readVersion, PublicationState.PUBLISHED, Action.PUBLISHED, editor);
    }

    public EditorialItem archive(long id, long readVersion, String editor) {
        return move(id, readVersion, PublicationState.ARCHIVED, Action.ARCHIVED, editor);
    }

    /** Takes a published or archived item back to draft: readers no longer see it. */
    public EditorialItem unpublish(long id, long readVersion, String editor) {
        return move(id, readVersion, PublicationState.DRAFT, Action.UNPUBLISHED, editor);
    }

    /** Saves a new title and text; unchanged fields are not recorded, and a save that changes nothing writes nothing. */
    public EditorialItem edit(long id, long readVersion, String title, String text, String editor) {
        ContentItem item = load(id, readVersion);
        List<String> changes = new ArrayList<>();
        String oldTitle = item.getTitle();
        String oldText = item.getText();
        item.setTitle(title);
        item.setText(text);
        if (!oldTitle.equals(item.getTitle())) {
            changes.add("title: " + oldTitle + " → " + item.getTitle());
        }
        if (!oldText.equals(item.getText())) {
            changes.add("text: " + oldText.length() + " → " + item.getText().length() + " ký tự");
        }
        if (changes.isEmpty()) {
            return EditorialItem.of(item);
        }
        return record(item, readVersion, editor, Action.EDITED, changes);
    }

    private EditorialItem move(long id, long readVersion, PublicationState next, Action action, String editor) {
        ContentItem item = load(id, readVersion);
        PublicationState before = item.getState();
        if (!before.canMoveTo(next)) {
            throw new IllegalStateException(item + " cannot move from " + before + " to " + next);
        }
        item.setState(next);
        EditorialItem moved = record(item, readVersion, editor, action, List.of("state: " + before + " → " + next));
        reindexParts(item);
        events.publishEvent(new ContentStateChanged(Objects.requireNonNull(item.getId()), item.getType(), before,
                next));
        return moved;
    }

    /**
     * Reindexes everything that is part of the item, at any depth: their indexed state and result line depend on
     * it. Hibernate Search does this on commit; the item itself it reindexes on its own.
     */
    private void reindexParts(ContentItem item) {
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        Set<Long> seen = new HashSet<>(Set.of(Objects.requireNonNull(item.getId())));
        Deque<ContentItem> pending = new ArrayDeque<>(List.of(item));
        while (!pending.isEmpty()) {
            for (ContentLink link : links.findTo(pending.pop(), StandardLinks.PART_OF)) {
                ContentItem part = link.getSource();
                if (seen.add(part.getId())) {
                    plan.addOrUpdate(part);
                    pending.push(part);
                }
            }
        }
    }

    private ContentItem load(long id, long readVersion) {
        ContentItem item = items.findById(id).orElseThrow(() -> new IllegalArgumentException("no content item " + id));
        if (item.getVersion() != readVersion) {
            throw conflict(item, readVersion);
        }
        return item;
    }

    private EditorialItem record(ContentItem item, long readVersion, String editor, Action action, List<String> changes) {
        Objects.requireNonNull(editor, "editor");
        try {
            // Flush now: a save that raced past the version check above fails here, inside this transaction.
            entityManager.flush();
        } catch (OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            throw new EditConflictException(readVersion, EditorialItem.of(item), "");
        }
        EditRecord record = new EditRecord(item, editor, action, changes);
        record.setItemVersion(item.getVersion());
        history.save(record);
        return EditorialItem.of(item);
    }

    private EditConflictException conflict(ContentItem item, long readVersion) {
        String lastEditor = history.findByItemIdOrderByEditedAtDescIdDesc(Objects.requireNonNull(item.getId()))
                .stream().findFirst().map(EditRecord::getEditor).orElse("");
        return new EditConflictException(readVersion, EditorialItem.of(item), lastEditor);
    }
}
