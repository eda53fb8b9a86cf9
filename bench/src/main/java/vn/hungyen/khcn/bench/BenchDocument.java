package vn.hungyen.khcn.bench;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.FacetValues;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.SearchFacets;

/**
 * A document of the benchmark corpus: a law article, an ALQAC article or a row of the plan, with the facet values a
 * legal document or a plan item contributes in the portal (document type, issuer, year, group, topic).
 */
@Entity
@Table(name = "bench_document")
class BenchDocument extends ContentItem {

    @Column(name = "document_type", nullable = false)
    private String documentType = "";

    @Column(name = "issuer", nullable = false)
    private String issuer = "";

    @Column(name = "issued_year", nullable = false)
    private int year;

    @Column(name = "doc_group", nullable = false)
    private String group = "";

    /** For JPA only. */
    protected BenchDocument() {
    }

    BenchDocument(CorpusEntry entry, String slug) {
        super(entry.type(), slug, entry.title());
        setText(entry.text());
        setState(PublicationState.PUBLISHED);
        this.documentType = entry.documentType();
        this.issuer = entry.issuer();
        this.year = entry.year();
        this.group = entry.group();
    }

    @Override
    protected void contributeFacets(FacetValues facets) {
        facets.add(SearchFacets.DOCUMENT_TYPE, documentType)
                .add(SearchFacets.ISSUER, issuer)
                .add(SearchFacets.YEAR, String.valueOf(year))
                .add(SearchFacets.GROUP, group);
    }
}
