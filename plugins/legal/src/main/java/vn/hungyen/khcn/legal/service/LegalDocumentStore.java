package vn.hungyen.khcn.legal.service;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hungyen.khcn.content.spi.DocumentStore;
import vn.hungyen.khcn.content.spi.IntakeReading;
import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.legal.LegalModule;
import vn.hungyen.khcn.legal.domain.DocumentHeader;
import vn.hungyen.khcn.legal.domain.LegalDocument;

/**
 * Keeps an uploaded document that states its number as a legal document: a new entry as a draft, or the full text of
 * an entry known so far only from citations. Ranks below a store that reads more of the document (a plan's tasks).
 */
@Component
class LegalDocumentStore implements DocumentStore {

    static final int FIT = 10;

    private final LegalUploads uploads;

    LegalDocumentStore(LegalUploads uploads) {
        this.uploads = uploads;
    }

    @Override
    public String id() {
        return "legal";
    }

    @Override
    public int fit(IntakeReading reading) {
        return DocumentHeader.read(reading.document().text()).isPresent() ? FIT : 0;
    }

    @Override
    public StoredDocument store(IntakeReading reading, OriginalKeeper originals, @Nullable String editor) {
        DocumentHeader header = DocumentHeader.read(reading.document().text()).orElseThrow(
                () -> new DocumentRefusedException(Message.of("legal.upload.error.no-number", reading.original().fileName())));
        try {
            LegalUploads.Result result = uploads.storeNew(header, reading.document().text(), reading.original(), originals);
            LegalDocument doc = uploads.find(result.slug());
            return new StoredDocument(LegalDocument.TYPE, result.slug(), doc.getState().name(),
                    LegalModule.documentPath(result.slug()));
        } catch (LegalUploadException e) {
            throw new DocumentRefusedException(new Message(e.messageKey(),
                    java.util.Arrays.stream(e.arguments()).map(String::valueOf).toList()));
        }
    }
}
