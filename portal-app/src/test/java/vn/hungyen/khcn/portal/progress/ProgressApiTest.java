package vn.hungyen.khcn.portal.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.content.domain.Slugs;
import vn.hungyen.khcn.plan.progress.PlanAdjustments;
import vn.hungyen.khcn.plan.progress.ProgressReports;
import vn.hungyen.khcn.plan.progress.ProgressViews.AdjustmentDraft;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportDraft;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportView;
import vn.hungyen.khcn.plan.progress.ReportStatus;
import vn.hungyen.khcn.plan.progress.ReportingPeriod;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/**
 * {@code /api/progress}, {@code /api/tasks/{code}}'s {@code progress}, the report files and a unit's Atom feed over
 * HTTP, with an approved June report of the Chi cục for 3.3 (tập huấn tiêu chuẩn đo lường chất lượng).
 */
class ProgressApiTest extends PortalIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CHI_CUC = "Chi cục Tiêu chuẩn Đo lường Chất lượng";

    @Autowired
    private ProgressReports reports;

    @Autowired
    private PlanAdjustments adjustments;

    private ReportView approved;

    @BeforeEach
    void approveAJuneReport() {
        String chiCuc = Slugs.of(CHI_CUC);
        signIn("chicuc", "ROLE_" + Roles.REPORTER, Roles.unitAuthority(chiCuc));
        ReportView sent = reports.submit(new ReportDraft("21-kh-skhcn", "3.3", 1, chiCuc, ReportingPeriod.parse("2022-06"),
                ReportStatus.DONE, "Tổ chức 02 hội nghị tập huấn cho 180 doanh nghiệp <b>về</b> nhãn hàng hóa",
                List.of(), null, List.of()));
        signIn("bientap", "ROLE_" + Roles.EDITOR);
        approved = reports.approve(sent.id());
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_period_answers_the_approved_figures_per_unit() {
        HttpResponse<String> response = get("/api/progress?period=2022-06");
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> period = JSON.readValue(response.body(), Map.class);
        assertThat(period).containsEntry("plan", "21-kh-skhcn").containsEntry("period", "2022-06")
                .containsEntry("reportDue", "2022-07-20");
        Map<String, Object> unit = ((List<Map<String, Object>>) period.get("units")).stream()
                .filter(u -> CHI_CUC.equals(u.get("name"))).findFirst().orElseThrow();
        assertThat((List<Map<String, Object>>) unit.get("reports")).anySatisfy(r -> {
            assertThat(r).containsEntry("task", "3.3").containsEntry("activity", 1).containsEntry("status", "done")
                    .containsEntry("revision", approved.revision());
            // Text stays text: the API returns what was typed, for the site to escape.
            assertThat(r.get("result")).isEqualTo("Tổ chức 02 hội nghị tập huấn cho 180 doanh nghiệp <b>về</b> nhãn hàng hóa");
        });
        assertThat(get("/api/progress?period=2022-13").statusCode()).isEqualTo(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_task_carries_its_progress_and_the_list_does_not() {
        Map<String, Object> task = JSON.readValue(get("/api/tasks/3.3").body(), Map.class);
        Map<String, Object> progress = (Map<String, Object>) task.get("progress");
        List<Map<String, Object>> activities = (List<Map<String, Object>>) progress.get("activities");
        Map<String, Object> first = activities.stream().filter(a -> Integer.valueOf(1).equals(a.get("ordinal")))
                .findFirst().orElseThrow();
        assertThat(first).containsEntry("status", "done");
        assertThat((List<Map<String, Object>>) first.get("lastApproved")).anySatisfy(r ->
                assertThat(r).containsEntry("unit", CHI_CUC).containsEntry("period", "2022-06"));
        assertThat(progress).containsKey("basisChanged");
        List<Map<String, Object>> all = JSON.readValue(get("/api/tasks").body(), List.class);
        assertThat(all).allSatisfy(t -> assertThat(t).doesNotContainKey("progress"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_task_carries_its_adjustments_with_the_signed_text() {
        signIn("bientap", "ROLE_" + Roles.EDITOR);
        // 3.4 activity 3: "Tuyên truyền, triển khai Chương trình quốc gia hỗ trợ tổ chức, doanh nghiệp ..."
        adjustments.adjust(new AdjustmentDraft("21-kh-skhcn", "3.4", 3, true, null, null, null,
                "Nội dung đã gộp vào hoạt động 1", "64/QĐ-SKHCN", LocalDate.of(2022, 5, 4)));
        SecurityContextHolder.clearContext();
        Map<String, Object> task = JSON.readValue(get("/api/tasks/3.4").body(), Map.class);
        List<Map<String, Object>> adjusted = (List<Map<String, Object>>) ((Map<String, Object>) task.get("progress"))
                .get("adjustments");
        assertThat(adjusted).singleElement().satisfies(j -> {
            assertThat(j).containsEntry("ordinal", 3).containsEntry("kind", "cancel")
                    .containsEntry("reason", "Nội dung đã gộp vào hoạt động 1")
                    .containsEntry("decisionNumber", "64/QĐ-SKHCN").containsEntry("decisionDate", "2022-05-04");
            assertThat((String) j.get("signedRequirement")).contains("Tuyên truyền, triển khai Chương trình quốc gia");
        });
        Map<String, Object> third = ((List<Map<String, Object>>) ((Map<String, Object>) task.get("progress"))
                .get("activities")).stream().filter(a -> Integer.valueOf(3).equals(a.get("ordinal"))).findFirst()
                .orElseThrow();
        assertThat(third.get("timing")).as("a cancelled activity has no deadline any more").isNull();
    }

    @Test
    void the_june_report_downloads_as_an_xlsx_that_opens() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(baseUrl() + "/api/progress/report.xlsx?period=2022-06&units=" + Slugs.of(CHI_CUC))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("bao-cao-ket-qua-2022-06.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            StringBuilder text = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(c -> text.append(c.toString()).append('|')));
            assertThat(text).contains("Tổ chức 02 hội nghị tập huấn cho 180 doanh nghiệp", CHI_CUC, "Hoàn thành");
        }
        assertThat(get("/api/progress/report.docx?period=2022-06&units=..%2Fetc").statusCode()).isEqualTo(400);
    }

    @Test
    void a_unit_has_an_atom_feed_of_what_it_owes() {
        HttpResponse<String> response = get("/api/progress/units/" + Slugs.of(CHI_CUC) + "/feed.atom");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        // Today is past every 2022 deadline: the Chi cục owes reports and activities.
        assertThat(response.body()).startsWith("<?xml").contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"", "<entry>",
                "<title>Việc đến hạn và quá hạn — " + CHI_CUC + "</title>");
        assertThat(get("/api/progress/units/khong-co-don-vi-nay/feed.atom").statusCode()).isEqualTo(404);
    }

    private static void signIn(String username, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, "n/a",
                java.util.Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList()));
    }
}
