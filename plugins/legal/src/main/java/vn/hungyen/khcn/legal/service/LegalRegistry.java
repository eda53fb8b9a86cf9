package vn.hungyen.khcn.legal.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.domain.ContentLink;
import vn.hungyen.khcn.content.domain.ContentLink.Provenance;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.service.ContentLinks;
import vn.hungyen.khcn.content.service.ContentStateChanged;
import vn.hungyen.khcn.legal.domain.Citation;
import vn.hungyen.khcn.legal.domain.CitationExtractor;
import vn.hungyen.khcn.legal.domain.DocumentHeader;
import vn.hungyen.khcn.legal.domain.DocumentRelation;
import vn.hungyen.khcn.legal.domain.DocumentType;
import vn.hungyen.khcn.legal.domain.Effect;
import vn.hungyen.khcn.legal.domain.LegalDocument;
import vn.hungyen.khcn.legal.domain.RelationReader;

/**
 * Sổ văn bản: one entry per document, whichever text cites it and however it writes the number. An entry is
 * created the first time a document is cited and completed (date, issuer, trích yếu) by later citations that
 * say more; what an entry already holds is never overwritten by a citation.
 */
@Service
@Transactional
public class LegalRegistry {

    private final LegalDocumentRepository documents;
    private final ContentLinks links;

    LegalRegistry(LegalDocumentRepository documents, ContentLinks links) {
        this.documents = documents;
        this.links = links;
    }

    /** Counts what a registry operation did. */
    static final class Tally {
        int documents;
        int links;
    }

    public Optional<LegalDocument> find(String slug) {
        return documents.findBySlug(slug);
    }

    /** The entry of a cited document, created or completed from the citation. */
    LegalDocument ensure(Citation citation, @Nullable LocalDate citedOn, Tally tally) {
        if (citation.number() == null) {
            int year = constitutionYear(citation, citedOn);
            return documents.findBySlug(LegalDocument.constitutionSlug(year)).orElseGet(() -> {
                tally.documents++;
                LegalDocument doc = LegalDocument.constitution(year);
                doc.setText(doc.getSubject() == null ? doc.getTitle() : doc.getSubject());
                doc.setState(PublicationState.PUBLISHED);
                return documents.save(doc);
            });
        }
        LegalDocument doc = documents.findBySlug(citation.number().slug()).orElse(null);
        if (doc == null) {
            doc = new LegalDocument(citation.number(), citation.type(), LegalDocument.Origin.CITED);
            doc.setState(PublicationState.PUBLISHED);
            tally.documents++;
        }
        if (doc.getIssuedOn() == null) {
            doc.setIssuedOn(citation.date());
        }
        if (doc.getIssuer() == null) {
            doc.setIssuer(citation.issuer());
        }
        if (doc.getSubject() == null) {
            doc.setSubject(citation.title() != null ? citation.title() : citation.name());
        }
        if (doc.getCitationClass() == null) {
            doc.setCitationClass(citation.citationClass());
        }
        if (citation.typeMismatch() && doc.getCitedType() == null) {
            doc.setCitedType(citation.typeWord());
        }
        if (!doc.hasFullText()) {
            doc.setText(summary(doc));
        }
        return documents.save(doc);
    }

    static int constitutionYear(Citation citation, @Nullable LocalDate citedOn) {
        return LegalDocument.constitutionYear(citation.year(), citedOn);
    }

    /** The searchable text of an entry without full text: what is known of it. */
    static String summary(LegalDocument doc) {
        StringBuilder s = new StringBuilder(doc.displayName());
        if (doc.getIssuer() != null) {
            s.append(" của ").append(doc.getIssuer());
        }
        if (doc.getSubject() != null) {
            s.append('\n').append(doc.getSubject());
        }
        return s.toString();
    }

