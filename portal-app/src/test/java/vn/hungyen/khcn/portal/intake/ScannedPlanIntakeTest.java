package vn.hungyen.khcn.portal.intake;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.content.intake.DocumentIntake;
import vn.hungyen.khcn.content.intake.OcrAvailable;
import vn.hungyen.khcn.content.intake.OcrJob;
import vn.hungyen.khcn.content.intake.PrintedPages;
import vn.hungyen.khcn.content.spi.FoundTask;
import vn.hungyen.khcn.portal.support.KaribuTest;

/**
 * A plan signed on paper and scanned — eight tasks written as numbered paragraphs, the lead unit, partners and time
 * on labelled lines — uploaded on the intake page: read in the background with a progress bar per page, then shown
 * with its number, date, issuer, trích yếu and its tasks with their lead units, and the recognised text to correct.
 */
@ExtendWith(OcrAvailable.class)
class ScannedPlanIntakeTest extends KaribuTest {

    /** Each task's lead unit, in order. */
    private static final Map<String, String> LEADS = new java.util.LinkedHashMap<>();

    static {
        LEADS.put("Rà soát, sửa đổi quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh", "Sở Khoa học và Công nghệ");
        LEADS.put("Bố trí kinh phí sự nghiệp khoa học và công nghệ bảo đảm tỷ lệ theo quy định", "Sở Tài chính");
        LEADS.put("Đào tạo, bồi dưỡng nhân lực quản lý khoa học và công nghệ cho cán bộ cấp huyện", "Sở Nội vụ");
        LEADS.put("Xây dựng cơ sở dữ liệu nhiệm vụ khoa học và công nghệ của tỉnh", "Sở Thông tin và Truyền thông");
        LEADS.put("Hỗ trợ doanh nghiệp đổi mới công nghệ và nâng cao năng suất chất lượng", "Sở Công Thương");
        LEADS.put("Ứng dụng tiến bộ kỹ thuật trong sản xuất nông nghiệp hữu cơ", "Sở Nông nghiệp và Phát triển nông thôn");
        LEADS.put("Đưa giáo dục STEM vào các trường trung học trên địa bàn tỉnh", "Sở Giáo dục và Đào tạo");
        LEADS.put("Ứng dụng công nghệ thông tin trong khám bệnh, chữa bệnh tại bệnh viện tỉnh", "Sở Y tế");
    }

    static String plan() {
        StringBuilder text = new StringBuilder("""
                ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN
                Số: 71/KH-UBND
                Hưng Yên, ngày 20 tháng 10 năm 2025
                KẾ HOẠCH
                Triển khai phát triển khoa học, công nghệ và đổi mới sáng tạo tỉnh Hưng Yên năm 2026
                I. MỤC ĐÍCH, YÊU CẦU
                Cụ thể hóa các nhiệm vụ phát triển khoa học và công nghệ của tỉnh trong năm 2026.
                II. NHIỆM VỤ CỤ THỂ
                """);
        int n = 0;
        String[] quarters = {"Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026"};
        for (var task : LEADS.entrySet()) {
            text.append(++n).append(". ").append(task.getKey()).append(", cụ thể:\n")
                    .append("a) Cơ quan chủ trì: ").append(task.getValue()).append(";\n")
                    .append("b) Cơ quan phối hợp: Sở Tư pháp, Văn phòng UBND tỉnh;\n")
                    .append("c) Thời gian thực hiện: ").append(quarters[n % 4]).append(".\n");
        }
        return text.toString();
    }

    @Autowired
    private DocumentIntake intake;

    @Test
    void a_scanned_plan_comes_out_with_its_header_and_at_least_seven_of_eight_tasks_with_their_lead_unit() {
        signIn("bien-tap", Roles.EDITOR);
        UI.getCurrent().navigate(DocumentIntakeView.ROUTE);
        DocumentIntakeView view = _get(DocumentIntakeView.class);
        byte[] scan = PrintedPages.pdf(PrintedPages.render(plan(), new PrintedPages.Scan(300, 0.8, 0.004, 5)));

        OcrJob job = ((DocumentIntake.Queued) intake.submit(new ByteArrayInputStream(scan), "kh-71.pdf")).job();
        view.follow(job);
        ProgressBar progress = _get(ProgressBar.class, spec -> spec.withId("document-intake-progress"));
        assertThat(progress.isVisible()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(DocumentIntakeView.POLL_MS);

        assertThat(job.await(Duration.ofMinutes(5))).isTrue();
        assertThat(job.pages()).isGreaterThanOrEqualTo(1);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

        var reading = job.result().orElseThrow().reading();
        assertThat(reading.facts().number()).isEqualTo("71/KH-UBND");
        assertThat(reading.facts().date()).isEqualTo(LocalDate.of(2025, 10, 20));
        assertThat(reading.facts().issuer()).containsIgnoringCase("Hưng Yên");
        assertThat(reading.facts().title()).contains("Triển khai phát triển khoa học, công nghệ và đổi mới sáng tạo");
        List<FoundTask> tasks = reading.tasks().stream().filter(t -> !t.group()).toList();
        List<String> expectedLeads = List.copyOf(LEADS.values());
        long right = tasks.stream().filter(t -> {
            int i = Integer.parseInt(t.code().replaceAll(".*?(\\d+)$", "$1")) - 1;
            return i >= 0 && i < expectedLeads.size() && t.leadUnits().contains(expectedLeads.get(i));
        }).count();
        System.out.printf("[ocr] scanned plan: %d of 8 tasks with their lead unit%n", right);
        assertThat(right).isGreaterThanOrEqualTo(7);

        // the page shows it, with the notes and the recognised text to correct
        Div header = _get(Div.class, spec -> spec.withId("document-intake-header"));
        assertThat(header.getChildren().map(c -> ((Paragraph) c).getText()).toList()).anyMatch(l -> l.contains("71/KH-UBND"));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("document-intake-notes")).getChildren().count())
                .isGreaterThanOrEqualTo(1);
        TextArea text = _get(TextArea.class, spec -> spec.withId("document-intake-text"));
        text.setValue(text.getValue().replace("71/KH-UBND", "72/KH-UBND"));
        _get(Button.class, spec -> spec.withId("document-intake-reread")).click();
        assertThat(_get(Div.class, spec -> spec.withId("document-intake-header")).getChildren()
                .map(c -> ((Paragraph) c).getText()).toList()).anyMatch(l -> l.contains("72/KH-UBND"));
        assertThat(_get(Button.class, spec -> spec.withId("document-intake-save")).isVisible()).isTrue();
    }
}
