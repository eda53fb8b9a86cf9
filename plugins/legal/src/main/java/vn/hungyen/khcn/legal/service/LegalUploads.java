package vn.hungyen.khcn.legal.service;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.intake.BoundedDocumentReader;
import vn.hungyen.khcn.content.intake.OriginalFiles;
import vn.hungyen.khcn.content.intake.UploadedFile;
import vn.hungyen.khcn.content.spi.DocumentStore.OriginalKeeper;
import vn.hungyen.khcn.content.spi.IntakeReading;
import vn.hungyen.khcn.content.spi.ReadDocument;
import vn.hungyen.khcn.legal.domain.CitationExtractor;
import vn.hungyen.khcn.legal.domain.DocumentHeader;
import vn.hungyen.khcn.legal.domain.Issuers;
import vn.hungyen.khcn.legal.domain.LegalDocument;

/**
 * Toàn văn từ tệp: an editor attaches the full text of a document to its entry, or creates an entry (a draft, until
 * an editor publishes it), by uploading a file. The file is read through the portal's one bounded path
 * ({@link BoundedDocumentReader}); the citations in it become the document's own relations (its "Căn cứ" lines its
 * basis); the original is kept under the data directory ({@code files/legal/<slug>/}), written only once the entry
 * has committed, so a refused or failed upload leaves nothing behind.
 */
@Service
public class LegalUploads {

    static final String MODULE = "legal";

    private final LegalRegistry registry;
    private final TransactionTemplate transaction;
    private final BoundedDocumentReader reader;
    private final OriginalFiles originals;

    LegalUploads(LegalRegistry registry, PlatformTransactionManager transactions, BoundedDocumentReader reader,
            OriginalFiles originals) {
        this.registry = registry;
        this.transaction = new TransactionTemplate(transactions);
        this.reader = reader;
        this.originals = originals;
    }

    /**
     * What an upload did.
     *
     * @param slug    the entry's slug
     * @param created whether the entry is new (else an existing entry got its full text)
     * @param links   relations added from the citations in the text
     */
    public record Result(String slug, String number, boolean created, int links) {
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return reader.limits().maxSize().toBytes();
    }

    /**
     * Creates an entry from a file whose header states its number (or completes a cited-only entry).
     *
     * @throws vn.hungyen.khcn.content.intake.DocumentRejectedException when the file cannot be read
     * @throws LegalUploadException when it can be read but not stored (no number, already there)
     */
    public Result create(String fileName, InputStream content) {
        try (UploadedFile file = receive(content, fileName)) {
            ReadDocument doc = reader.read(file);
            DocumentHeader header = DocumentHeader.read(doc.text())
                    .orElseThrow(() -> new LegalUploadException("legal.upload.error.no-number", file.fileName()));
            return transaction.execute(status -> storeNew(header, doc.text(), original(file, doc), originals));
        }
    }

    /** Attaches the full text in a file to an existing entry. */
    public Result attach(String slug, String fileName, InputStream content) {
        LegalDocument existing = registry.find(slug)
                .orElseThrow(() -> new LegalUploadException("legal.upload.error.unknown-document", slug));
        try (UploadedFile file = receive(content, fileName)) {
            ReadDocument doc = reader.read(file);
            DocumentHeader header = DocumentHeader.read(doc.text()).orElse(null);
            if (header != null && existing.getNumber() != null && !header.number().toString().equals(existing.getNumber())) {
                throw new LegalUploadException("legal.upload.error.other-document", file.fileName(),
                        header.number().toString(), existing.getNumber());
            }
            return transaction.execute(status -> store(slug, header, doc.text(), original(file, doc), originals));
        }
    }

    private UploadedFile receive(InputStream content, String fileName) {
        return UploadedFile.receive(content, fileName, maxBytes(), originals.uploadDirectory());
    }

    private static IntakeReading.OriginalFile original(UploadedFile file, ReadDocument doc) {
        return new IntakeReading.OriginalFile(file.path(), file.fileName(), doc.mediaType(), file.size(), file.sha256(),
                BoundedDocumentReader.extensionOf(doc.mediaType()));
    }

    /** A new entry (or a cited-only one completed) from a read document, in the caller's transaction. */
    Result storeNew(DocumentHeader header, String text, IntakeReading.OriginalFile original, OriginalKeeper keeper) {
        LegalDocument existing = registry.find(header.number().slug()).orElse(null);
        if (existing != null && existing.hasFullText()) {
            throw new LegalUploadException("legal.upload.error.exists", header.number().toString());
        }
        return store(header.number().slug(), header, text, original, keeper);
    }

    private Result store(String slug, @Nullable DocumentHeader header, String text, IntakeReading.OriginalFile original,
            OriginalKeeper keeper) {
        LegalRegistry.Tally tally = new LegalRegistry.Tally();
        LegalDocument doc = registry.find(slug).orElse(null);
        boolean created = doc == null;
        if (created) {
            doc = new LegalDocument(header.number(), header.type(), LegalDocument.Origin.UPLOADED);
            doc.setState(PublicationState.DRAFT);
        }
        doc.setFullText(text, LegalDocument.Origin.UPLOADED);
        if (header != null) {
            registry.completeFromHeader(doc, header.date(), header.title(), header.issuer() != null ? header.issuer()
                    : Issuers.fromSymbol(header.number(), CitationExtractor.province(text, null)).orElse(null));
            registry.completeEffect(doc, header);
        }
        doc.setOriginal(keeper.keep(MODULE, slug, original), original.fileName(), original.mediaType(), original.size());
        doc = registry.save(doc);
        int links = registry.relateFromText(doc, text, new CitationExtractor(CitationExtractor.province(text, null)), tally);
        return new Result(doc.getSlug(), doc.getTitle(), created, links);
    }

    LegalDocument find(String slug) {
        return registry.find(slug).orElseThrow();
    }

    /** The stored original of an entry, if it has one. */
    public Optional<Path> original(LegalDocument doc) {
        if (doc.getOriginalPath() == null) {
            return Optional.empty();
        }
        return originals.resolve(doc.getOriginalPath()).filter(java.nio.file.Files::isRegularFile);
    }
}
