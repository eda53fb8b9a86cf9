package vn.hungyen.khcn.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the portal nodes that share one database agree on indexing ({@code portal.cluster.coordination}). {@code none}
 * (the default, one node): each change is indexed by the node that saved it, when its transaction commits.
 * {@code outbox-polling}: a change is written as an event to the database in the same transaction
 * ({@code HSEARCH_OUTBOX_EVENT}), and the nodes' background processors, which divide the events between them through
 * {@code HSEARCH_AGENT}, apply each to the shared index exactly once; an event survives a node that stops before
 * indexing it. Both tables come from the core's Flyway migrations ({@code V1_10_0__search_outbox.sql}).
 */
public enum IndexCoordination {
    NONE("none"),
    OUTBOX_POLLING(IndexCoordination.OUTBOX_POLLING_VALUE);

    /** The setting that chooses the coordination. */
    public static final String PROPERTY = "portal.cluster.coordination";
    /** The value of {@link #PROPERTY} for several nodes (a constant, for conditions on it). */
    public static final String OUTBOX_POLLING_VALUE = "outbox-polling";

    private final String value;

    IndexCoordination(String value) {
        this.value = value;
    }

    /** The value as written in the configuration. */
    public String value() {
        return value;
    }

    /** The coordination a configured value names; none when unset; an unknown value stops the start. */
    public static IndexCoordination of(String configured) {
        if (configured == null || configured.isBlank()) {
            return NONE;
        }
        String wanted = configured.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.value.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown " + PROPERTY + "=" + configured + "; one of "
                        + Arrays.stream(values()).map(IndexCoordination::value).collect(Collectors.joining(", "))));
    }

    /**
     * The Hibernate Search properties for this coordination. The events' and agents' ids are stored as
     * {@code CHAR(36)} on every database, as the migration declares them (Hibernate's default would be a native
     * UUID on H2 and a binary one elsewhere); Hibernate Search 8.2 reads the agents' type from the events' setting.
     */
    Map<String, String> hibernateSearchProperties() {
        if (this == NONE) {
            return Map.of();
        }
        return Map.of(
                "hibernate.search.coordination.strategy", "outbox-polling",
                "hibernate.search.coordination.entity.mapping.outboxevent.uuid_type", "CHAR");
    }
}
