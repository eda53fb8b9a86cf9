package vn.hungyen.khcn.portal.plan;

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
 * {@code /api/tasks} reads the whole plan (43 tasks, 96 activities, their units, KPIs, basis and outputs) in a
 * handful of SQL statements — it took 194, one batch per task and per activity, and answered 24 requests a second on
 * MariaDB — and answers exactly the JSON it answered before the reads were batched.
 */
class TaskApiQueriesTest extends PortalIntegrationTest {

    /** {@code GET /api/tasks?plan=21-kh-skhcn} as the per-task reads answered it, byte for byte. */
    private static final String SNAPSHOT = "/api/tasks-21-kh-skhcn.json";

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Test
    void the_whole_task_list_is_read_in_at_most_six_sql_statements() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            HttpResponse<String> response = get("/api/tasks");
            assertThat(response.statusCode()).isEqualTo(200);
            // The newest plan, the plan by its slug, the tasks with their groups, the activities with their tasks
            // and KPIs, the activities' units with their organisations, the tasks' basis and output links.
            assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(6);
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    @Test
    void the_task_list_is_the_same_json_as_before_the_reads_were_batched() throws IOException {
        HttpResponse<String> response = get("/api/tasks?plan=21-kh-skhcn");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(snapshot());
    }

    private static String snapshot() throws IOException {
        try (InputStream in = TaskApiQueriesTest.class.getResourceAsStream(SNAPSHOT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
