package vn.hungyen.khcn.legal.service;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.spi.CitationClass;
import vn.hungyen.khcn.legal.domain.DocumentType;
import vn.hungyen.khcn.legal.domain.Effect;
import vn.hungyen.khcn.legal.domain.Relation;

/** Read models of the registry for the pages and the API: plain values, no entities. */
public final class LegalViews {

    private LegalViews() {
    }

    /**
     * One entry of the registry list.
     *
     * @param effectiveDate ngày có hiệu lực, where known
     * @param signer        người ký with position, where known
     * @param citationClass lớp văn bản, where the number tells it
     * @param effect        tình trạng hiệu lực from the relations the portal knows
     */
    public record DocumentSummary(String slug, String title, @Nullable String number, DocumentType type,
            @Nullable DocumentType citedType, @Nullable String issuer, @Nullable LocalDate date, @Nullable String subject,
            boolean hasFullText, List<String> citedByTasks, List<RelationView> relations,
            @Nullable LocalDate effectiveDate, @Nullable String signer, @Nullable CitationClass citationClass,
            Effect effect) {
    }

    /**
     * A relation seen from one document.
     *
     * @param relation the relation's type
     * @param outgoing whether this document is its source (else it is the target)
     * @param slug     the other document
     * @param title    the other document's number or name
     * @param evidence the sentence it was read from
     */
    public record RelationView(Relation relation, boolean outgoing, String slug, String title,
            @Nullable String evidence) {
    }

    /** A task citing a document. */
    public record TaskCitation(String code, String title, @Nullable String kind, @Nullable String path,
            @Nullable String evidence) {
    }

    /** Everything a document's page shows. */
    public record DocumentView(DocumentSummary summary, String displayName, @Nullable String fullText,
            List<TaskCitation> citedByTasks, List<RelationView> relations, @Nullable String contentPath,
            @Nullable String originalName, @Nullable String originalMediaType, @Nullable Long originalSize) {
    }
}
