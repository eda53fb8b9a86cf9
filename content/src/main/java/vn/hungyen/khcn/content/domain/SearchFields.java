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
    /** Query-time twin of {@link #ANALYZER_EXACT}: also expands abbreviations (KH&CN ↔ khoa học và công nghệ). */
    public static final String ANALYZER_EXACT_QUERY = "vietnamese_query";
    /** Query-time twin of {@link #ANALYZER_FOLDED}. */
    public static final String ANALYZER_FOLDED_QUERY = "vietnamese_folded_query";
    /** Folded syllable pairs, so adjacent syllables ("khoa học") rank above scattered ones. */
    public static final String ANALYZER_SHINGLE = "vietnamese_shingle";
    /** Normalizer for keyword fields that must match case-insensitively. */
    public static final String NORMALIZER_KEYWORD = "keyword_lowercase";

    public static final String TITLE = "title";
    public static final String TITLE_FOLDED = "title_folded";
    public static final String TEXT = "text";
    public static final String TEXT_FOLDED = "text_folded";
    public static final String TEXT_SHINGLE = "text_shingle";
    public static final String TYPE = "type";
    /**
     * The publication state readers meet ({@link ContentItem#readerState()}): PUBLISHED only when the item and
     * everything it is part of are published.
     */
    public static final String STATE = "state";
    public static final String SLUG = "slug";
    public static final String UPDATED_AT = "updatedAt";
    public static final String TITLE_SORT = "titleSort";
    /**
     * The line a search result shows under its title ({@link ContentItem#searchSubtitleForReaders()}), empty when there
     * is none: stored for display, not searched.
     */
    public static final String SUBTITLE = "subtitle";
    /**
     * The item's number or code as a search result shows it before the title ({@link ContentItem#searchLabel()}: a
     * task's "4.2"), empty when there is none: stored for display, not searched.
     */
    public static final String LABEL = "label";
    /**
     * Other names a reader calls the item by ({@link ContentItem#searchNames()}: a legal document's trích yếu "Luật
     * Khoa học và công nghệ" beside its number), folded: searched like the title, never shown.
     */
    public static final String NAME_FOLDED = "name_folded";
    /**
     * The item's sections ({@link ContentItem#searchSections()}: a legal document's articles), each as
     * {@link TextSection#stored()}: stored for the hit's link to the section its snippet comes from, not searched.
     */
    public static final String SECTIONS = "sections";
    /**
     * Whether the item still stands ({@link #STANDING_CURRENT}) or a newer one took its place
     * ({@link #STANDING_SUPERSEDED}, {@link ContentItem#isSuperseded()}): the ranking puts the current items first.
     */
    public static final String STANDING = "standing";
    public static final String STANDING_CURRENT = "current";
    public static final String STANDING_SUPERSEDED = "superseded";
    /**
     * The item's {@link ContentItem#getVersion() version} as of its last indexing, in doc values: the start-up check
     * compares it with the database's to find exactly the items the index missed (a crash between the database
     * commit and the index commit) and reindex only those.
     */
    public static final String VERSION = "version";
    /**
     * How the item's index document was derived from the item: {@link #DERIVATION_CURRENT} when this version of the
     * portal wrote it. An index whose documents carry another value, or none, was written by a version that computed
     * them otherwise and is rebuilt at start: what a reader finds must not depend on when an item was last saved.
     */
    public static final String DERIVATION = "derivation";
    /**
     * Changed (to the day of the change) whenever what an index document holds is computed otherwise from the same
     * item: a new search name, section, label or field, a changed analysis; a second change on one day adds ".2".
     * 2026-11-30: a plan task is also named "Nhiệm vụ 5.3" ({@code PlanTask.searchNames}); 2026-11-30.2: the title's
     * terms and their count ({@link #TITLE_TERMS}, {@link #TITLE_TERM_SET}).
     */
    public static final String DERIVATION_CURRENT = "2026-11-30.2";
    /**
     * How many distinct folded terms the item's title holds, in doc values, when it holds enough to be named: a query
     * that holds every one of them names the whole title and ranks the item higher (the index module's
     * {@code TitleCoverQuery}, which computes it with the title's own analysis and writes it; OpenSearch's
     * {@code terms_set} reads it).
     */
    public static final String TITLE_TERMS = "title_terms";
    /** Those terms themselves, in doc values, for the same check on the embedded index. */
    public static final String TITLE_TERM_SET = "title_term_set";

    private SearchFields() {
    }
}
