package vn.hungyen.khcn.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

/**
 * Mục nội dung: what every piece of content has in common, whatever module contributes it. Each content type
 * is a subclass (one table per type, joined to {@code content_item}); since the common fields are indexed
 * here, one query over {@code ContentItem} searches every type at once.
 *
 * <h2>Search facets (bộ lọc)</h2>
 * Besides the content type (field {@link SearchFields#TYPE}), every item may carry values for the facets named in
 * {@link SearchFacets#ALL}: group, lead unit, document type, issuer, year, topic. A content type contributes them by
 * overriding {@link #contributeFacets(FacetValues)}; nothing else is needed — no mapping, no change to the search
 * service. The values are indexed once for all types by {@link FacetsBinder} into multi-valued keyword fields
 * {@code facet_<name>} ({@link SearchFacets#field(String)}), which the search counts (facet counts on the search page
 * and in {@code GET /api/search}) and filters on (a facet link, or {@code nam:2022} typed in the query). A legal
 * document, for example:
 *
 * <pre>{@code
 * @Override
 * protected void contributeFacets(FacetValues facets) {
 *     facets.add(SearchFacets.DOCUMENT_TYPE, documentType.label())   // "Nghị định"
 *           .add(SearchFacets.ISSUER, issuer)                         // "Chính phủ"
 *           .add(SearchFacets.YEAR, issuedOn == null ? null : String.valueOf(issuedOn.getYear()));
 * }
 * }</pre>
 *
 * Values are display labels (the search page shows them as they are), null or blank values are skipped, and an
 * unknown facet name fails at indexing. Values computed from other entities (an activity's task, its units) are
 * read when the item itself is indexed, i.e. when it is saved or the index is rebuilt: set them before saving.
 */
