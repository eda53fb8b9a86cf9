package vn.hungyen.khcn.bench;

import java.util.HashMap;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.index.IndexAutoConfiguration;

/**
 * The bench's native Hibernate ORM bootstrap (H2 in memory), with the search properties the portal's
 * {@link IndexAutoConfiguration} customizer gives Hibernate Search for the same portal settings
 * ({@code portal.search.backend}, and for OpenSearch its address and index prefix): the backend under test is set up
 * by the portal's own code, not by a copy of it.
 */
final class BenchSessions {

    private BenchSessions() {
    }

    /**
     * @param database       the in-memory H2 database's name (one per backend, each filled with the same rows)
     * @param portal         portal settings, as in {@code application.properties}
     * @param hibernateExtra Hibernate settings of the bench only (the Lucene directory, indexing listeners off, ...;
     *                       another {@code hibernate.connection.url}, a file database that several JVMs open in turn)
     */
    static SessionFactory open(String database, Map<String, String> portal, Map<String, Object> hibernateExtra) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("bench", Map.copyOf(portal)));
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.connection.url", "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
        settings.put("hibernate.connection.username", "sa");
        settings.put("hibernate.connection.password", "");
        settings.put("hibernate.hbm2ddl.auto", "create");
        // Rows are written first, then indexed by the mass indexer (the portal's rebuild), which is what is timed.
        settings.put("hibernate.search.indexing.listeners.enabled", "false");
        settings.putAll(hibernateExtra);
        new IndexAutoConfiguration().portalSearchProperties(environment).customize(settings);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        return new MetadataSources(registry).addAnnotatedClass(ContentItem.class)
                .addAnnotatedClass(BenchDocument.class).buildMetadata().buildSessionFactory();
    }
}