    /**
     * Reads the relations a document's own text tells and links them, creating the entries it cites.
     *
     * @return the number of links added
     */
    int relateFromText(LegalDocument self, String text, CitationExtractor extractor, Tally tally) {
        String normalised = CitationExtractor.normalise(text);
        List<Citation> citations = extractor.extract(normalised);
        List<DocumentRelation> relations = RelationReader.read(normalised, citations, self.getNumber());
        int added = 0;
        Set<LegalDocument> actedOn = new LinkedHashSet<>();
        for (DocumentRelation r : relations) {
            if (!r.target().resolved() || r.source() != null && !r.source().resolved()) {
                continue; // a law named without a known number makes no entry (no ghost entries)
            }
            LegalDocument target = ensure(r.target(), self.getIssuedOn(), tally);
            LegalDocument source = r.source() == null ? self : ensure(r.source(), self.getIssuedOn(), tally);
            if (source.equals(target) || (source.getId() != null && source.getId().equals(target.getId()))) {
                continue;
            }
            if (links.link(source, target, r.relation().code(), null, Provenance.SOURCE_TEXT, r.evidence())) {
                added++;
                tally.links++;
                if (Effects.ACTING.contains(r.relation())) {
                    actedOn.add(target);
                }
            }
        }
        refreshSuperseded(actedOn);
        return added;
    }

    /** Sets what a full text's header says, where the entry does not know it yet. */
    void completeFromHeader(LegalDocument doc, @Nullable LocalDate date, @Nullable String title,
            @Nullable String issuer) {
        if (doc.getIssuedOn() == null) {
            doc.setIssuedOn(date);
        }
        if (title != null && (doc.getSubject() == null || doc.getDocumentType() == DocumentType.LUAT)) {
            doc.setSubject(title);
        }
        if (doc.getIssuer() == null) {
            doc.setIssuer(issuer);
        }
    }

    /** Sets the signature, effective date and class a full text's header states, where the entry has none. */
    void completeEffect(LegalDocument doc, DocumentHeader header) {
        if (doc.getEffectiveOn() == null) {
            doc.setEffectiveOn(header.effectiveDate());
        }
        if (doc.getSigner() == null) {
            doc.setSigner(LegalDocumentReader.signer(header));
        }
        if (doc.getCitationClass() == null) {
            doc.setCitationClass(header.number().citationClass());
        }
    }

    /**
     * Sets whether each entry is superseded (hết hiệu lực toàn bộ, {@link Effect.Status#EXPIRED}) as its incoming
     * relations tell today, saving the entries that changed: saving indexes them again, with the search's ranking of
     * them ({@link LegalDocument#isSuperseded()}). Called when a relation is added, when a document's state changes
     * and at every start (a repeal comes into force on its date).
     *
     * @return the number of entries that changed
     */
    int refreshSuperseded(Collection<LegalDocument> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        Map<Long, List<ContentLink>> incoming = links.toEach(entries, Effects.actingCodes());
        LocalDate today = LocalDate.now();
        int changed = 0;
        for (LegalDocument doc : entries) {
            boolean superseded = Effects.of(doc, incoming.getOrDefault(doc.getId(), List.of()), today).status()
                    == Effect.Status.EXPIRED;
            if (superseded != doc.isSuperseded()) {
                doc.setSuperseded(superseded);
                documents.save(doc);
                changed++;
            }
        }
        return changed;
    }

    /** Every entry's {@link #refreshSuperseded}. */
    int refreshSuperseded() {
        return refreshSuperseded(documents.findAllNewestFirst());
    }

    /**
     * A document published, archived or taken back to draft acts, or no longer acts, on the entries it repeals,
     * replaces or amends: their standing in the search follows in the same commit.
     */
    @EventListener
    void documentStateChanged(ContentStateChanged change) {
        if (!LegalDocument.TYPE.equals(change.type())) {
            return;
        }
        documents.findById(change.id()).ifPresent(doc -> refreshSuperseded(
                links.fromEach(List.of(doc), Effects.actingCodes()).getOrDefault(doc.getId(), List.of()).stream()
                        .map(ContentLink::getTarget).filter(LegalDocument.class::isInstance)
                        .map(LegalDocument.class::cast).collect(Collectors.toCollection(LinkedHashSet::new))));
    }

    LegalDocument save(LegalDocument doc) {
        return documents.save(doc);
    }
}
