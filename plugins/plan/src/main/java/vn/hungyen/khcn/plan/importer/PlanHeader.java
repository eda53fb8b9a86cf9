package vn.hungyen.khcn.plan.importer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The plan's identity as printed at its top and bottom.
 *
 * @param number   số ký hiệu, e.g. "21/KH-SKHCN"
 * @param date     ngày ban hành, from "Hưng Yên, ngày 28 tháng 02 năm 2022"
 * @param place    địa danh, e.g. "Hưng Yên"
 * @param issuer   cơ quan ban hành as the text names it, e.g. "Sở Khoa học và Công nghệ tỉnh Hưng Yên"
 * @param signer   người ký, or {@code null} when the text has no signature block
 * (number, date, place, issuer and title are {@code null} only when the text lacks them)
 * @param title    trích yếu: the line after "KẾ HOẠCH"
 * @param fullText the narrative (everything before the appendix), NFC, one paragraph per line
 */
public record PlanHeader(String number, LocalDate date, String place, String issuer, String signer, String title,
        String fullText) {

    private static final Pattern NUMBER = Pattern.compile("[\\p{L}\\p{N}.-]+/[\\p{L}\\p{N}/.-]+");

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : Texts.clean(s);
    }

    public PlanHeader {
        // Any part but the text may be missing from an odd export; the parser then reports a problem.
        number = blankToNull(number);
        place = blankToNull(place);
        issuer = blankToNull(issuer);
        signer = blankToNull(signer);
        title = blankToNull(title);
        Objects.requireNonNull(fullText, "fullText");
        if (number != null && !NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("not a document number: " + number);
        }
    }
}
