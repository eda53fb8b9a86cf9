package vn.hungyen.khcn.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Liên kết: a typed relation from one content item to another (a task to its legal basis, a task to its
 * output, …), with its provenance: who or what made it and, where it came from a text, the sentence.
 */
@Entity
@Table(name = "content_link")
@EntityListeners(ContentChanges.Listener.class)
public class ContentLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    private ContentItem source;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false)
    private ContentItem target;

    /** Code of a {@link vn.hungyen.khcn.content.spi.LinkType} registered by some content module. */
    @Column(name = "link_type", nullable = false, length = 64)
    private String linkType;

    /** Finer kind within the type, e.g. {@code direct}, {@code section} or {@code plan} for a task's legal basis. */
    @Column(name = "kind", length = 32)
    private @Nullable String kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "provenance", nullable = false, length = 16)
    private Provenance provenance;

    /** The sentence of the source text the link was read from, or the editor's note. */
    @Column(name = "evidence", length = 4000)
    private @Nullable String evidence;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ContentLink() {
        this.linkType = "";
        this.provenance = Provenance.EDITOR;
        this.createdAt = Instant.EPOCH;
        this.source = null;
        this.target = null;
    }

    public ContentLink(ContentItem source, ContentItem target, String linkType, @Nullable String kind,
            Provenance provenance, @Nullable String evidence) {
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        if (linkType == null || linkType.isBlank()) {
            throw new IllegalArgumentException("linkType must not be blank");
        }
        this.linkType = linkType;
        this.kind = kind;
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.evidence = evidence == null || evidence.length() <= 4000 ? evidence : evidence.substring(0, 4000);
        this.createdAt = Instant.now();
    }

    /** Where a link came from. */
    public enum Provenance {
        /** Read from a sentence of a source text (the sentence is the evidence). */
        SOURCE_TEXT,
        /** Made by an editor. */
        EDITOR,
        /** Made by an importer from structured data. */
        IMPORTER
    }

    public @Nullable Long getId() {
        return id;
    }

    public ContentItem getSource() {
        return source;
    }

    public ContentItem getTarget() {
        return target;
    }

    public String getLinkType() {
        return linkType;
    }

    public @Nullable String getKind() {
        return kind;
    }

    public Provenance getProvenance() {
        return provenance;
    }

    public @Nullable String getEvidence() {
        return evidence;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
