package vn.hungyen.khcn.content.spi;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Phần đầu văn bản: what a document says of itself in its header; any part may be missing.
 *
 * @param number số ký hiệu as normalised by the reader, e.g. {@code 70/KH-UBND}
 * @param type   the document type's name, e.g. "Kế hoạch", "Nghị quyết"
 * @param issuer cơ quan ban hành
 * @param date   ngày ban hành
 * @param title  trích yếu
 * @param signer người ký with position, e.g. "Vương Đình Huệ (Chủ tịch)"
 * @param effectiveDate ngày có hiệu lực, where the document states it
 */
public record DocumentFacts(@Nullable String number, @Nullable String type, @Nullable String issuer,
        @Nullable LocalDate date, @Nullable String title, @Nullable String signer, @Nullable LocalDate effectiveDate) {

    public static final DocumentFacts NONE = new DocumentFacts(null, null, null, null, null);

    /** Facts without signature or effective date (a plan's header states neither). */
    public DocumentFacts(@Nullable String number, @Nullable String type, @Nullable String issuer,
            @Nullable LocalDate date, @Nullable String title) {
        this(number, type, issuer, date, title, null, null);
    }

    /** These facts, completed by {@code other} where they have none. */
    public DocumentFacts orElse(DocumentFacts other) {
        return new DocumentFacts(number != null ? number : other.number, type != null ? type : other.type,
                issuer != null ? issuer : other.issuer, date != null ? date : other.date,
                title != null ? title : other.title, signer != null ? signer : other.signer,
                effectiveDate != null ? effectiveDate : other.effectiveDate);
    }
}
