package vn.hungyen.khcn.legal.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.hungyen.khcn.content.domain.StandardLinks;
import vn.hungyen.khcn.content.spi.LinkType;

/**
 * Quan hệ giữa văn bản: how one document stands to another. Căn cứ is the core's {@link StandardLinks#BASIS}
 * (tasks use it too); the relations that change a document in force are the core's codes too (the plan module reads
 * them to flag a task whose basis changed); guides and refers are this module's own.
 */
public enum Relation {
    /** Căn cứ: the source rests on the target. */
    BASIS(StandardLinks.BASIS),
    /** Sửa đổi, bổ sung: the source amends the target. */
    AMENDS(StandardLinks.AMENDS),
    /** Thay thế: the source replaces the target (the target "hết hiệu lực"). */
    REPLACES(StandardLinks.REPLACES),
    /** Bãi bỏ, hết hiệu lực: the source ends the target's force as a whole. */
    REPEALS(StandardLinks.REPEALS),
    /** Bãi bỏ một phần: the source ends some articles, clauses or appendices of the target. */
    REPEALS_IN_PART(StandardLinks.REPEALS_IN_PART),
    /** Hướng dẫn: the source guides the application of the target. */
    GUIDES("legal-guides"),
    /** Dẫn chiếu: the source refers to the target. */
    REFERS("legal-refers");

    private final String code;

    Relation(String code) {
        this.code = code;
    }

    /** The link type code stored in {@code content_link.link_type}. */
    public String code() {
        return code;
    }

    /** Short name for the API: {@code basis}, {@code amends}, … */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace("_", "-");
    }

    public String labelKey() {
        return "legal.relation." + apiName();
    }

    public String inverseKey() {
        return "legal.relation." + apiName() + ".inverse";
    }

    public static Optional<Relation> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** The link types this module declares (căn cứ is the core's). */
    public static List<LinkType> ownLinkTypes() {
        return Arrays.stream(values()).filter(r -> r != BASIS)
                .map(r -> new LinkType(r.code, r.labelKey(), r.inverseKey())).toList();
    }
}
