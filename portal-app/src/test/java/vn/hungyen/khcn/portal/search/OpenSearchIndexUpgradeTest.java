package vn.hungyen.khcn.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.index.opensearch.OpenSearchBackendSettings;
import vn.hungyen.khcn.index.opensearch.OpenSearchIndexSchemas;
import vn.hungyen.khcn.index.search.IndexBootstrap;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchService;
import vn.hungyen.khcn.plan.domain.PlanTask;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;
import vn.hungyen.khcn.portal.support.SearchBackendUnderTest;

/**
 * An upgrade on OpenSearch: the plan tasks' index as the previous version created it (its mapping without
 * {@code derivation}, which this version added) made Hibernate Search's start-up validation stop the portal. The start
 * now recreates that index and the start-up check refills it from the database; the other indexes stay as they are.
 */
@Tag(SearchBackendUnderTest.OPENSEARCH_ONLY)
class OpenSearchIndexUpgradeTest extends PortalIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    private EntityManagerFactory entityManagerFactory;
    @Autowired
    private IndexBootstrap bootstrap;
    @Autowired
    private SearchService search;

    @Test
    void an_index_an_earlier_version_created_without_a_field_of_this_one_is_recreated_and_refilled_at_start()
            throws Exception {
        assumeTrue(SearchBackendUnderTest.onOpenSearch(), "the indexes of an OpenSearch node: OpenSearch runs only");
        // Hibernate Search does not manage the schema at its own start here: the portal does (it created every index
        // of this run, or no test on this node could have passed).
        assertThat(entityManagerFactory.getProperties().get(OpenSearchIndexSchemas.STRATEGY)).isEqualTo("none");
        bootstrap.run(null);
        long documents = search.indexedDocumentCount();
        String index = node() + "/" + SearchBackendUnderTest.indexPrefix() + "plantask-000001";
        String other = node() + "/" + SearchBackendUnderTest.indexPrefix() + "legaldocument-000001";
        String otherUuid = uuid(other);

        replaceWithMappingWithout(index, SearchFields.DERIVATION);
        assertThatThrownBy(() -> Search.mapping(entityManagerFactory).scope(PlanTask.class).schemaManager().validate())
                .hasMessageContaining(SearchFields.DERIVATION).hasMessageContaining("Missing property mapping");
        assertThat(search.search(SearchRequest.forReaders("nhiệm vụ 5.3", null, 0, 10)).hits())
                .noneSatisfy(hit -> assertThat(hit.label()).isEqualTo("5.3"));

        // What the next start does, in order: the schemas, then the start-up check.
        List<String> recreated = OpenSearchIndexSchemas.createOrRecreate(entityManagerFactory);
        bootstrap.run(null);

        assertThat(recreated).containsExactly("PlanTask");
        assertThat(json(index + "/_mapping").toString()).contains("\"" + SearchFields.DERIVATION + "\"");
        assertThat(uuid(other)).as("an index as this version expects it is kept").isEqualTo(otherUuid);
        assertThat(search.indexedDocumentCount()).isEqualTo(documents);
        assertThat(search.search(SearchRequest.forReaders("nhiệm vụ 5.3", null, 0, 10)).hits())
                .first().satisfies(hit -> assertThat(hit.label()).isEqualTo("5.3"));
        assertThat(OpenSearchIndexSchemas.createOrRecreate(entityManagerFactory)).isEmpty();
    }

    /** Deletes the index and creates it again with its settings, aliases and mapping less {@code field}: empty. */
    private static void replaceWithMappingWithout(String index, String field) throws Exception {
        String name = index.substring(index.lastIndexOf('/') + 1);
        JsonObject now = json(index).getAsJsonObject(name);
        JsonObject mappings = now.getAsJsonObject("mappings");
        assertThat(mappings.getAsJsonObject("properties").remove(field)).as(field).isNotNull();
        JsonObject settings = now.getAsJsonObject("settings").getAsJsonObject("index");
        for (String generated : List.of("uuid", "creation_date", "provided_name", "version", "replication")) {
            settings.remove(generated);
        }
        JsonObject body = new JsonObject();
        JsonObject wrapped = new JsonObject();
        wrapped.add("index", settings);
        body.add("settings", wrapped);
        body.add("mappings", mappings);
        body.add("aliases", now.getAsJsonObject("aliases"));
        assertThat(send(HttpRequest.newBuilder(URI.create(index)).DELETE()).statusCode()).isEqualTo(200);
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(index))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    }

    private static String uuid(String index) throws Exception {
        String name = index.substring(index.lastIndexOf('/') + 1);
        return json(index + "/_settings").getAsJsonObject(name).getAsJsonObject("settings").getAsJsonObject("index")
                .get("uuid").getAsString();
    }

    private static String node() {
        return System.getProperty(OpenSearchBackendSettings.URL, "http://127.0.0.1:9200");
    }

    private static JsonObject json(String url) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)));
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
