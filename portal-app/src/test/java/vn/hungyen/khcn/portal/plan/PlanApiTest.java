package vn.hungyen.khcn.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/** {@code /api/tasks} on the imported plan: the structure, the parsed values, and no markup anywhere. */
class PlanApiTest extends PortalIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> tasks() {
        HttpResponse<String> response = get("/api/tasks");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<p>", "</p>", "<li>", "<i>", "<ul>");
        return JSON.readValue(response.body(), List.class);
    }

    @Test
    void lists_the_43_tasks_of_the_plan_in_order_with_parents() {
        List<Map<String, Object>> tasks = tasks();
        assertThat(tasks).hasSize(43);
        assertThat(tasks).extracting(t -> t.get("code")).startsWith("1.1", "1.2", "1.2.1", "1.2.2").endsWith("8.1");
        assertThat(tasks).filteredOn(t -> "1.2".equals(t.get("parentCode"))).hasSize(6);
        assertThat(tasks).filteredOn(t -> "1.3".equals(t.get("parentCode"))).hasSize(6);
        int activities = tasks.stream().mapToInt(t -> ((List<?>) t.get("activities")).size()).sum();
        assertThat(activities).isEqualTo(96);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_task_has_its_activities_with_months_units_and_kpis() {
        HttpResponse<String> response = get("/api/tasks/1.3.2");
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> task = JSON.readValue(response.body(), Map.class);
        List<Map<String, Object>> activities = (List<Map<String, Object>>) task.get("activities");
        assertThat(activities).hasSize(1);
        Map<String, Object> activity = activities.getFirst();
        assertThat((Map<String, Object>) activity.get("timeframe")).containsEntry("text", "Tháng 01- Tháng 12")
                .containsEntry("months", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        assertThat(activity.get("leadUnit")).isEqualTo("Văn phòng Sở");
        List<Map<String, Object>> kpis = (List<Map<String, Object>>) activity.get("kpis");
        // "Giải ngân trên 90%; thanh toán trên 80% kinh phí." → ≥ 90 % and ≥ 80 %.
        assertThat(kpis).extracting(k -> k.get("unit")).containsOnly("%");
        assertThat(kpis).extracting(k -> ((Number) k.get("min")).intValue()).containsExactly(90, 80);
        assertThat(kpis).extracting(k -> k.get("max")).containsOnlyNulls();
        assertThat((List<?>) task.get("legalBasis")).isEmpty();
        assertThat((List<?>) task.get("outputs")).isEmpty();
    }

    @Test
    void an_unknown_task_is_a_404() {
        assertThat(get("/api/tasks/9.9").statusCode()).isEqualTo(404);
        assertThat(get("/api/tasks?plan=khong-co").statusCode()).isEqualTo(404);
    }
}
