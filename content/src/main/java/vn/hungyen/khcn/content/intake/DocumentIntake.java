package vn.hungyen.khcn.content.intake;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hungyen.khcn.content.spi.DocumentFacts;
import vn.hungyen.khcn.content.spi.DocumentFindings;
import vn.hungyen.khcn.content.spi.DocumentReader;
import vn.hungyen.khcn.content.spi.DocumentStore;
import vn.hungyen.khcn.content.spi.DocumentStore.StoredDocument;
import vn.hungyen.khcn.content.spi.IntakeReading;
import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.content.spi.ReadDocument;

/**
 * Nhận văn bản: an editor's file, read once and shown before anything is stored, then kept as a draft by the module
 * it fits best. {@link #read} receives the file (bounded), reads it ({@link BoundedDocumentReader}) and lets every
 * module's {@link DocumentReader} find what it understands; {@link #store} has the best-fitting
 * {@link DocumentStore} keep it in one transaction, its original file written only after the commit.
 */
public class DocumentIntake {

    private static final Logger log = LoggerFactory.getLogger(DocumentIntake.class);

    private final List<DocumentReader> readers;
    private final List<DocumentStore> stores;
    private final BoundedDocumentReader reader;
    private final OriginalFiles originals;
    private final TransactionTemplate transaction;

    public DocumentIntake(List<DocumentReader> readers, List<DocumentStore> stores, BoundedDocumentReader reader,
            OriginalFiles originals, PlatformTransactionManager transactions) {
        this.readers = List.copyOf(readers);
        this.stores = List.copyOf(stores);
        this.reader = reader;
        this.originals = originals;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The limits every upload is held to. */
    public UploadLimits limits() {
        return reader.limits();
    }

    /**
     * An upload read and not stored yet. Holds its temporary file until closed: close it once stored or dropped.
     */
    public record Pending(UploadedFile file, IntakeReading reading) implements AutoCloseable {
        @Override
        public void close() {
            file.close();
        }
    }

    /**
     * Receives and reads a file; stores nothing.
     *
     * @throws DocumentRejectedException when the file is too large, of a type the portal does not read, damaged, or
     *                                   holds no text — with the reason for the editor
     */
    public Pending read(InputStream content, String fileName) {
        UploadedFile file = UploadedFile.receive(content, fileName, reader.limits().maxSize().toBytes(),
                originals.uploadDirectory());
        try {
            return new Pending(file, findings(file, reader.read(file)));
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    private IntakeReading findings(UploadedFile file, ReadDocument document) {
        List<DocumentFindings> all = new ArrayList<>();
        DocumentFacts facts = DocumentFacts.NONE;
        for (DocumentReader r : readers) {
            DocumentFindings found;
            try {
                found = r.read(document);
            } catch (RuntimeException | StackOverflowError e) {
                // A reader must not throw; if one does, the others' findings still count and the editor is told.
                log.warn("Reader {} failed on {}", r.id(), file.fileName(), e);
                found = new DocumentFindings(DocumentFacts.NONE, List.of(), List.of(), List.of(),
                        List.of(Message.of("intake.problem.reader-failed", r.id())), List.of());
            }
            all.add(found);
            facts = facts.orElse(found.document());
        }
        var original = new IntakeReading.OriginalFile(file.path(), file.fileName(), document.mediaType(), file.size(),
                file.sha256(), BoundedDocumentReader.extensionOf(document.mediaType()));
        return new IntakeReading(document, facts, all, original);
    }

    /** The store that fits a reading best, if any can keep it. */
    public Optional<DocumentStore> storeFor(IntakeReading reading) {
        return stores.stream().filter(s -> fit(s, reading) > 0)
                .max(Comparator.comparingInt((DocumentStore s) -> fit(s, reading)));
    }

    private static int fit(DocumentStore store, IntakeReading reading) {
        try {
            return store.fit(reading);
        } catch (RuntimeException e) {
            log.warn("Store {} could not judge {}", store.id(), reading.document().fileName(), e);
            return 0;
        }
    }

    /**
     * Keeps a read document as a draft, whole or not at all.
     *
     * @throws DocumentStore.DocumentRefusedException when no module can keep it, or the one that fits refuses it
     */
    public StoredDocument store(Pending pending, @Nullable String editor) {
        IntakeReading reading = pending.reading();
        DocumentStore store = storeFor(reading).orElseThrow(() -> new DocumentStore.DocumentRefusedException(
                Message.of("intake.error.nothing-to-store", reading.document().fileName())));
        return transaction.execute(status -> store.store(reading, originals, editor));
    }
}
