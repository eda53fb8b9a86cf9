package vn.hungyen.khcn.legal.domain;

import vn.hungyen.khcn.content.spi.CitationClass;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Trích dẫn: one reference to a document found in a text, with what the text says of it.
 *
 * @param number    the document's number; {@code null} for the constitution, which has none, and for a law cited
 *                  by a name the registry of laws does not know
 * @param typeWord  the type word the text uses ("Kế hoạch"), {@code null} when it uses none
 * @param type      the document's type: the one its symbol tells, else the word's
 * @param year      for the constitution, the year the text names ("năm 1992"), else {@code null}
 * @param date      ngày ban hành, when the text gives it
 * @param issuer    cơ quan ban hành: from the symbol where it can be told, else as the text names it
 * @param name      the name between the type word and the number ("Luật Khoa học và công nghệ số …")
 * @param title     trích yếu, when the text states it ("về nhiệm vụ, giải pháp chủ yếu …")
 * @param sentence  the sentence the reference stands in
 * @param start     offset in the normalised text ({@link CitationExtractor#normalise})
 * @param end       end offset (exclusive) in the normalised text
 * @param byName    the text names a law without its number ("Bộ luật Lao động"); {@code number} is then the one
 *                  {@link LawNames} resolved the name to, if any
 */
public record Citation(@Nullable DocumentNumber number, @Nullable DocumentType typeWord, DocumentType type,
        @Nullable Integer year, @Nullable LocalDate date, @Nullable String issuer, @Nullable String name,
        @Nullable String title, String sentence, int start, int end, boolean byName) {

    public Citation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sentence, "sentence");
        if (number == null && type != DocumentType.HIEN_PHAP && (!byName || name == null)) {
            throw new IllegalArgumentException("only the constitution and laws named by name are cited without a number");
        }
    }

    /** Whether the cited document is known: it has a number, or it is the constitution. */
    public boolean resolved() {
        return number != null || type == DocumentType.HIEN_PHAP;
    }

    /** Lớp văn bản: the number's class; the constitution and laws cited by name are legal. */
    public CitationClass citationClass() {
        return number == null ? CitationClass.LEGAL : number.citationClass();
    }

    /** The type word and the symbol disagree ("Kế hoạch số 128/QĐ-UBND"): kept both, flagged. */
    public boolean typeMismatch() {
        return typeWord != null && number != null && number.hasTypeCode() && typeWord != number.typeBySymbol();
    }

    /** What identifies the cited document: its canonical number, or "Hiến pháp 1992". */
    public String key() {
        if (number != null) {
            return number.toString();
        }
        if (type != DocumentType.HIEN_PHAP && name != null) {
            return name;
        }
        return year == null ? "Hiến pháp" : "Hiến pháp " + year;
    }
}
