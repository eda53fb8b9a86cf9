package vn.hungyen.khcn.index;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import vn.hungyen.khcn.content.ContentAutoConfiguration;
import vn.hungyen.khcn.content.service.NodeLocks;
import vn.hungyen.khcn.index.analysis.PortalAnalysisConfigurer;
import vn.hungyen.khcn.index.opensearch.OpenSearchBackendSettings;
import vn.hungyen.khcn.index.opensearch.OpenSearchIndexSchemas;
import vn.hungyen.khcn.index.query.TitleTermsBinder;
import vn.hungyen.khcn.index.search.IndexBootstrap;
import vn.hungyen.khcn.index.search.IndexHealthIndicator;
import vn.hungyen.khcn.index.search.IndexIntegrity;
import vn.hungyen.khcn.index.search.IndexRebuilds;
import vn.hungyen.khcn.index.search.OpenSearchSearch;
import vn.hungyen.khcn.index.search.SearchService;
import vn.hungyen.khcn.index.search.SearchTypeAliases;

/**
 * The full-text index: Hibernate Search on a Lucene directory under the portal's data directory (the default), or on
 * an OpenSearch node ({@code portal.search.backend=opensearch}, {@link OpenSearchBackendSettings}), with the portal's
 * Vietnamese analysis, a health check and the search service every UI and API uses.
 */
