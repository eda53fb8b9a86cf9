package vn.hungyen.khcn.content.spi;

import java.io.IOException;
import java.io.InputStream;

/**
 * Trình nhập: brings content into the portal. An importer runs in one transaction: either everything it read
 * is stored, or nothing changes. What it cannot place it reports instead of dropping.
 */
public interface ContentImporter {

    /** Stable identifier, e.g. {@code plan-text}. */
    String id();

    /** Resource-bundle key of a display name for editors. */
    String labelKey();

    /** Lower runs first; an importer that links to another module's content runs after it. */
    default int order() {
        return 0;
    }

    /**
     * Imports the content the module ships with, if it is not there yet (idempotent: a second run changes
     * nothing). Called once at every start.
     */
    ImportReport importBundled();

    /** Imports an uploaded file; the type is detected from the content, not from the name. */
    ImportReport importFile(String fileName, InputStream content) throws IOException;
}
