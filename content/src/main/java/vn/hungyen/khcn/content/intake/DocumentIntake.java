package vn.hungyen.khcn.content.intake;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.intake.vietnamese.OcrCorrection;
import vn.hungyen.khcn.content.intake.vietnamese.Syllables;
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
public class DocumentIntake implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DocumentIntake.class);

    private final List<DocumentReader> readers;
    private final List<DocumentStore> stores;
    private final BoundedDocumentReader reader;
    private final OriginalFiles originals;
    private final TransactionTemplate transaction;
    private final OcrJobs scans;

    public DocumentIntake(List<DocumentReader> readers, List<DocumentStore> stores, BoundedDocumentReader reader,
            OriginalFiles originals, PlatformTransactionManager transactions) {
        this(readers, stores, reader, originals, transactions, OcrSettings.defaults());
    }

    public DocumentIntake(List<DocumentReader> readers, List<DocumentStore> stores, BoundedDocumentReader reader,
            OriginalFiles originals, PlatformTransactionManager transactions, OcrSettings ocr) {
        this.readers = List.copyOf(readers);
        this.stores = List.copyOf(stores);
        this.reader = reader;
        this.originals = originals;
        this.transaction = new TransactionTemplate(transactions);
        this.scans = new OcrJobs(originals.uploadDirectory().resolveSibling("ocr"),
                new ScannedDocumentReader(ocr, new OcrCorrection(Syllables.bundled())),
                (file, document) -> new Pending(file, findings(file, document)));
    }

    /** The scans being read in the background. */
    public OcrJobs scans() {
        return scans;
    }

    /** The limits every upload is held to. */
    public UploadLimits limits() {
        return reader.limits();
    }

    /**
     * An upload read and not stored yet. Holds its temporary file until closed: close it once stored or dropped.
     *
     * @param cleanup what else closing it removes (a scan's job folder)
     */
    public record Pending(UploadedFile file, IntakeReading reading, Runnable cleanup) implements AutoCloseable {

        public Pending(UploadedFile file, IntakeReading reading) {
            this(file, reading, () -> { });
        }

        Pending withCleanup(Runnable more) {
            Runnable first = cleanup;
            return new Pending(file, reading, () -> {
                first.run();
                more.run();
            });
        }

        @Override
        public void close() {
            file.close();
            cleanup.run();
        }
    }

    /** What an upload became: read at once, or a scan waiting for its reading in the background. */
    public sealed interface Submission permits Ready, Queued {
    }

    /** Read at once (a born-digital file). */
    public record Ready(Pending pending) implements Submission {
    }

    /** A scan: read in the background by {@link #scans()}; nothing is stored until it is read and saved. */
    public record Queued(OcrJob job) implements Submission {
    }

    /**
     * Receives a file: a born-digital one is read at once, a scan (an image, or a PDF with a page without text) is
     * handed to the background reading. Stores nothing.
     *
     * @throws DocumentRejectedException as {@link #read}; for a scan also when the server has no OCR installed
     *                                   ("tệp là bản quét; máy chủ chưa cài nhận dạng chữ") or too many scans wait
     */
    public Submission submit(InputStream content, String fileName) {
        UploadedFile file = UploadedFile.receive(content, fileName, reader.limits().maxSize().toBytes(),
                originals.uploadDirectory());
        try {
            String scanType = reader.scanType(file);
            if (scanType != null) {
                return new Queued(scans.submit(file, scanType));
            }
            return new Ready(new Pending(file, findings(file, reader.read(file))));
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /**
     * The same upload read again from the text the editor corrected (after OCR): the corrected text is read as plain
     * text by every module, with the original notes kept. The returned reading takes over the upload's file: keep
     * only it, do not close {@code pending}.
     */
    public Pending reread(Pending pending, String text) {
        ReadDocument before = pending.reading().document();
        StructureBuilder.Built built = StructureBuilder.fromPlainText(text);
        ReadDocument edited = new ReadDocument(before.fileName(), before.mediaType(), built.text(), built.structure(),
                before.notes());
        return new Pending(pending.file(), findings(pending.file(), edited), pending.cleanup());
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

    /** Stops the background reading of scans; one cut short is read again at the next start. */
    @Override
    public void close() {
        scans.close();
    }
}
