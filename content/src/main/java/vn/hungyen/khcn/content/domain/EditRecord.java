package vn.hungyen.khcn.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Một lần biên tập: one line of an item's history — who changed it, when, and what (each change "field: before →
 * after" on its own line). Written by the editorial workflow only, never changed afterwards.
 */
@Entity
@Table(name = "content_edit")
public class EditRecord {

    /** What an editor did. */
    public enum Action {
        /** Sửa nội dung: title or text changed. */
        EDITED,
        /** Xuất bản. */
        PUBLISHED,
        /** Lưu trữ. */
        ARCHIVED,
        /** Gỡ xuất bản: back to draft. */
        UNPUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "item_type", nullable = false, length = 64, updatable = false)
    private String itemType;

    @Column(name = "item_slug", nullable = false, length = 200, updatable = false)
    private String itemSlug;

    @Column(name = "editor", nullable = false, length = 100, updatable = false)
    private String editor;

    @Column(name = "edited_at", nullable = false, updatable = false)
    private Instant editedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 16, updatable = false)
    private Action action;

    @Column(name = "changes", nullable = false, length = LongText.LENGTH, updatable = false)
    private String changes;

    /** The item's version after this edit. */
    @Column(name = "item_version", nullable = false, updatable = false)
    private long itemVersion;

    /** For JPA only. */
    protected EditRecord() {
        this.itemType = "";
        this.itemSlug = "";
        this.editor = "";
        this.editedAt = Instant.EPOCH;
        this.action = Action.EDITED;
        this.changes = "";
    }

    public EditRecord(ContentItem item, String editor, Action action, List<String> changes) {
        this.itemId = Objects.requireNonNull(item.getId(), "the item must be saved");
        this.itemType = item.getType();
        this.itemSlug = item.getSlug();
        this.editor = Objects.requireNonNull(editor, "editor");
        this.editedAt = Instant.now();
        this.action = Objects.requireNonNull(action, "action");
        this.changes = String.join("\n", changes);
    }

    /** Set once the change is flushed, so the record names the version the item has after it. */
    public void setItemVersion(long itemVersion) {
        this.itemVersion = itemVersion;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public String getItemType() {
        return itemType;
    }

    public String getItemSlug() {
        return itemSlug;
    }

    public String getEditor() {
        return editor;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Action getAction() {
        return action;
    }

    /** The changes, one "field: before → after" per entry. */
    public List<String> getChanges() {
        return changes.isEmpty() ? List.of() : List.of(changes.split("\n"));
    }

    public long getItemVersion() {
        return itemVersion;
    }
}
