package vn.hungyen.khcn.legal.domain;

import vn.hungyen.khcn.content.spi.CitationClass;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.Slugs;

/**
 * Số ký hiệu văn bản, e.g. {@code 60/2021/NĐ-CP}, {@code 19-NQ/TW}, {@code 29/2013/QH13}: parsed once from the
 * way a text writes it (en dashes, stray spaces, {@code QĐ-TTG}) into one canonical form that two spellings of
 * the same number share. Compared by the canonical form.
 */
public final class DocumentNumber implements Comparable<DocumentNumber> {

    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern SHAPE = Pattern.compile(
            "(\\d{1,5}(?:\\.\\d{1,3})?)(?:\\s*([/-])\\s*((?:19|20)\\d{2}))?\\s*([/-])\\s*"
                    + "(\\p{L}[\\p{L}\\d]*(?:\\s*[-/]\\s*\\p{L}[\\p{L}\\d]*)*)");

    private final String serial;
    private final @Nullable Integer year;
    private final String symbol;
    private final String canonical;

    /** @param yearSeparator "/" as in 60/2021/NĐ-CP, or "-" as in 28-2024/CTHĐQT-DA */
    private DocumentNumber(String serial, @Nullable Integer year, String yearSeparator, String separator,
            String symbol) {
        this.serial = serial;
        this.year = year;
        this.symbol = symbol;
        this.canonical = serial + (year == null ? "" : yearSeparator + year) + (year == null ? separator : "/")
                + symbol;
    }

    /**
     * Parses a number as a text writes it.
     *
     * @throws IllegalArgumentException when the text is not a document number
     */
    public static DocumentNumber parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("not a document number: '" + text + "'"));
    }

    public static Optional<DocumentNumber> tryParse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = DASHES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("-").strip();
        Matcher m = SHAPE.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        String[] parts = m.group(5).replaceAll("\\s+", "").split("(?<=[-/])|(?=[-/])");
        parts[parts.length - 1] = SymbolCodes.get().withoutFootnote(parts[parts.length - 1]);
        StringBuilder symbol = new StringBuilder();
        for (String part : parts) {
            if (part.equals("-") || part.equals("/")) {
                symbol.append(part);
            } else if (!isSymbolPart(part)) {
                return Optional.empty();
            } else {
                symbol.append(SymbolCodes.get().mixedCase(part.toUpperCase(Locale.ROOT)));
            }
        }
        String serial = m.group(1).replaceFirst("^0+(?=\\d)", "");
        if (serial.length() < 2) {
            serial = "0" + serial; // the register writes numbers below ten with a leading zero: 01/NQ-CP
        }
        Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return Optional.of(new DocumentNumber(serial, year, year == null ? "/" : m.group(2), m.group(4),
                symbol.toString()));
    }

    /**
     * A symbol part is upper case (a code such as {@code NĐ}, {@code UBND}, {@code QH13}), allowing the one
     * lower-case letter of {@code TTg} or {@code CTr}; "Tháng" in "Tháng 3- Tháng 12" is not one.
     */
    static boolean isSymbolPart(String part) {
        if (!Character.isUpperCase(part.charAt(0))) {
            return false;
        }
        long lower = part.chars().filter(Character::isLowerCase).count();
        return lower == 0 || (lower == 1 && !SymbolCodes.get().mixedCase(part.toUpperCase(Locale.ROOT))
                .equals(part.toUpperCase(Locale.ROOT)));
    }

    /** Số, e.g. {@code 60}. */
    public String serial() {
        return serial;
    }

    /** Năm ban hành when the number carries it, e.g. 2021 in {@code 60/2021/NĐ-CP}. */
    public Optional<Integer> year() {
        return Optional.ofNullable(year);
    }

    /** Ký hiệu, e.g. {@code NĐ-CP}, {@code NQ/TW}, {@code QH13}. */
    public String symbol() {
        return symbol;
    }

    /** The type the symbol tells ({@link DocumentType#ofSymbol}). */
    public DocumentType typeBySymbol() {
        return DocumentType.ofSymbol(symbol);
    }

    /** Whether the symbol starts with a type code ({@code NĐ}-CP) rather than the issuer alone ({@code QH13}). */
    public boolean hasTypeCode() {
        return SymbolCodes.get().type(symbol.split("[-/]")[0]).isPresent();
    }

    /**
     * The class the number tells: a party committee's symbol ({@code 66-NQ/TW}) is party; else the type code's class
     * ({@code TTr} administrative, {@code NĐ} legal); a number without a type code is legal when a legislature issued
     * it ({@code 45/2019/QH14}) and administrative otherwise (a công văn: {@code 1234/BTC-CST}).
     */
    public CitationClass citationClass() {
        SymbolCodes codes = SymbolCodes.get();
        for (String part : symbol.split("[-/]")) {
            if (codes.issuer(part).map(c -> c.citationClass() == CitationClass.PARTY).orElse(false)) {
                return CitationClass.PARTY;
            }
        }
        var type = codes.type(symbol.split("[-/]")[0]);
        if (type.isPresent()) {
            return java.util.Objects.requireNonNull(type.get().citationClass());
        }
        return codes.isNumberedIssuer(issuerCode()) && codes.issuer(issuerCode())
                .map(c -> c.citationClass() == CitationClass.LEGAL).orElse(false)
                ? CitationClass.LEGAL : CitationClass.ADMINISTRATIVE;
    }

    /** The last part of the symbol: the issuing body's code, e.g. {@code CP}, {@code UBND}, {@code TW}, {@code QH13}. */
    public String issuerCode() {
        String[] parts = symbol.split("[-/]");
        return parts[parts.length - 1];
    }

    /** The stable URL part: {@code 60/2021/NĐ-CP} → {@code 60-2021-nd-cp}. */
    public String slug() {
        return Slugs.of(canonical);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentNumber other && canonical.equals(other.canonical);
    }

    @Override
    public int hashCode() {
        return Objects.hash(canonical);
    }

    @Override
    public int compareTo(DocumentNumber o) {
        return canonical.compareTo(o.canonical);
    }

    /** The canonical form, e.g. {@code 1851/QĐ-TTg}. */
    @Override
    public String toString() {
        return canonical;
    }
}
