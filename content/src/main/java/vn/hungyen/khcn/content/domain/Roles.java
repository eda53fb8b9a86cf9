package vn.hungyen.khcn.content.domain;

/**
 * Vai trò: who may do what. Readers are anonymous and see published content; editors create, import, upload and
 * publish; admins also manage users. Used in {@code @RolesAllowed} on views and in the security configuration.
 */
public final class Roles {

    /** Biên tập viên. */
    public static final String EDITOR = "EDITOR";
    /** Quản trị. */
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
