package vn.hungyen.khcn.content.domain;

/**
 * Văn bản dài: how the long text columns (an item's search text, a plan row's requirement and target, an edit's
 * changes) are mapped. They are strings, never {@code @Lob}s: H2 copies every CLOB a query returns into a temporary
 * large object that the session keeps for minutes, and under steady reading the heap filled with them (see
 * {@code V1_5_0__long_text_without_lobs.sql}).
 */
public final class LongText {

    /**
     * The length the mappings declare: the most that Hibernate's H2 dialect still maps to {@code CHARACTER VARYING}
     * rather than {@code CLOB} (on MariaDB any length maps to a text type). It is not a limit: Hibernate does not check
     * lengths, and the columns hold up to 1,000,000,000 characters on H2 and 4 GB on MariaDB ({@code LONGTEXT}).
     */
    public static final int LENGTH = 1_048_576;

    private LongText() {
    }
}
