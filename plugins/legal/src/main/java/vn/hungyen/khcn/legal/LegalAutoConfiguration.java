package vn.hungyen.khcn.legal;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import vn.hungyen.khcn.content.ContentAutoConfiguration;

/**
 * Brings the legal module into any portal that has its jar: its entity and repository (this package is an
 * auto-configuration package, read by JPA, Spring Data and Vaadin's route scan), its services, API and views.
 */
@AutoConfiguration(after = ContentAutoConfiguration.class, beforeName = {
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration"})
@AutoConfigurationPackage
@ComponentScan(basePackageClasses = LegalAutoConfiguration.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class))
public class LegalAutoConfiguration {
}
