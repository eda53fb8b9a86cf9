package vn.hungyen.khcn.content;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.transaction.PlatformTransactionManager;
import vn.hungyen.khcn.content.intake.BoundedDocumentReader;
import vn.hungyen.khcn.content.intake.DocumentIntake;
import vn.hungyen.khcn.content.intake.OcrSettings;
import vn.hungyen.khcn.content.intake.OriginalFiles;
import vn.hungyen.khcn.content.intake.UploadLimits;
import vn.hungyen.khcn.content.spi.DocumentReader;
import vn.hungyen.khcn.content.spi.DocumentStore;

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
import vn.hungyen.khcn.content.service.NodeLocks;
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
@EnableConfigurationProperties({UploadLimits.class, OcrSettings.class})
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

    @Bean(destroyMethod = "close")
    BoundedDocumentReader boundedDocumentReader(UploadLimits limits) {
        return new BoundedDocumentReader(limits);
    }

    /** Originals where every node reads them ({@code portal.shared-dir}, by default the data directory). */
    @Bean
    OriginalFiles originalFiles(@Value("${portal.data-dir:./data}") String dataDir,
            @Value("${portal.shared-dir:${portal.data-dir:./data}}") String sharedDir) {
        return new OriginalFiles(Path.of(dataDir), Path.of(sharedDir), Clock.systemUTC());
    }

    @Bean
    NodeLocks nodeLocks(DataSource dataSource) {
        return new NodeLocks(dataSource);
    }

    @Bean
    DocumentIntake documentIntake(List<DocumentReader> readers, List<DocumentStore> stores,
            BoundedDocumentReader reader, OriginalFiles originals, PlatformTransactionManager transactions,
            OcrSettings ocr) {
        return new DocumentIntake(readers, stores, reader, originals, transactions, ocr);
    }

    /**
     * Removes what uploads interrupted by a stop left behind, before anything is uploaded again, and reads again the
     * scans a stop interrupted.
     */
    @Bean
    ApplicationRunner sweepInterruptedUploads(OriginalFiles originals, DocumentIntake intake) {
        return args -> {
            originals.sweep();
            intake.scans().resume();
        };
    }

    /**
     * Runs after the index is checked (order 0), so imported items are indexed into a usable index; on one node at a
     * time ({@link NodeLocks#BUNDLED_IMPORT}), the others waiting at most {@code portal.cluster.lock-wait}.
     */
    @Bean
    @Order(10)
    BundledContentLoader bundledContentLoader(ContentRegistry registry, NodeLocks locks,
            @Value("${portal.cluster.lock-wait:10m}") Duration lockWait) {
        return new BundledContentLoader(registry, locks, lockWait);
    }
}
