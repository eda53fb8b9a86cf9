package vn.hungyen.khcn.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.SearchFacets;
import vn.hungyen.khcn.content.domain.FacetValues;
import vn.hungyen.khcn.content.domain.Slugs;

/** Kế hoạch: a signed plan document, e.g. Kế hoạch 21/KH-SKHCN ngày 28/02/2022, with its narrative text. */
@Entity
@Table(name = "plan_document")
@PrimaryKeyJoinColumn(name = "id")
@Indexed
public class Plan extends ContentItem {

    public static final String TYPE = "plan";
    /** Loại văn bản of every plan, as the document-type search facet shows it. */
    public static final String DOCUMENT_TYPE_LABEL = "Kế hoạch";

    /** Số ký hiệu, e.g. {@code 21/KH-SKHCN}. */
    @Column(name = "number", nullable = false, length = 64)
    @KeywordField(projectable = Projectable.YES)
    private String number;

    @Column(name = "issued_on")
    @GenericField(projectable = Projectable.YES)
    private @Nullable LocalDate issuedOn;

    @Column(name = "place", length = 200)
    private @Nullable String place;

    @Column(name = "issuer", length = 500)
    private @Nullable String issuer;

    @Column(name = "signer", length = 500)
    private @Nullable String signer;

    /** Where the uploaded original is kept, relative to the data directory; {@code null} for the bundled plan. */
    @Column(name = "original_path", length = 500)
    private @Nullable String originalPath;

    protected Plan() {
        this.number = "";
    }

    public Plan(String number, String title) {
        super(TYPE, slugFor(number), title);
        this.number = number;
    }

    /** {@code 21/KH-SKHCN} → {@code 21-kh-skhcn}. */
    public static String slugFor(String number) {
        return Slugs.of(number);
    }

    public String getNumber() {
        return number;
    }

    public @Nullable LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(@Nullable LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public void setPlace(@Nullable String place) {
        this.place = place;
    }

    public @Nullable String getIssuer() {
        return issuer;
    }

    public void setIssuer(@Nullable String issuer) {
        this.issuer = issuer;
    }

    public @Nullable String getSigner() {
        return signer;
    }

    public void setSigner(@Nullable String signer) {
        this.signer = signer;
    }

    public @Nullable String getOriginalPath() {
        return originalPath;
    }

    public void setOriginalPath(@Nullable String originalPath) {
        this.originalPath = originalPath;
    }

    /** Search facets: document type "Kế hoạch", the issuer, the year of issue. */
    @Override
    protected void contributeFacets(FacetValues facets) {
        facets.add(SearchFacets.DOCUMENT_TYPE, DOCUMENT_TYPE_LABEL)
                .add(SearchFacets.ISSUER, issuer)
                .add(SearchFacets.YEAR, yearOfIssue());
    }

    /** The year the plan was issued, as a facet value ("2022"), or null when the date is unknown. */
    public @Nullable String yearOfIssue() {
        return issuedOn == null ? null : String.valueOf(issuedOn.getYear());
    }
}
