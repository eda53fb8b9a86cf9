package vn.hungyen.khcn.legal.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Loại văn bản: the kind of a legal document, known by the word a text names it with ("Nghị định") and by
 * the code its number carries ({@code NĐ} in 60/2021/NĐ-CP; the codes are data, {@code legal/number-symbols.tsv}).
 * A law's number has no code of its own: its symbol is the issuing legislature ({@code QH13}).
 */
public enum DocumentType {
    HIEN_PHAP(List.of("Hiến pháp")),
    BO_LUAT(List.of("Bộ luật")),
    LUAT(List.of("Luật")),
    PHAP_LENH(List.of("Pháp lệnh")),
    NGHI_QUYET(List.of("Nghị quyết")),
    NGHI_DINH(List.of("Nghị định")),
    QUYET_DINH(List.of("Quyết định")),
    CHI_THI(List.of("Chỉ thị")),
    THONG_TU(List.of("Thông tư liên tịch", "Thông tư")),
    VAN_BAN_HOP_NHAT(List.of("Văn bản hợp nhất")),
    KE_HOACH(List.of("Kế hoạch")),
    CHUONG_TRINH(List.of("Chương trình hành động", "Chương trình")),
    KET_LUAN(List.of("Kết luận")),
    THONG_BAO(List.of("Thông báo")),
    TO_TRINH(List.of("Tờ trình")),
    BAO_CAO(List.of("Báo cáo thẩm tra", "Báo cáo")),
    CONG_DIEN(List.of("Công điện")),
    HUONG_DAN(List.of("Hướng dẫn")),
    DE_AN(List.of("Đề án")),
    GIAY_MOI(List.of("Giấy mời")),
    BIEN_BAN(List.of("Biên bản")),
    CONG_VAN(List.of("Công văn")),
    KHAC(List.of());

    private final List<String> words;

    DocumentType(List<String> words) {
        this.words = words;
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
        return SymbolCodes.get().codeOf(this).orElse(null);
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
        var code = SymbolCodes.get().type(first);
        if (code.isPresent()) {
            return valueOf(code.get().meaning());
        }
        if (first.matches("(?i)QH\\d*")) {
            return LUAT;
        }
        return KHAC;
    }
}
