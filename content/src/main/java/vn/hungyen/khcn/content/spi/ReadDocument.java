package vn.hungyen.khcn.content.spi;

import java.util.List;
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
 * @param notes     what the reading did to the text that the editor should know: converted from a legacy encoding,
 *                  recognised from a scan (with its confidence), words corrected after recognition
 */
public record ReadDocument(String fileName, String mediaType, String text, DocumentStructure structure,
        List<Message> notes) {

    public ReadDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(structure, "structure");
        notes = List.copyOf(notes);
    }

    /** A document read as it was, with nothing to note. */
    public ReadDocument(String fileName, String mediaType, String text, DocumentStructure structure) {
        this(fileName, mediaType, text, structure, List.of());
    }
}
