package vn.hungyen.khcn.legal.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Loại văn bản: the kind of a legal document, known by the word a text names it with ("Nghị định") and by
 * the code its number carries ({@code NĐ} in 60/2021/NĐ-CP). A law's number has no code of its own: its
 * symbol is the issuing legislature ({@code QH13}).
 */
public enum DocumentType {
    HIEN_PHAP(List.of("Hiến pháp"), null),
    BO_LUAT(List.of("Bộ luật"), null),
    LUAT(List.of("Luật"), null),
    PHAP_LENH(List.of("Pháp lệnh"), "PL"),
    NGHI_QUYET(List.of("Nghị quyết"), "NQ"),
    NGHI_DINH(List.of("Nghị định"), "NĐ"),
    QUYET_DINH(List.of("Quyết định"), "QĐ"),
    CHI_THI(List.of("Chỉ thị"), "CT"),
    THONG_TU(List.of("Thông tư liên tịch", "Thông tư"), "TT"),
    KE_HOACH(List.of("Kế hoạch"), "KH"),
    CHUONG_TRINH(List.of("Chương trình hành động", "Chương trình"), "CTr"),
    KET_LUAN(List.of("Kết luận"), "KL"),
    THONG_BAO(List.of("Thông báo"), "TB"),
    CONG_VAN(List.of("Công văn"), null),
    KHAC(List.of(), null);

    private final List<String> words;
    private final @Nullable String code;

    DocumentType(List<String> words, @Nullable String code) {
        this.words = words;
        this.code = code;
    }

    /** The words a text names this type with, longest first. */
    public List<String> words() {
        return words;
    }

    /** The word a title uses for this type, e.g. "Thông tư", "Chương trình"; empty for {@link #KHAC}. */
    public String word() {
        return words.stream().min(java.util.Comparator.comparingInt(String::length)).orElse("");
    }

    /** Mã loại in the number's symbol, e.g. {@code NĐ}; {@code null} when the type has none. */
    public @Nullable String code() {
        return code;
    }

    /** Resource-bundle key of the type's display name. */
    public String labelKey() {
        return "legal.type." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The type named by a word as written ("Nghị định", "NGHỊ ĐỊNH", "Chương trình hành động"). */
    public static Optional<DocumentType> ofWord(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        for (DocumentType t : values()) {
            for (String candidate : t.words) {
                if (candidate.toLowerCase(Locale.ROOT).equals(w)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /** The type a number's symbol tells: {@code NĐ-CP} → decree, {@code QH13} → law, {@code NQ/TW} → resolution. */
    public static DocumentType ofSymbol(String symbol) {
        String first = symbol.split("[-/]")[0];
        for (DocumentType t : values()) {
            if (t.code != null && t.code.equalsIgnoreCase(first)) {
                return t;
            }
        }
        if (first.matches("(?i)QH\\d*")) {
            return LUAT;
        }
        return KHAC;
    }
}