@Entity
@Table(name = "content_item")
@EntityListeners(ContentChanges.Listener.class)
@Inheritance(strategy = InheritanceType.JOINED)
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = FacetsBinder.class))
public abstract class ContentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @DocumentId
    private @Nullable Long id;

    @Column(name = "type", nullable = false, length = 64, updatable = false)
    @KeywordField(name = SearchFields.TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String type;

    @Column(name = "slug", nullable = false, length = 200)
    @KeywordField(name = SearchFields.SLUG, projectable = Projectable.YES)
    private String slug;

    @Column(name = "title", nullable = false, length = 2000)
    @FullTextField(name = SearchFields.TITLE, analyzer = SearchFields.ANALYZER_EXACT,
            searchAnalyzer = SearchFields.ANALYZER_EXACT_QUERY, projectable = Projectable.YES,
            highlightable = Highlightable.ANY, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(name = SearchFields.TITLE_FOLDED, analyzer = SearchFields.ANALYZER_FOLDED,
            searchAnalyzer = SearchFields.ANALYZER_FOLDED_QUERY)
    @KeywordField(name = SearchFields.TITLE_SORT, normalizer = SearchFields.NORMALIZER_KEYWORD, sortable = Sortable.YES)
    private String title;

    /** Văn bản tìm kiếm: the plain text of the item that full-text search looks into; a {@link LongText}. */
    @Column(name = "body", nullable = false, length = LongText.LENGTH)
    @FullTextField(name = SearchFields.TEXT, analyzer = SearchFields.ANALYZER_EXACT,
            searchAnalyzer = SearchFields.ANALYZER_EXACT_QUERY, projectable = Projectable.YES,
            highlightable = Highlightable.ANY, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(name = SearchFields.TEXT_FOLDED, analyzer = SearchFields.ANALYZER_FOLDED,
            searchAnalyzer = SearchFields.ANALYZER_FOLDED_QUERY)
    @FullTextField(name = SearchFields.TEXT_SHINGLE, analyzer = SearchFields.ANALYZER_SHINGLE)
    private String text = "";

    /** Indexed by {@link FacetsBinder} as the state readers meet ({@link #readerState()}), not as stored. */
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private PublicationState state = PublicationState.DRAFT;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @GenericField(name = SearchFields.UPDATED_AT, sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    @GenericField(name = SearchFields.VERSION, sortable = Sortable.YES)
    private long version;

    /** For JPA only. */
    protected ContentItem() {
        this.type = "";
        this.slug = "";
        this.title = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    protected ContentItem(String type, String slug, String title) {
        this.type = requireText(type, "type");
        this.slug = Slugs.requireValid(slug);
        this.title = nfc(requireText(title, "title"));
        this.createdAt = Instant.now();
        this.updatedAt = this.createdAt;
    }

    @PrePersist
    void beforeInsert() {
        Instant now = Instant.now();
        if (createdAt.equals(Instant.EPOCH)) {
            createdAt = now;
        }
        updatedAt = now;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now();
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getType() {
        return type;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = nfc(requireText(title, "title"));
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = nfc(Objects.requireNonNull(text, "text"));
    }

    public PublicationState getState() {
        return state;
    }

    public void setState(PublicationState state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    /** Whether this item itself is published; what readers may see is {@link #isVisibleToReaders()}. */
    public boolean isPublished() {
        return state == PublicationState.PUBLISHED;
    }

    /**
     * The item this one is part of (an activity's task, a task's plan), or null for none (the default). A type that
     * overrides it also links its items {@link StandardLinks#PART_OF} that parent: the editorial workflow follows
     * those links to reindex the parts when the parent's state changes.
     */
    public @Nullable ContentItem partOf() {
        return null;
    }

    /**
     * Whether readers may see this item: it is published and so is everything it is {@linkplain #partOf() part of}.
     * A published activity of a task taken back to draft is not visible — its hit, its page or its task line would
     * show the draft. Every reader-facing list, page, feed and export asks this, not {@link #isPublished()}.
     */
    public boolean isVisibleToReaders() {
        return readerState() == PublicationState.PUBLISHED;
    }

    /**
     * The state readers meet: this item's own, unless it is published and something it is part of is not — then
     * that one's. The search index holds this as {@link SearchFields#STATE}, so a reader's search never finds the
     * parts of a draft.
     */
    public PublicationState readerState() {
        // Only overridable methods on the parents: a lazy parent is a proxy, whose own fields are never loaded.
        ContentItem item = this;
        for (int depth = 0; item != null && depth < MAX_DEPTH; depth++, item = item.partOf()) {
            if (!item.isPublished()) {
                return item.getState();
            }
        }
        return item == null ? PublicationState.PUBLISHED : PublicationState.DRAFT;
    }

    /** Deeper than any real nesting (plan → task → activity): a cycle of parents reads as a draft, never published. */
    private static final int MAX_DEPTH = 16;

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Adds this item's search facet values; the default adds none. Override in a content type (calling
     * {@code super} is not needed, the base class contributes nothing) — see the class comment.
     */
    protected void contributeFacets(FacetValues facets) {
    }

    /**
     * The line a search result shows under this item's title, plain text, or null for none (the default): what the
     * title alone does not tell a reader, e.g. a legal document's trích yếu under its number ("Luật Ngân sách nhà
     * nước" under "83/2015/QH13"), an activity's task under the activity. Indexed with the item (see the class
     * comment on values computed from other entities).
     */
    public @Nullable String searchSubtitle() {
        return null;
    }

    /**
     * The number or code a search result shows before this item's title, or null for none (the default): a task's
     * code ("4.2"), so that "4.2. Triển khai hiệu quả…" reads as the plan numbers it.
     */
    public @Nullable String searchLabel() {
        return null;
    }

    /**
     * Other names a reader calls this item by, searched like its title, or null for none (the default): a legal
     * document titled by its number is named by its trích yếu ("Luật Khoa học và công nghệ"), and a query naming it
     * should find it first.
     */
    public @Nullable String searchNames() {
        return null;
    }

    /**
     * The parts of this item's text its page can be opened at, in text order, or none (the default): a legal
     * document's articles ("Điều 12" at {@code #dieu-12}). A search hit whose snippet comes from a section links to
     * it. Computed from the item's own text, so they are indexed with it.
     */
    public List<TextSection> searchSections() {
        return List.of();
    }

    /**
     * Whether a newer item has taken this one's place, or false (the default): a law repealed or replaced in whole
     * (hết hiệu lực toàn bộ). The search still finds it, after the items that stand. A type that computes it from
     * other items (the registry's relations) stores it with the item and saves the item when it changes, so that
     * the item is indexed again.
     */
    public boolean isSuperseded() {
        return false;
    }

    /**
     * {@link #searchSubtitle()} when readers may see what it names, else null: the line of an activity names its
     * task, and a task in draft must not be read through it — whoever searches, since the line is stored in the index.
     */
    public @Nullable String searchSubtitleForReaders() {
        ContentItem parent = partOf();
        return parent == null || parent.isVisibleToReaders() ? searchSubtitle() : null;
    }

    /**
     * Adds this item's schema.org description for published pages (JSON-LD) to {@code data}, which already holds
     * {@code "@type": "CreativeWork"}: a type replaces {@code @type} (e.g. {@code Legislation}) and adds what it
     * knows (a document number, dates). The default adds nothing.
     */
    protected void describeForSchemaOrg(Map<String, Object> data) {
    }

    /** This item's schema.org type and properties, as {@link #describeForSchemaOrg} gives them. */
    public final Map<String, Object> schemaOrg() {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("@type", "CreativeWork");
        describeForSchemaOrg(data);
        return data;
    }

    /** This item's search facet values, facet name → values, as {@link #contributeFacets} gives them. */
    public final Map<String, Set<String>> searchFacets() {
        FacetValues facets = new FacetValues();
        contributeFacets(facets);
        return facets.asMap();
    }

    private static String requireText(@Nullable String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value.strip();
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    @Override
    public String toString() {
        return type + ":" + slug;
    }
}