@AutoConfiguration(after = ContentAutoConfiguration.class,
        beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
public class IndexAutoConfiguration {

    /** Where the application puts the Lucene indexes (one directory per indexed type). */
    static final String INDEX_ROOT_PROPERTY = "spring.jpa.properties.hibernate.search.backend.directory.root";
    private static final String COORDINATION_STRATEGY = "hibernate.search.coordination.strategy";
    static final String MAPPING_CONFIGURER = "hibernate.search.mapping.configurer";
    private static final String SYNCHRONIZATION_STRATEGY = "hibernate.search.indexing.plan.synchronization.strategy";

    /**
     * Selects the backend and the portal's analysis, and the coordination of several nodes when
     * {@link IndexCoordination#PROPERTY} asks for it. Lucene: the directory root comes from the application's
     * configuration. OpenSearch: the node, the analysis generated for it and the prefixed index names (the Lucene
     * directory root of the application's configuration reaches Hibernate Search apart from these properties, which
     * then warns once at start that it does not use it). Public so that a bootstrap outside Spring (the benchmark)
     * gets the very same properties.
     */
    @Bean
    public HibernatePropertiesCustomizer portalSearchProperties(Environment environment) {
        IndexCoordination coordination = IndexCoordination.of(environment.getProperty(IndexCoordination.PROPERTY));
        if (OpenSearchBackendSettings.selected(environment)) {
            Map<String, Object> openSearch = OpenSearchBackendSettings.from(environment).hibernateProperties();
            return properties -> {
                properties.putAll(openSearch);
                addTitleTerms(properties);
                // The portal checks the indexes itself once Hibernate Search has started (openSearchIndexSchemas,
                // below), unless the configuration chose a strategy of its own.
                properties.putIfAbsent(OpenSearchIndexSchemas.STRATEGY, "none");
                coordination.hibernateSearchProperties().forEach(properties::putIfAbsent);
                if (!properties.containsKey(COORDINATION_STRATEGY)) {
                    // A save is found by the next search, as on the embedded index (whose reader sees every commit):
                    // the transaction waits for the node's refresh. Coordinated nodes (outbox polling) index later.
                    properties.putIfAbsent(SYNCHRONIZATION_STRATEGY, "read-sync");
                }
            };
        }
        return properties -> {
            // Both backends are on the class path: Hibernate Search must be told which one.
            properties.putIfAbsent("hibernate.search.backend.type", "lucene");
            properties.putIfAbsent("hibernate.search.backend.analysis.configurer",
                    "class:" + PortalAnalysisConfigurer.class.getName());
            properties.putIfAbsent("hibernate.search.backend.lucene_version", "LATEST");
            addTitleTerms(properties);
            coordination.hibernateSearchProperties().forEach(properties::putIfAbsent);
        };
    }

    /**
     * The items' title terms ({@link TitleTermsBinder}) in the mapping, beside any mapping configurer the
     * configuration names itself (Hibernate Search takes several).
     */
    static void addTitleTerms(Map<String, Object> properties) {
        String ours = "class:" + TitleTermsBinder.Mapping.class.getName();
        Object given = properties.get(MAPPING_CONFIGURER);
        List<Object> configurers = new ArrayList<>();
        if (given instanceof Collection<?> several) {
            configurers.addAll(several);
        } else if (given != null) {
            Arrays.stream(given.toString().split(",")).map(String::strip).filter(c -> !c.isEmpty())
                    .forEach(configurers::add);
        }
        if (!configurers.contains(ours)) {
            configurers.add(ours);
        }
        properties.put(MAPPING_CONFIGURER, configurers);
    }

    /**
     * On OpenSearch, as soon as the entity manager factory has started and before anything can index or search: the
     * portal's indexes created, or recreated where an earlier version created them otherwise
     * ({@link OpenSearchIndexSchemas}), unless the configuration set Hibernate Search's schema strategy itself.
     */
    @Bean
    static BeanPostProcessor openSearchIndexSchemas(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof EntityManagerFactory entityManagerFactory
                        && OpenSearchBackendSettings.selected(environment)
                        && environment.getProperty(OpenSearchIndexSchemas.STRATEGY_IN_CONFIGURATION) == null) {
                    OpenSearchIndexSchemas.createOrRecreate(entityManagerFactory);
                }
                return bean;
            }
        };
    }

    /** Several nodes: lists kept until the content changes also hear of the other nodes' changes. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = IndexCoordination.PROPERTY, havingValue = IndexCoordination.OUTBOX_POLLING_VALUE)
    OtherNodesChanges otherNodesChanges(@Value("${portal.cluster.list-refresh:5s}") Duration every) {
        return new OtherNodesChanges(every);
    }

    /**
     * The indexes' integrity check, on the directory Hibernate Search writes them to. Created before the entity
     * manager factory (below), hence before Hibernate Search opens the indexes: a damaged index is removed here, or
     * the portal could not start at all (a damaged {@code segments_N}); {@link IndexBootstrap} then rebuilds it.
     */
    @Bean
    IndexIntegrity indexIntegrity(Environment environment) {
        if (OpenSearchBackendSettings.selected(environment)) {
            // No index files here: the cluster keeps them (and checks them); nothing to check or remove.
            return new IndexIntegrity(null);
        }
        String root = environment.getProperty(INDEX_ROOT_PROPERTY);
        IndexIntegrity integrity = new IndexIntegrity(root == null || root.isBlank() ? null : Path.of(root));
        integrity.removeDamaged();
        return integrity;
    }

    @Bean
    static EntityManagerFactoryDependsOnPostProcessor entityManagerFactoryAfterIndexIntegrity() {
        return new EntityManagerFactoryDependsOnPostProcessor("indexIntegrity");
    }

    @Bean
    IndexRebuilds indexRebuilds(EntityManagerFactory entityManagerFactory) {
        return new IndexRebuilds(entityManagerFactory);
    }

    @Bean
    SearchService searchService(EntityManagerFactory entityManagerFactory, ObjectProvider<SearchTypeAliases> typeAliases,
            IndexRebuilds rebuilds, IndexIntegrity integrity, Environment environment,
            @Value("${portal.search.kept-documents-mb:" + SearchService.KEPT_DOCUMENTS_MB + "}") int keptDocumentsMb) {
        SearchTypeAliases aliases = typeAliases.getIfAvailable(() -> SearchTypeAliases.CODES_ONLY);
        return new SearchService(entityManagerFactory, aliases, rebuilds, integrity,
                OpenSearchBackendSettings.selected(environment)
                        ? new OpenSearchSearch(entityManagerFactory, aliases) : null, keptDocumentsMb);
    }

    @Bean
    IndexHealthIndicator indexHealthIndicator(SearchService searchService, IndexRebuilds rebuilds,
            IndexIntegrity integrity) {
        return new IndexHealthIndicator(searchService, rebuilds, integrity);
    }

    /** Order 0: before the bundled content is imported (order 10). */
    @Bean
    @Order(0)
    IndexBootstrap indexBootstrap(SearchService searchService, EntityManagerFactory entityManagerFactory,
            NodeLocks locks, @Value("${portal.cluster.lock-wait:10m}") Duration lockWait) {
        return new IndexBootstrap(searchService, entityManagerFactory, locks, lockWait);
    }
}
