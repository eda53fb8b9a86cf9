package vn.hungyen.khcn.content.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Bộ lọc tìm kiếm: the facets the search counts and filters on, beyond the content type. One list for every content
 * type: a module contributes values to these facets by overriding {@link ContentItem#contributeFacets}, and the
 * search service aggregates each name here without knowing which module fills it. A module that needs a facet not
 * listed here adds its name to {@link #ALL} (one line, plus its label {@code core.search.facet.<name>} in the core
 * bundles); a name that is not listed is refused when the item is indexed, so a typo cannot vanish silently.
 */
public final class SearchFacets {

    /** Nhóm nhiệm vụ, giải pháp of a plan ("I. Cải cách hành chính, …"). */
    public static final String GROUP = "group";
    /** Phòng/đơn vị chủ trì ("Văn phòng Sở"). */
    public static final String LEAD_UNIT = "lead_unit";
    /** Loại văn bản ("Nghị định", "Quyết định", "Kế hoạch"). */
    public static final String DOCUMENT_TYPE = "document_type";
    /** Cơ quan ban hành ("Chính phủ", "UBND tỉnh Hưng Yên"). */
    public static final String ISSUER = "issuer";
    /** Năm ban hành or năm thực hiện, four digits ("2022"). */
    public static final String YEAR = "year";
    /** Lĩnh vực, chủ đề of a research result ("Nông nghiệp"). */
    public static final String TOPIC = "topic";

    /** Every facet, in the order the search page shows them (after the content type). */
    public static final List<String> ALL = List.of(GROUP, LEAD_UNIT, DOCUMENT_TYPE, ISSUER, YEAR, TOPIC);

    /** Prefix of the index field of a facet: {@code facet_group}, {@code facet_year}, … */
    public static final String FIELD_PREFIX = "facet_";
    /** Glob of the facet fields, for the mapping's field template. */
    public static final String FIELD_GLOB = FIELD_PREFIX + "*";

    /**
     * Index field with every facet value of an item, the content type's included, each as {@link #countsKey}: the
     * search counts all the facets at once by reading its doc values for each match. Aggregable only (not searchable:
     * filters use the {@code facet_<name>} fields). Outside {@link #FIELD_GLOB}.
     */
    public static final String COUNTS_FIELD = "facets_counted";
    /**
     * Name under which {@link #COUNTS_FIELD} holds the content type ({@code SearchFields.TYPE}): not a valid facet
     * name, so it cannot collide with one.
     */
    public static final String COUNTS_TYPE = "_type";
    /** Separator of name and value in {@link #COUNTS_FIELD}: a control character no facet name or label holds. */
    public static final char COUNTS_SEPARATOR = '\u001F';

    /** Longest facet value kept; longer values are cut (a facet is a label, not a text). */
    public static final int MAX_VALUE_LENGTH = 300;

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private SearchFacets() {
    }

    /** The index field holding the values of a facet. */
    public static String field(String facet) {
        return FIELD_PREFIX + requireKnown(facet);
    }

    /** The {@link #COUNTS_FIELD} value of one facet value: {@code <name>U+001F<value>}. */
    public static String countsKey(String facet, String value) {
        return facet + COUNTS_SEPARATOR + value;
    }

    public static boolean isKnown(String facet) {
        return ALL.contains(facet);
    }

    public static String requireKnown(String facet) {
        if (!isKnown(facet) || !NAME.matcher(facet).matches()) {
            throw new IllegalArgumentException("unknown search facet '" + facet + "'; known: " + ALL);
        }
        return facet;
    }
}
