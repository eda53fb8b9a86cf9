package vn.hungyen.khcn.content.spi;

import java.util.List;
import java.util.Objects;

/**
 * What one module's reader found in a document. Everything is read, nothing is stored.
 *
 * @param document  what the header says (or {@link DocumentFacts#NONE})
 * @param citations the documents it names
 * @param tasks     its tasks and task groups, parents before children, in document order
 * @param skipped   what the reader saw and deliberately did not read as its content, and why (a table of targets)
 * @param problems  what it could not read
 * @param unknownUnits unit names the reader did not know: proposed to the editor, not refused
 */
public record DocumentFindings(DocumentFacts document, List<FoundCitation> citations, List<FoundTask> tasks,
        List<Skipped> skipped, List<Message> problems, List<String> unknownUnits) {

    public static final DocumentFindings NOTHING = new DocumentFindings(DocumentFacts.NONE, List.of(), List.of(),
            List.of(), List.of(), List.of());

    public DocumentFindings {
        Objects.requireNonNull(document, "document");
        citations = List.copyOf(citations);
        tasks = List.copyOf(tasks);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
        unknownUnits = List.copyOf(unknownUnits);
    }

    /** Something read and left aside on purpose. @param what e.g. "Bảng 2 (12 dòng)" @param why the reason */
    public record Skipped(String what, Message why) {
        public Skipped {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(why, "why");
        }
    }
}
