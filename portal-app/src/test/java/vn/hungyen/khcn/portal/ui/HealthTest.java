package vn.hungyen.khcn.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

class HealthTest extends PortalIntegrationTest {

    @Test
    void health_is_up_with_the_database_and_the_index_both_checked() {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"}")
                .contains("\"index\":{\"status\":\"UP\"}");
    }
}
