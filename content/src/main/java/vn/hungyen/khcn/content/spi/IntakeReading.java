package vn.hungyen.khcn.content.spi;

import java.util.List;
import java.util.Objects;

/**
 * One uploaded document as every module's reader saw it: the read document and the findings merged.
 *
 * @param document the read document
 * @param facts    the header, merged over the readers (the first reader's fact wins)
 * @param findings every reader's findings, by reader, in reader order
 * @param original the uploaded file as it came, to keep beside what is stored
 */
public record IntakeReading(ReadDocument document, DocumentFacts facts, List<DocumentFindings> findings,
        OriginalFile original) {

    public IntakeReading {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(facts, "facts");
        findings = List.copyOf(findings);
        Objects.requireNonNull(original, "original");
    }

    public List<FoundTask> tasks() {
        return findings.stream().flatMap(f -> f.tasks().stream()).toList();
    }

    public List<FoundCitation> citations() {
        return findings.stream().flatMap(f -> f.citations().stream()).toList();
    }

    public List<DocumentFindings.Skipped> skipped() {
        return findings.stream().flatMap(f -> f.skipped().stream()).toList();
    }

    public List<Message> problems() {
        return findings.stream().flatMap(f -> f.problems().stream()).toList();
    }

    public List<String> unknownUnits() {
        return findings.stream().flatMap(f -> f.unknownUnits().stream()).distinct().toList();
    }

    /**
     * The uploaded file: where the intake holds it until a store keeps it, and what it is.
     *
     * @param sha256    hex digest of the bytes
     * @param extension the usual extension of the detected type, without dot
     */
    public record OriginalFile(java.nio.file.Path path, String fileName, String mediaType, long size, String sha256,
            String extension) {
    }
}
