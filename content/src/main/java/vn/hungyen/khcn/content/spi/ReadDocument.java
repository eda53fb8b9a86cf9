package vn.hungyen.khcn.content.spi;

import java.util.Objects;

/**
 * Văn bản đã đọc: an uploaded file after the portal's one bounded reading of it.
 *
 * @param fileName  the name the editor's file had (for messages only: nothing is decided from it)
 * @param mediaType the type detected from the bytes, e.g. {@code application/pdf}
 * @param text      the whole text, NFC: one paragraph per line, a table row as its cells separated by TAB, a cell
 *                  of several paragraphs as {@code <p>…</p> <p>…</p>} with its text escaped (the layout of the
 *                  department's plan export; a TAB-separated export keeps its own lines as they were)
 * @param structure the same content as paragraphs and tables
 */
public record ReadDocument(String fileName, String mediaType, String text, DocumentStructure structure) {

    public ReadDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(structure, "structure");
    }
}
