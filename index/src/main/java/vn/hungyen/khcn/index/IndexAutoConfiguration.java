package vn.hungyen.khcn.index;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import vn.hungyen.khcn.content.ContentAutoConfiguration;
import vn.hungyen.khcn.index.analysis.PortalAnalysisConfigurer;
import vn.hungyen.khcn.index.search.IndexBootstrap;
import vn.hungyen.khcn.index.search.IndexHealthIndicator;
import vn.hungyen.khcn.index.search.SearchService;
import vn.hungyen.khcn.index.search.SearchTypeAliases;

/**
 * The full-text index: Hibernate Search on a Lucene directory under the portal's data directory, with the
 * portal's Vietnamese analysis, a health check and the search service every UI and API uses.
 */
@AutoConfiguration(after = ContentAutoConfiguration.class,
        beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
public class IndexAutoConfiguration {

    /** Selects the portal's analysis; the directory root comes from the application's configuration. */
    @Bean
    HibernatePropertiesCustomizer portalSearchProperties() {
        return properties -> {
            properties.putIfAbsent("hibernate.search.backend.analysis.configurer",
                    "class:" + PortalAnalysisConfigurer.class.getName());
            properties.putIfAbsent("hibernate.search.backend.lucene_version", "LATEST");
        };
    }

    @Bean
    SearchService searchService(EntityManagerFactory entityManagerFactory, ObjectProvider<SearchTypeAliases> typeAliases) {
        return new SearchService(entityManagerFactory, typeAliases.getIfAvailable(() -> SearchTypeAliases.CODES_ONLY));
    }

    @Bean
    IndexHealthIndicator indexHealthIndicator(SearchService searchService) {
        return new IndexHealthIndicator(searchService);
    }

    /** Order 0: before the bundled content is imported (order 10). */
    @Bean
    @Order(0)
    IndexBootstrap indexBootstrap(SearchService searchService) {
        return new IndexBootstrap(searchService);
    }
}
