package vn.hungyen.khcn.portal.cluster;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import vn.hungyen.khcn.content.domain.ContentItem;

/**
 * Counts the index documents each node builds, per item: one more type bridge on {@link ContentItem}, added by this
 * mapping configurer ({@code hibernate.search.mapping.configurer}), that writes the node's name into a field of its own
 * and counts every call. Hibernate Search calls a type bridge exactly once for every document it sends to the index,
 * so the counts are the index updates. Two nodes in one JVM tell themselves apart by the subclass each is configured
 * with.
 */
public abstract class IndexWrites implements HibernateOrmSearchMappingConfigurer {

    /** Node name → item id → documents built for it. */
    private static final ConcurrentMap<String, ConcurrentMap<Long, Integer>> WRITES = new ConcurrentHashMap<>();

    private final String node;

    IndexWrites(String node) {
        this.node = node;
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        context.programmaticMapping().type(ContentItem.class).binder(binding -> {
            binding.dependencies().useRootOnly();
            // A field of its own, so that the bridge is part of every document (one without fields is left out).
            IndexFieldReference<String> builtBy = binding.indexSchemaElement()
                    .field("test_built_by", f -> f.asString()).toReference();
            binding.bridge(ContentItem.class, (document, item, write) -> {
                document.addValue(builtBy, node);
                WRITES.computeIfAbsent(node, n -> new ConcurrentHashMap<>()).merge(item.getId(), 1, Integer::sum);
            });
        });
    }

    /** The documents a node built since the last {@link #reset()}, per item id. */
    static Map<Long, Integer> of(String node) {
        return Map.copyOf(WRITES.getOrDefault(node, new ConcurrentHashMap<>()));
    }

    static void reset() {
        WRITES.clear();
    }

    /** The configurer of node A. */
    public static final class NodeA extends IndexWrites {
        public NodeA() {
            super("A");
        }
    }

    /** The configurer of node B. */
    public static final class NodeB extends IndexWrites {
        public NodeB() {
            super("B");
        }
    }
}
