package vn.hungyen.khcn.portal.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes the data directory ({@code portal.data-dir}, default {@code ./data}) absolute — H2 refuses relative file
 * paths such as {@code data2/db} — and creates it before anything opens the database or the index in it, failing
 * with a clear message when it cannot be written. Likewise the shared directory ({@code portal.shared-dir}: uploaded
 * originals and the static export, which every portal node must see; by default the data directory itself).
 */
public class DataDirectory implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> absolute = new HashMap<>();
        for (String property : new String[] {"portal.data-dir", "portal.shared-dir"}) {
            String configured = environment.getProperty(property);
            if (configured != null && !configured.isBlank()) {
                absolute.put(property, writable(property, Path.of(configured).toAbsolutePath().normalize()).toString());
            }
        }
        if (!absolute.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("portal-data-dir", absolute));
        }
    }

    private static Path writable(String property, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("The directory " + dir + " cannot be created (" + property + ")", e);
        }
        if (!Files.isWritable(dir)) {
            throw new IllegalStateException("The directory " + dir + " is not writable (" + property + ")");
        }
        return dir;
    }
}
