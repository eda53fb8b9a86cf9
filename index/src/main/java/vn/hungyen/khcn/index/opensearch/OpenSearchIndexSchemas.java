package vn.hungyen.khcn.index.opensearch;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.schema.management.SearchSchemaManager;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal's indexes on OpenSearch as this version maps them, at start: each missing one created, each existing one
 * validated against this version's mapping and analysis, and one that an earlier version created otherwise (a field
 * added since, such as {@code derivation}; another analyzer or similarity) dropped and created anew. The index is
 * derived data: the start-up check ({@code IndexBootstrap}) then finds it empty and reindexes every item from the
 * database. Hibernate Search's own start-up management ({@code create-or-validate}) would instead stop the portal at
 * the first start after such an upgrade, until someone dropped the indexes by hand.
 */
public final class OpenSearchIndexSchemas {

    /** Hibernate Search's setting: {@code none} when the portal manages the OpenSearch schema here. */
    public static final String STRATEGY = "hibernate.search.schema_management.strategy";
    /** The setting as the application's configuration gives it (then the portal leaves the schema to it). */
    public static final String STRATEGY_IN_CONFIGURATION = "spring.jpa.properties." + STRATEGY;

    /**
     * Hibernate Search's report of an existing index that differs from the expected one
     * ({@code ElasticsearchValidationMessages.validationFailed}); any other failure (the node unreachable, say) is
     * not a reason to drop an index, and stops the start as before.
     */
    static final String VALIDATION_FAILED = "Validation of the existing index in the Elasticsearch cluster failed";

    private static final Logger log = LoggerFactory.getLogger(OpenSearchIndexSchemas.class);

    private OpenSearchIndexSchemas() {
    }

    /**
     * Creates the missing indexes and recreates those an earlier version created otherwise; returns the names of the
     * entities whose index was recreated (empty when every index was as expected).
     */
    public static List<String> createOrRecreate(EntityManagerFactory entityManagerFactory) {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        List<String> recreated = new ArrayList<>();
        for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
            SearchSchemaManager schema = schemaOf(mapping, entity);
            try {
                schema.createOrValidate();
            } catch (SearchException e) {
                if (e.getMessage() == null || !e.getMessage().contains(VALIDATION_FAILED)) {
                    throw e;
                }
                log.warn("The OpenSearch index of {} was created by an earlier version of the portal and differs from"
                        + " this version's: dropping it and creating it anew; the start-up check then reindexes its"
                        + " items from the database. Hibernate Search's report: {}", entity.jpaName(), e.getMessage());
                schema.dropAndCreate();
                recreated.add(entity.jpaName());
            }
        }
        return recreated;
    }

    private static <E> SearchSchemaManager schemaOf(SearchMapping mapping, SearchIndexedEntity<E> entity) {
        return mapping.scope(entity.javaClass(), entity.jpaName()).schemaManager();
    }
}
