package vn.hungyen.khcn.index;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import vn.hungyen.khcn.content.ContentAutoConfiguration;
import vn.hungyen.khcn.index.analysis.PortalAnalysisConfigurer;
import vn.hungyen.khcn.index.search.IndexBootstrap;
import vn.hungyen.khcn.index.search.IndexHealthIndicator;
import vn.hungyen.khcn.index.search.IndexIntegrity;
import vn.hungyen.khcn.index.search.IndexRebuilds;
import vn.hungyen.khcn.index.search.SearchService;
import vn.hungyen.khcn.index.search.SearchTypeAliases;

/**
 * The full-text index: Hibernate Search on a Lucene directory under the portal's data directory, with the
 * portal's Vietnamese analysis, a health check and the search service every UI and API uses.
 */
@AutoConfiguration(after = ContentAutoConfiguration.class,
        beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
public class IndexAutoConfiguration {

    /** Where the application puts the Lucene indexes (one directory per indexed type). */
    static final String INDEX_ROOT_PROPERTY = "spring.jpa.properties.hibernate.search.backend.directory.root";

    /** Selects the portal's analysis; the directory root comes from the application's configuration. */
    /** Also switches on the coordination of several nodes when {@link IndexCoordination#PROPERTY} asks for it. */
    @Bean
    HibernatePropertiesCustomizer portalSearchProperties(Environment environment) {
        IndexCoordination coordination = IndexCoordination.of(environment.getProperty(IndexCoordination.PROPERTY));
        return properties -> {
            properties.putIfAbsent("hibernate.search.backend.analysis.configurer",
                    "class:" + PortalAnalysisConfigurer.class.getName());
            properties.putIfAbsent("hibernate.search.backend.lucene_version", "LATEST");
            coordination.hibernateSearchProperties().forEach(properties::putIfAbsent);
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
            IndexRebuilds rebuilds, IndexIntegrity integrity) {
        return new SearchService(entityManagerFactory, typeAliases.getIfAvailable(() -> SearchTypeAliases.CODES_ONLY),
                rebuilds, integrity);
    }

    @Bean
    IndexHealthIndicator indexHealthIndicator(SearchService searchService, IndexRebuilds rebuilds,
            IndexIntegrity integrity) {
        return new IndexHealthIndicator(searchService, rebuilds, integrity);
    }

    /** Order 0: before the bundled content is imported (order 10). */
    @Bean
    @Order(0)
    IndexBootstrap indexBootstrap(SearchService searchService, EntityManagerFactory entityManagerFactory) {
        return new IndexBootstrap(searchService, entityManagerFactory);
    }
}
