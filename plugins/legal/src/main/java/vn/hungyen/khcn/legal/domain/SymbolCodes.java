package vn.hungyen.khcn.legal.domain;

import vn.hungyen.khcn.content.spi.CitationClass;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The grammar of số ký hiệu as data ({@code legal/number-symbols.tsv}): which first parts name a type ({@code NĐ},
 * {@code TTr}), which last parts name an issuer ({@code CP}, {@code TW}, {@code QH13}), and the class each gives a
 * citation. Loaded once; a malformed line stops the start-up rather than reading numbers wrongly.
 */
final class SymbolCodes {

    static final String RESOURCE = "/legal/number-symbols.tsv";
    private static final Pattern TRAILING_DIGITS = Pattern.compile("(\\p{L}+)(\\d{1,3})");

    record Code(String code, @Nullable CitationClass citationClass, String meaning) {
    }

    private static final SymbolCodes INSTANCE = load();

    private final Map<String, Code> types;
    private final Map<String, Code> issuers;
    private final Map<String, Code> numberedIssuers;

    private SymbolCodes(Map<String, Code> types, Map<String, Code> issuers, Map<String, Code> numberedIssuers) {
        this.types = types;
        this.issuers = issuers;
        this.numberedIssuers = numberedIssuers;
    }

    static SymbolCodes get() {
        return INSTANCE;
    }

    private static SymbolCodes load() {
        Map<String, Code> types = new LinkedHashMap<>();
        Map<String, Code> issuers = new LinkedHashMap<>();
        Map<String, Code> numbered = new LinkedHashMap<>();
        for (String[] f : DataTable.read(RESOURCE, 4)) {
            CitationClass c = f[2].equals("-") ? null : CitationClass.valueOf(f[2].toUpperCase(Locale.ROOT));
            Code code = new Code(f[1], c, f[3]);
            Map<String, Code> target = switch (f[0]) {
                case "type" -> types;
                case "issuer" -> issuers;
                case "numbered-issuer" -> numbered;
                default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + f[0]);
            };
            target.put(key(f[1]), code);
        }
        return new SymbolCodes(Map.copyOf(types), Map.copyOf(issuers), Map.copyOf(numbered));
    }

    private static String key(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    /** The type code a symbol starts with ({@code NĐ}, {@code TTr}), if it is one. */
    Optional<Code> type(String part) {
        return Optional.ofNullable(types.get(key(part)));
    }

    /** The type's usual code, e.g. {@code NĐ} for a decree; empty for a type numbered without one (a law). */
    Optional<String> codeOf(DocumentType type) {
        return types.values().stream().filter(c -> c.meaning().equals(type.name())).map(Code::code).findFirst();
    }

    /** The issuing body a symbol's last part names ({@code CP}, {@code QH13}), if it is known. */
    Optional<Code> issuer(String part) {
        Code plain = issuers.get(key(part));
        if (plain != null) {
            return Optional.of(plain);
        }
        Matcher m = TRAILING_DIGITS.matcher(part);
        return m.matches() ? Optional.ofNullable(numberedIssuers.get(key(m.group(1)))) : Optional.empty();
    }

    /** An upper-cased part in the case its code is written in ({@code TTG} → {@code TTg}); else as given. */
    String mixedCase(String upper) {
        Code c = types.containsKey(upper) ? types.get(upper) : issuers.get(upper);
        return c == null ? upper : c.code();
    }

    /** Whether the part is a legislature-numbered issuer ({@code QH13}, {@code UBTVQH15}). */
    boolean isNumberedIssuer(String part) {
        Matcher m = TRAILING_DIGITS.matcher(part);
        return m.matches() && numberedIssuers.containsKey(key(m.group(1)));
    }

    /**
     * A last part with a footnote mark glued to it ({@code TW1}, {@code CP4}) without the mark, when what remains is
     * a known issuer code that takes no number; else the part as it is ({@code QH13} stays).
     */
    String withoutFootnote(String part) {
        Matcher m = TRAILING_DIGITS.matcher(part);
        if (m.matches() && !numberedIssuers.containsKey(key(m.group(1))) && issuers.containsKey(key(m.group(1)))) {
            return m.group(1);
        }
        return part;
    }
}
