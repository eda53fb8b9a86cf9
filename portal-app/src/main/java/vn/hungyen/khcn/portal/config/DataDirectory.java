package vn.hungyen.khcn.portal.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes the data directory ({@code portal.data-dir}, default {@code ./data}) absolute — H2 refuses relative file
 * paths such as {@code data2/db} — and creates it before anything opens the database or the index in it, failing
 * with a clear message when it cannot be written.
 */
public class DataDirectory implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty("portal.data-dir");
        if (configured == null || configured.isBlank()) {
            return;
        }
        Path dir = Path.of(configured).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("The data directory " + dir + " cannot be created (portal.data-dir)", e);
        }
        if (!Files.isWritable(dir)) {
            throw new IllegalStateException("The data directory " + dir + " is not writable (portal.data-dir)");
        }
        environment.getPropertySources().addFirst(
                new MapPropertySource("portal-data-dir", Map.of("portal.data-dir", dir.toString())));
    }
}
