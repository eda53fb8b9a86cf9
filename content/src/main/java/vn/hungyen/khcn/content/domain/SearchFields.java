package vn.hungyen.khcn.content.domain;

/**
 * Names of the index fields and analyzers shared by every content type, in one place: the mapping of
 * {@link ContentItem}, the plugins' own mappings and the search service all refer to these constants.
 * The analyzers themselves are registered by the {@code index} module under these names.
 */
public final class SearchFields {

    /** Vietnamese analysis keeping diacritics (NFC, lower case, canonical tone placement). */
    public static final String ANALYZER_EXACT = "vietnamese";
    /** Vietnamese analysis with every mark removed and đ folded to d. */
    public static final String ANALYZER_FOLDED = "vietnamese_folded";
    /** Normalizer for keyword fields that must match case-insensitively. */
    public static final String NORMALIZER_KEYWORD = "keyword_lowercase";

    public static final String TITLE = "title";
    public static final String TITLE_FOLDED = "title_folded";
    public static final String TEXT = "text";
    public static final String TEXT_FOLDED = "text_folded";
    public static final String TYPE = "type";
    public static final String STATE = "state";
    public static final String SLUG = "slug";
    public static final String UPDATED_AT = "updatedAt";
    public static final String TITLE_SORT = "titleSort";

    private SearchFields() {
    }
}
