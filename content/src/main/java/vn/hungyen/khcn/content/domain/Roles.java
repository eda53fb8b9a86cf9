package vn.hungyen.khcn.content.domain;

/**
 * Vai trò: who may do what. Readers are anonymous and see published content; editors create, import, upload and
 * publish; admins also manage users; reporters report the progress of the units they are scoped to. Used in
 * {@code @RolesAllowed} on views and in the security configuration.
 */
public final class Roles {

    /** Biên tập viên. */
    public static final String EDITOR = "EDITOR";
    /** Quản trị. */
    public static final String ADMIN = "ADMIN";

    /** Người báo cáo: reports the progress of one or more units' activities; never publishes. */
    public static final String REPORTER = "REPORTER";

    /**
     * A signed-in user's scope as a granted authority: {@code UNIT:<slug of the unit>}, one per unit a reporter
     * reports for. The application grants them from the account; a module reads them without knowing accounts.
     */
    public static final String UNIT_AUTHORITY_PREFIX = "UNIT:";

    /** The authority that scopes a reporter to one unit. */
    public static String unitAuthority(String unitSlug) {
        return UNIT_AUTHORITY_PREFIX + unitSlug;
    }

    private Roles() {
    }
}
