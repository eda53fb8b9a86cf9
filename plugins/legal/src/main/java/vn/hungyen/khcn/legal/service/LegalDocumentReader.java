package vn.hungyen.khcn.legal.service;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hungyen.khcn.content.spi.DocumentFacts;
import vn.hungyen.khcn.content.spi.DocumentFindings;
import vn.hungyen.khcn.content.spi.DocumentReader;
import vn.hungyen.khcn.content.spi.FoundCitation;
import vn.hungyen.khcn.content.spi.ReadDocument;
import vn.hungyen.khcn.legal.domain.Citation;
import vn.hungyen.khcn.legal.domain.CitationExtractor;
import vn.hungyen.khcn.legal.domain.DocumentHeader;
import vn.hungyen.khcn.legal.domain.DocumentRelation;
import vn.hungyen.khcn.legal.domain.DocumentType;
import vn.hungyen.khcn.legal.domain.RelationReader;

/**
 * The legal module's part in the document intake: the header (số, loại, cơ quan ban hành, ngày, trích yếu) and
 * every document the text cites, with the relation the text states (căn cứ, sửa đổi, thay thế …).
 */
@Component
class LegalDocumentReader implements DocumentReader {

    /** The kind of a citation that names a law without its number; its number is the one the name resolved to. */
    static final String KIND_BY_NAME = "by-name";

    @Override
    public String id() {
        return "legal-header";
    }

    /** What the reader reads of a text: its header and every relation to a cited document, its own and between two. */
    record Reading(DocumentFacts facts, List<DocumentRelation> relations) {
    }

    @Override
    public DocumentFindings read(ReadDocument document) {
        Reading reading = reading(document.text());
        List<FoundCitation> found = reading.relations().stream().filter(r -> r.source() == null)
                .map(LegalDocumentReader::citation).toList();
        return new DocumentFindings(reading.facts(), found, List.of(), List.of(), List.of(), List.of());
    }

    static Reading reading(String text) {
        DocumentFacts facts = facts(text);
        String normalised = CitationExtractor.normalise(text);
        List<Citation> citations = new CitationExtractor(CitationExtractor.province(text, null)).extract(normalised);
        List<DocumentRelation> relations = RelationReader.read(normalised, citations, facts.number()).stream()
                .filter(r -> facts.number() == null || r.target().number() == null
                        || !facts.number().equals(r.target().number().toString()))
                .toList();
        return new Reading(facts, relations);
    }

    static DocumentFacts facts(String text) {
        return DocumentHeader.read(text).map(h -> new DocumentFacts(h.number().toString(),
                h.type() == DocumentType.KHAC ? null : h.type().word(), h.issuer(), h.date(), h.title(),
                signer(h), h.effectiveDate())).orElse(DocumentFacts.NONE);
    }

    /** "Vương Đình Huệ (Chủ tịch)", the name alone when the position is not printed above it. */
    static @Nullable String signer(DocumentHeader h) {
        if (h.signer() == null) {
            return null;
        }
        return h.signerPosition() == null ? h.signer() : h.signer() + " (" + h.signerPosition() + ")";
    }

    private static FoundCitation citation(DocumentRelation r) {
        Citation c = r.target();
        String sentence = c.sentence().strip();
        String kind = sentence.regionMatches(true, 0, "Căn cứ", 0, 6) ? "basis-line" : "body";
        return new FoundCitation(c.number() == null ? null : c.number().toString(), c.name(),
                c.type() == DocumentType.KHAC ? null : c.type().word(), c.date(), r.relation().apiName(),
                c.byName() ? KIND_BY_NAME : kind, r.evidence(), c.citationClass());
    }
}
