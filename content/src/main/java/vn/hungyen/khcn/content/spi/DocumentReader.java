package vn.hungyen.khcn.content.spi;

/**
 * Trình đọc văn bản: a module's part in the document intake. The intake reads an upload once and hands it to the
 * reader of every module; each returns what it understands (the legal module the header and citations, the plan
 * module the tasks). A reader is a pure function of the document: it stores nothing, and it never throws on odd
 * input — it reports problems instead.
 */
public interface DocumentReader {

    /** Stable identifier, e.g. {@code plan-tasks}. */
    String id();

    /** What this module finds in the document. */
    DocumentFindings read(ReadDocument document);
}
