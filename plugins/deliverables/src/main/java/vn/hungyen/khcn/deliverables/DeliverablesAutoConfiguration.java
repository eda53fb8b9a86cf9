package vn.hungyen.khcn.deliverables;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import vn.hungyen.khcn.content.ContentAutoConfiguration;
import vn.hungyen.khcn.deliverables.extraction.DeliverableExtractor;
import vn.hungyen.khcn.deliverables.extraction.ExtractionRules;
import vn.hungyen.khcn.deliverables.extraction.FieldClassification;

/**
 * Brings the deliverables module into any portal that has its jar: its entities and repositories (this package
 * is an auto-configuration package, read by JPA, Spring Data and Vaadin's route scan), its rules, services, API
 * and views.
 */
@AutoConfiguration(after = ContentAutoConfiguration.class, beforeName = {
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration"})
@AutoConfigurationPackage
@ComponentScan(basePackageClasses = DeliverablesAutoConfiguration.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class))
public class DeliverablesAutoConfiguration {

    /** The rules are read once from the module's data files; a malformed file stops the start. */
    @Bean
    ExtractionRules deliverableExtractionRules() {
        return ExtractionRules.load();
    }

    @Bean
    FieldClassification fieldClassification(ExtractionRules rules) {
        return rules.classification();
    }

    @Bean
    DeliverableExtractor deliverableExtractor(ExtractionRules rules) {
        return new DeliverableExtractor(rules);
    }
}
