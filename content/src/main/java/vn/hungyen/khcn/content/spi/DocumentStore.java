package vn.hungyen.khcn.content.spi;

import org.jspecify.annotations.Nullable;

/**
 * Where an uploaded document is kept: a module that can store what the intake read (the plan module a document
 * with tasks, the legal module any document with a number). The store that fits best stores it, as a draft.
 */
public interface DocumentStore {

    /** Stable identifier, e.g. {@code plan}. */
    String id();

    /**
     * How well the reading fits this store: 0 when it cannot store it at all; the highest store stores it. A plan
     * store answers high for a document with tasks, a legal store low for any document with a number.
     */
    int fit(IntakeReading reading);

    /**
     * Stores the reading as a draft, in the caller's transaction (nothing is kept if it fails). The original file
     * is kept through {@code originals}, which writes it only once the transaction commits.
     *
     * @throws DocumentRefusedException when the document cannot be stored (already there, no number …)
     */
    StoredDocument store(IntakeReading reading, OriginalKeeper originals, @Nullable String editor);

    /** What was stored. @param kind the content type code; @param slug its slug; @param path its page */
    record StoredDocument(String kind, String slug, String state, String path) {
    }

    /** Keeps an upload's original file under the data directory, once the storing transaction commits. */
    interface OriginalKeeper {
        /**
         * Reserves the original's place under {@code files/<module>/<key>/} and returns its path relative to the
         * data directory, to record with the entry; the file appears there after commit.
         */
        String keep(String module, String key, IntakeReading.OriginalFile original);
    }

    /** The document cannot be stored as it is; the message says why in words for the editor. */
    final class DocumentRefusedException extends RuntimeException {
        private final Message reason;

        public DocumentRefusedException(Message reason) {
            super(reason.key() + " " + reason.args());
            this.reason = reason;
        }

        public Message reason() {
            return reason;
        }
    }
}
