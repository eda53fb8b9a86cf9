package vn.hungyen.khcn.index.search;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Thứ tự kết quả: by relevance (the default when words are typed) or newest first. */
public enum SearchSort {
    /** Best match first; ties by title. Without words, the newest first. */
    RELEVANCE("lien-quan"),
    /** Most recently updated first; ties by relevance. */
    NEWEST("moi-nhat");

    private final String code;

    SearchSort(String code) {
        this.code = code;
    }

    /** The value in URLs and in the API ({@code lien-quan}, {@code moi-nhat}). */
    public String code() {
        return code;
    }

    /** Reads a URL or API value; unknown or missing values mean relevance ({@code date} and {@code newest} too). */
    public static SearchSort fromCode(@Nullable String value) {
        if (value == null) {
            return RELEVANCE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "moi-nhat", "newest", "date" -> NEWEST;
            default -> RELEVANCE;
        };
    }
}
