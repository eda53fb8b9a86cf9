package vn.hungyen.khcn.content.spi;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Trích dẫn: another document a read document names.
 *
 * @param number    the cited number, normalised; {@code null} for a law cited by its name only
 * @param name      the cited document's name as the text gives it
 * @param type      the cited type's name
 * @param date      the cited document's date, if the text gives it
 * @param relation  the relation's code, e.g. {@code basis}, {@code amends}, {@code refers}
 * @param kind      what the citation is in the text, e.g. {@code basis-line}, {@code body}
 * @param evidence  the sentence it was read from
 * @param citationClass lớp văn bản of the cited document (legal, party, administrative), when the reader tells it
 */
public record FoundCitation(@Nullable String number, @Nullable String name, @Nullable String type,
        @Nullable LocalDate date, String relation, String kind, String evidence,
        @Nullable CitationClass citationClass) {

    public FoundCitation {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** A citation whose reader does not tell its class. */
    public FoundCitation(@Nullable String number, @Nullable String name, @Nullable String type,
            @Nullable LocalDate date, String relation, String kind, String evidence) {
        this(number, name, type, date, relation, kind, evidence, null);
    }
}
