package vn.hungyen.khcn.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Cổng tri thức KH&CN: assembles the core, the index and whatever content modules are on the classpath (each
 * comes in through its own auto-configuration; this class names none of them).
 */
@SpringBootApplication
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
