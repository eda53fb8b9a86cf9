package vn.hungyen.khcn.legal.domain;

import vn.hungyen.khcn.content.domain.FacetValues;
import vn.hungyen.khcn.content.domain.SearchFacets;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.spi.CitationClass;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.Slugs;
import vn.hungyen.khcn.content.domain.TextSection;

/**
 * Văn bản pháp lý: a decision, resolution, decree, plan or law the portal's content cites or holds in full.
 * Its content-item title is its number (or "Hiến pháp 2013"), so wherever a link to it is shown the number
 * reads first; the trích yếu is {@link #getSubject()}. The searchable text is the full text when known.
 */
@Entity
@Table(name = "legal_document")
@PrimaryKeyJoinColumn(name = "id")
@Indexed
public class LegalDocument extends ContentItem {

    public static final String TYPE = "legal-document";

    /** Số ký hiệu in canonical form; {@code null} for the constitution. */
    @Column(name = "number", length = 100)
    @KeywordField(projectable = Projectable.YES)
    private @Nullable String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 32)
    @KeywordField(name = "legalType", aggregable = Aggregable.YES)
    private DocumentType documentType;

    /** The type word a citing text used when it disagrees with the number ("Kế hoạch số 128/QĐ-UBND"). */
    @Enumerated(EnumType.STRING)
    @Column(name = "cited_type", length = 32)
    private @Nullable DocumentType citedType;

    @Column(name = "issued_on")
    @GenericField(projectable = Projectable.YES)
    private @Nullable LocalDate issuedOn;

    @Column(name = "issuer", length = 500)
    private @Nullable String issuer;

    /** Trích yếu. */
    @Column(name = "subject", length = 2000)
    private @Nullable String subject;

    @Column(name = "has_full_text", nullable = false)
    private boolean fullText;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 16)
    private Origin origin;

    /** The original file, relative to the portal's data directory. */
    @Column(name = "original_path", length = 500)
    private @Nullable String originalPath;

    @Column(name = "original_name", length = 500)
    private @Nullable String originalName;

    @Column(name = "original_media_type", length = 200)
    private @Nullable String originalMediaType;

    @Column(name = "original_size")
    private @Nullable Long originalSize;

    /** Ngày có hiệu lực, where the document's own text states it. */
    @Column(name = "effective_on")
    private @Nullable LocalDate effectiveOn;

    /** Người ký with position, e.g. "Vương Đình Huệ (Chủ tịch)". */
    @Column(name = "signer", length = 300)
    private @Nullable String signer;

    /** Lớp văn bản as its number tells: legal, party or administrative. */
    @Enumerated(EnumType.STRING)
    @Column(name = "citation_class", length = 16)
    private @Nullable CitationClass citationClass;

    /**
     * Hết hiệu lực toàn bộ as the registry's relations tell ({@link Effect.Status#EXPIRED}): kept in step by the
     * registry, read by the search's ranking ({@link #isSuperseded()}).
     */
    @Column(name = "superseded", nullable = false)
    private boolean superseded;

    /** How an entry came to be. */
    public enum Origin {
        /** Known only from citations in other content. */
        CITED,
        /** Shipped with the portal, in full text. */
        BUNDLED,
        /** A document the portal holds as other content (a plan). */
        CONTENT,
        /** Uploaded by an editor. */
        UPLOADED
    }

    protected LegalDocument() {
        this.documentType = DocumentType.KHAC;
        this.origin = Origin.CITED;
    }

    public LegalDocument(DocumentNumber number, DocumentType type, Origin origin) {
        super(TYPE, number.slug(), number.toString());
        this.number = number.toString();
        this.documentType = Objects.requireNonNull(type, "type");
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    public @Nullable LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(@Nullable LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public @Nullable String getSigner() {
        return signer;
    }

    public void setSigner(@Nullable String signer) {
        this.signer = signer;
    }

    public @Nullable CitationClass getCitationClass() {
        return citationClass;
    }

    public void setCitationClass(@Nullable CitationClass citationClass) {
        this.citationClass = citationClass;
    }

    /** The constitution of a year: it has no number. */
    public static LegalDocument constitution(int year) {
        LegalDocument doc = new LegalDocument(constitutionSlug(year), "Hiến pháp " + year);
        doc.issuer = Issuers.NATIONAL_ASSEMBLY;
        doc.subject = "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm " + year;
        return doc;
    }

    private LegalDocument(String slug, String title) {
        super(TYPE, slug, title);
        this.documentType = DocumentType.HIEN_PHAP;
        this.origin = Origin.CITED;
    }

    /**
     * The constitution a text means: the year it names, else the one in force when the text was issued
     * (Hiến pháp 2013 took effect on 1 January 2014; a text of unknown date is taken as current).
     */
    public static int constitutionYear(@Nullable Integer stated, @Nullable LocalDate citedOn) {
        if (stated != null) {
            return stated;
        }
        return citedOn == null || !citedOn.isBefore(LocalDate.of(2014, 1, 1)) ? 2013 : 1992;
    }

    public static String constitutionSlug(int year) {
        return Slugs.of("hien-phap-" + year);
    }

    public @Nullable String getNumber() {
        return number;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public @Nullable DocumentType getCitedType() {
        return citedType;
    }

    public void setCitedType(@Nullable DocumentType citedType) {
        this.citedType = citedType;
    }

    public @Nullable LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(@Nullable LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public @Nullable String getIssuer() {
        return issuer;
    }

    public void setIssuer(@Nullable String issuer) {
        this.issuer = issuer;
    }

    public @Nullable String getSubject() {
        return subject;
    }

    public void setSubject(@Nullable String subject) {
        this.subject = subject == null || subject.length() <= 2000 ? subject : subject.substring(0, 1999) + "…";
    }

    public boolean hasFullText() {
        return fullText;
    }

    public Origin getOrigin() {
        return origin;
    }

    /** Stores the full text; the searchable text becomes the full text. */
    public void setFullText(String text, Origin origin) {
        setText(text);
        this.fullText = true;
        this.origin = origin;
    }

    public @Nullable String getOriginalPath() {
        return originalPath;
    }

    public @Nullable String getOriginalName() {
        return originalName;
    }

    public @Nullable String getOriginalMediaType() {
        return originalMediaType;
    }

    public @Nullable Long getOriginalSize() {
        return originalSize;
    }

    public void setOriginal(String path, String name, String mediaType, long size) {
        this.originalPath = path;
        this.originalName = name;
        this.originalMediaType = mediaType;
        this.originalSize = size;
    }

    /** "Nghị định 60/2021/NĐ-CP", "Hiến pháp 2013". */
    public String displayName() {
        if (number == null) {
            return getTitle();
        }
        return documentType.word().isEmpty() ? number : documentType.word() + " " + number;
    }

    /** Under the number in search results: the trích yếu ("Luật Ngân sách nhà nước"), when known. */
    @Override
    public @Nullable String searchSubtitle() {
        return subject;
    }

    /**
     * Named by its trích yếu ("Luật Khoa học và công nghệ") as much as by its number, which is the title, and by its
     * type and number as a reader says it ("Nghị định 60/2021/NĐ-CP", typed "nghị định 60").
     */
    @Override
    public @Nullable String searchNames() {
        String name = displayName();
        return subject == null ? name : subject + "\n" + name;
    }

    /** Repealed or replaced in whole by a document in force: ranked after the documents that stand. */
    @Override
    public boolean isSuperseded() {
        return superseded;
    }

    /** Set by the registry from the entry's {@link Effect}; saving the entry then indexes it again. */
    public void setSuperseded(boolean superseded) {
        this.superseded = superseded;
    }

    /** The articles of the full text ({@link Articles}), which a search hit links to; none without a full text. */
    @Override
    public List<TextSection> searchSections() {
        return fullText ? Articles.in(getText()) : List.of();
    }

    /** Search facets: document type ("Quyết định"), issuer and year of issue. */
    @Override
    protected void contributeFacets(FacetValues facets) {
        facets.add(SearchFacets.DOCUMENT_TYPE, documentType.word());
        if (issuer != null) {
            facets.add(SearchFacets.ISSUER, issuer);
        }
        if (issuedOn != null) {
            facets.add(SearchFacets.YEAR, String.valueOf(issuedOn.getYear()));
        }
    }

    /** schema.org {@code Legislation}: the document number as its identifier, the issue date, the issuer. */
    @Override
    protected void describeForSchemaOrg(java.util.Map<String, Object> data) {
        data.put("@type", "Legislation");
        if (number != null) {
            data.put("legislationIdentifier", number);
        }
        data.put("legislationType", documentType.word());
        if (issuedOn != null) {
            data.put("legislationDate", issuedOn.toString());
            data.put("datePublished", issuedOn.toString());
        }
        if (issuer != null) {
            data.put("legislationPassedBy", java.util.Map.of("@type", "Organization", "name", issuer));
        }
        data.put("inLanguage", "vi");
    }
}
