package vn.hungyen.khcn.content;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import vn.hungyen.khcn.content.service.BundledContentLoader;
import vn.hungyen.khcn.content.service.ContentItemRepository;
import vn.hungyen.khcn.content.service.ContentLinkRepository;
import vn.hungyen.khcn.content.service.ContentLinks;
import vn.hungyen.khcn.content.service.ContentRegistry;
import vn.hungyen.khcn.content.service.ContentStatistics;
import vn.hungyen.khcn.content.service.EditRecordRepository;
import vn.hungyen.khcn.content.service.EditorialWorkflow;
import vn.hungyen.khcn.content.spi.ContentModule;

/**
 * The core of every portal: the common content model and the registry of content modules. Registered as an
 * auto-configuration package so that JPA finds {@code ContentItem} and {@code ContentLink} and Spring Data their
 * repositories; it must run before the JPA auto-configurations read those packages.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration"})
@AutoConfigurationPackage
public class ContentAutoConfiguration {

    @Bean
    ContentRegistry contentRegistry(List<ContentModule> modules) {
        return new ContentRegistry(modules);
    }

    @Bean
    ContentLinks contentLinks(ContentLinkRepository links, ContentRegistry registry) {
        return new ContentLinks(links, registry);
    }

    @Bean
    ContentStatistics contentStatistics(ContentItemRepository items, ContentRegistry registry) {
        return new ContentStatistics(items, registry);
    }

    @Bean
    EditorialWorkflow editorialWorkflow(EntityManager entityManager, ContentItemRepository items,
            EditRecordRepository history, ContentLinkRepository links, ApplicationEventPublisher events) {
        return new EditorialWorkflow(entityManager, items, history, links, events);
    }

    /** Runs after the index is checked (order 0), so imported items are indexed into a usable index. */
    @Bean
    @Order(10)
    BundledContentLoader bundledContentLoader(ContentRegistry registry) {
        return new BundledContentLoader(registry);
    }
}
