package vn.hungyen.khcn.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/**
 * The JSON API's lists read their rows in a handful of SQL statements, however many items they show — {@code
 * /api/tasks} took 187 (one batch per task and per activity) and answered 24 requests a second on MariaDB — and answer
 * exactly the JSON they answered before the reads were batched (snapshots under {@code src/test/resources/api} taken
 * from the item-by-item version on the bundled content). The legal registry has no snapshot here: other test classes
 * of the shared context upload documents into it.
 */
class ListApiQueriesTest extends PortalIntegrationTest {

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Test
    void the_whole_task_list_is_read_in_at_most_six_sql_statements() {
        // The newest plan, the plan by its slug, the tasks with their groups, the activities with their tasks and
        // KPIs, the activities' units with their organisations, the tasks' basis and output links.
        assertThat(statementsFor("/api/tasks")).isLessThanOrEqualTo(6);
    }

    @Test
    void the_legal_registry_is_read_in_four_sql_statements() {
        // The documents, the links from them (amends, replaces, guides, refers), the links to them (those and basis),
        // and the plans of the citing tasks in one batch: a task is shown only while its plan is published too.
        assertThat(statementsFor("/api/legal-documents")).isLessThanOrEqualTo(4);
    }

    @Test
    void the_deliverables_are_read_in_at_most_seven_sql_statements() {
        // The deliverables, the kinds, their topics, tags and aliases (one batch each), the tasks they come from, and
        // those tasks' plans in one batch (a task is shown only while its plan is published too).
        assertThat(statementsFor("/api/deliverables")).isLessThanOrEqualTo(7);
    }

    @Test
    void the_task_list_is_the_same_json_as_before_the_reads_were_batched() throws IOException {
        assertThat(body("/api/tasks?plan=21-kh-skhcn")).isEqualTo(snapshot("tasks-21-kh-skhcn.json"));
    }

    @Test
    void the_deliverables_are_the_same_json_as_before_the_reads_were_batched() throws IOException {
        assertThat(body("/api/deliverables")).isEqualTo(snapshot("deliverables.json"));
    }

    /** The SQL statements Hibernate prepares while the portal answers one GET. */
    private long statementsFor(String path) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            assertThat(get(path).statusCode()).isEqualTo(200);
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    private String body(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String snapshot(String name) throws IOException {
        try (InputStream in = ListApiQueriesTest.class.getResourceAsStream("/api/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
