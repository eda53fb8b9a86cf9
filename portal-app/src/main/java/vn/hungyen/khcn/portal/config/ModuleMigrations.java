package vn.hungyen.khcn.portal.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hungyen.khcn.content.service.ContentRegistry;

/**
 * Adds each content module's migration folder to Flyway, so that a module's tables exist exactly when the
 * module is present. The core's folder comes from {@code spring.flyway.locations}.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMigrations {

    @Bean
    FlywayConfigurationCustomizer moduleMigrationLocations(ContentRegistry registry) {
        return configuration -> {
            List<String> locations = new ArrayList<>(
                    Arrays.stream(configuration.getLocations()).map(Location::getDescriptor).toList());
            registry.modules().forEach(module -> locations.add(module.migrationLocation()));
            configuration.locations(locations.toArray(String[]::new));
        };
    }
}
