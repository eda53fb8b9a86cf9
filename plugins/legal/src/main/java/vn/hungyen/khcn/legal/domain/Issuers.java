package vn.hungyen.khcn.legal.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Cơ quan ban hành: the issuer a number's symbol tells (NĐ-CP → Chính phủ, QĐ-TTg → Thủ tướng Chính phủ,
 * QH13 → Quốc hội, …-UBND → Ủy ban nhân dân tỉnh of the province the text is about), and the clean-up of an
 * issuer as a text writes it ("UBND tỉnh" → "Ủy ban nhân dân tỉnh").
 */
public final class Issuers {

    public static final String GOVERNMENT = "Chính phủ";
    public static final String PRIME_MINISTER = "Thủ tướng Chính phủ";
    public static final String NATIONAL_ASSEMBLY = "Quốc hội";
    public static final String STANDING_COMMITTEE = "Ủy ban Thường vụ Quốc hội";
    public static final String CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương Đảng";

    private static final Pattern ABBREVIATIONS = Pattern.compile("(?U)\\b(UBND|HĐND)\\b");

    private Issuers() {
    }

    /** The issuer the symbol tells, if it tells one; {@code province} completes the provincial bodies. */
    public static Optional<String> fromSymbol(DocumentNumber number, @Nullable String province) {
        String code = number.issuerCode().toUpperCase(Locale.ROOT);
        String inProvince = province == null ? "" : " tỉnh " + province;
        if (code.equals("CP")) {
            return Optional.of(GOVERNMENT);
        }
        if (code.equals("TTG")) {
            return Optional.of(PRIME_MINISTER);
        }
        if (code.matches("QH\\d*")) {
            return Optional.of(NATIONAL_ASSEMBLY);
        }
        if (code.matches("UBTVQH\\d*")) {
            return Optional.of(STANDING_COMMITTEE);
        }
        if (code.equals("TW")) {
            return Optional.of(CENTRAL_COMMITTEE);
        }
        if (code.equals("UBND")) {
            return Optional.of((province == null ? "Ủy ban nhân dân" : "Ủy ban nhân dân" + inProvince));
        }
        if (code.equals("HĐND")) {
            return Optional.of("Hội đồng nhân dân" + inProvince);
        }
        if (code.equals("TU")) {
            return Optional.of("Tỉnh ủy" + (province == null ? "" : " " + province));
        }
        if (code.equals("SKHCN")) {
            return Optional.of("Sở Khoa học và Công nghệ" + inProvince);
        }
        return SymbolCodes.get().issuer(number.issuerCode()).map(SymbolCodes.Code::meaning);
    }

    /** An issuer as a text writes it, with the usual abbreviations spelled out. */
    public static String clean(String issuer) {
        Matcher m = ABBREVIATIONS.matcher(issuer.strip());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1).equals("UBND") ? "Ủy ban nhân dân" : "Hội đồng nhân dân");
        }
        m.appendTail(out);
        return out.toString();
    }
}
