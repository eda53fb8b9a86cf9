package vn.hungyen.khcn.portal.progress;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.content.domain.Slugs;
import vn.hungyen.khcn.plan.progress.AdjustView;
import vn.hungyen.khcn.plan.progress.ProgressReports;
import vn.hungyen.khcn.plan.progress.ProgressViews.AdjustableActivity;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportDraft;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportView;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportableActivity;
import vn.hungyen.khcn.plan.progress.ReportStatus;
import vn.hungyen.khcn.plan.progress.ReportingPeriod;
import vn.hungyen.khcn.plan.progress.ReviewView;
import vn.hungyen.khcn.portal.support.KaribuTest;
import vn.hungyen.khcn.portal.ui.AccessDeniedView;
import vn.hungyen.khcn.portal.ui.LoginView;

/** The reporter's flow in the UI (Karibu): report for one's own unit only, an editor approves, the pages show it. */
class ReporterPagesTest extends KaribuTest {

    private static final String CHI_CUC = "Chi cục Tiêu chuẩn Đo lường Chất lượng";

    @Autowired
    private ProgressReports reports;

    @Test
    void a_reporter_is_offered_only_its_units_activities_and_its_report_is_saved_for_approval() {
        String chiCuc = Slugs.of(CHI_CUC);
        signInWith("chicuc", List.of(Roles.unitAuthority(chiCuc)), Roles.REPORTER);
        UI.getCurrent().navigate("ke-hoach/bao-cao-tien-do");
        @SuppressWarnings("unchecked")
        ComboBox<ReportableActivity> activity = _get(ComboBox.class, spec -> spec.withId("report-activity"));
        List<ReportableActivity> offered = activity.getListDataView().getItems().toList();
        assertThat(offered).isNotEmpty().allSatisfy(a -> assertThat(a.unitSlugs()).containsOnly(chiCuc));
        assertThat(offered).noneMatch(a -> a.taskCode().equals("1.3.2"));
        ReportableActivity survey = offered.stream().filter(a -> a.taskCode().equals("3.2") && a.ordinal() == 2)
                .findFirst().orElseThrow();
        activity.setValue(survey);
        _get(TextField.class, spec -> spec.withId("report-period")).setValue("2022-06");
        _get(TextArea.class, spec -> spec.withId("report-result"))
                .setValue("Đã khảo sát 45 mẫu xăng dầu tại 15 cửa hàng; 3 mẫu không đạt chất lượng.");
        _get(Button.class, spec -> spec.withId("report-save")).click();

        assertThat(_get(Paragraph.class, spec -> spec.withId("report-message")).getText())
                .startsWith("Đã lưu báo cáo lần ").contains(CHI_CUC, "2022-06").endsWith("chờ duyệt.");
        @SuppressWarnings("unchecked")
        Grid<ReportView> history = _get(Grid.class, spec -> spec.withId("report-history"));
        assertThat(GridKt._size(history)).isPositive();
        assertThat(reports.history("21-kh-skhcn")).anySatisfy(r -> {
            assertThat(r.taskCode()).isEqualTo("3.2");
            assertThat(r.result()).startsWith("Đã khảo sát 45 mẫu xăng dầu");
            assertThat(r.approved()).isFalse();
        });
    }

    @Test
    void a_report_without_a_result_is_refused_with_a_vietnamese_reason() {
        signInWith("chicuc", List.of(Roles.unitAuthority(Slugs.of(CHI_CUC))), Roles.REPORTER);
        UI.getCurrent().navigate("ke-hoach/bao-cao-tien-do");
        int before = reports.history("21-kh-skhcn").size();
        _get(TextField.class, spec -> spec.withId("report-period")).setValue("2022-06");
        _get(Button.class, spec -> spec.withId("report-save")).click();
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-message")).getText())
                .isEqualTo("Chưa nhập kết quả thực hiện.");
        _get(TextField.class, spec -> spec.withId("report-period")).setValue("tháng sáu");
        _get(Button.class, spec -> spec.withId("report-save")).click();
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-message")).getText())
                .startsWith("Kỳ báo cáo không hợp lệ");
        assertThat(reports.history("21-kh-skhcn")).hasSize(before);
    }

    @Test
    void a_reader_and_a_reporter_cannot_open_the_review_page() {
        UI.getCurrent().navigate("ke-hoach/bao-cao-tien-do");
        _get(LoginView.class);
        signInWith("chicuc", List.of(Roles.unitAuthority(Slugs.of(CHI_CUC))), Roles.REPORTER);
        // The 403 page inside the layout (AccessDeniedView), not the review page.
        UI.getCurrent().navigate("ke-hoach/duyet-bao-cao");
        _get(AccessDeniedView.class);
        _assertNone(ReviewView.class);
    }

    @Test
    void an_approved_june_report_shows_on_the_task_page_and_the_dashboard() {
        String chiCuc = Slugs.of(CHI_CUC);
        signInWith("chicuc", List.of(Roles.unitAuthority(chiCuc)), Roles.REPORTER);
        ReportView sent = reports.submit(new ReportDraft("21-kh-skhcn", "3.2", 1, chiCuc, ReportingPeriod.parse("2022-06"),
                ReportStatus.DONE, "Đã kiểm tra 28 cơ sở kinh doanh xăng dầu, xử phạt 2 cơ sở vi phạm đo lường.",
                List.of(), null, List.of()));
        signIn("bientap", Roles.EDITOR);
        UI.getCurrent().navigate("ke-hoach/duyet-bao-cao");
        _get(ReviewView.class);
        @SuppressWarnings("unchecked")
        Grid<ReportView> pending = _get(Grid.class, spec -> spec.withId("review-pending"));
        int row = java.util.stream.IntStream.range(0, GridKt._size(pending))
                .filter(i -> GridKt._get(pending, i).id() == sent.id()).findFirst().orElseThrow();
        ((Button) GridKt._getCellComponent(pending, row, "approve")).click();
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-message")).getText())
                .isEqualTo("Đã duyệt báo cáo số " + sent.id() + ".");

        UI.getCurrent().navigate("ke-hoach/21-kh-skhcn/nhiem-vu/3.2");
        assertThat(_get(Div.class, spec -> spec.withId("task-progress")).getElement().getTextRecursively())
                .contains("Tiến độ thực hiện", "Hoạt động 1 — " + CHI_CUC + ", kỳ 2022-06: Hoàn thành",
                        "Đã kiểm tra 28 cơ sở kinh doanh xăng dầu");

        UI.getCurrent().navigate("ke-hoach/theo-doi", QueryParameters.of("ky", "2022-06"));
        Div byUnit = _get(Div.class, spec -> spec.withId("progress-by-unit"));
        NativeTable table = (NativeTable) byUnit.getChildren().filter(c -> c instanceof NativeTable).findFirst()
                .orElseThrow();
        String chiCucRow = table.getBody().getRows().stream().map(r -> r.getElement().getTextRecursively())
                .filter(t -> t.startsWith(CHI_CUC)).findFirst().orElseThrow();
        assertThat(chiCucRow).doesNotStartWith(CHI_CUC + "0");
        assertThat(byUnit.getElement().getTextRecursively()).contains("Tiến độ theo đơn vị");
        assertThat(_get(Div.class, spec -> spec.withId("progress-by-month")).getElement().toString()).contains("<svg");
    }

    @Test
    void an_editor_adjusts_an_activity_and_the_task_page_shows_the_adjustment_beside_the_signed_text() {
        signInWith("chicuc", List.of(Roles.unitAuthority(Slugs.of(CHI_CUC))), Roles.REPORTER);
        UI.getCurrent().navigate("ke-hoach/dieu-chinh");
        _get(AccessDeniedView.class);
        _assertNone(AdjustView.class);

        signIn("bientap", Roles.EDITOR);
        UI.getCurrent().navigate("ke-hoach/dieu-chinh");
        @SuppressWarnings("unchecked")
        ComboBox<AdjustableActivity> activity = _get(ComboBox.class, spec -> spec.withId("adjust-activity"));
        // 5.4 activity 2: "Tổ chức từ 02-03 hội thảo/ tọa đàm khoa học về đổi mới sáng tạo; 01 khóa đào tạo ..."
        AdjustableActivity workshops = activity.getListDataView().getItems()
                .filter(a -> a.taskCode().equals("5.4") && a.ordinal() == 2).findFirst().orElseThrow();
        activity.setValue(workshops);
        TextArea target = _get(TextArea.class, spec -> spec.withId("adjust-target"));
        assertThat(target.getValue()).contains("02-03 hội thảo");
        Button save = _get(Button.class, spec -> spec.withId("adjust-save"));
        Paragraph message = _get(Paragraph.class, spec -> spec.withId("adjust-message"));
        save.click();
        assertThat(message.getText())
                .isEqualTo("Cần nhập lý do, số ký hiệu và ngày của văn bản quyết định điều chỉnh.");

        target.setValue("Tổ chức 01 hội thảo khoa học về đổi mới sáng tạo; 01 khóa đào tạo về khởi nghiệp");
        _get(TextArea.class, spec -> spec.withId("adjust-reason"))
                .setValue("Kinh phí sự nghiệp KH&CN năm 2022 bị cắt giảm");
        _get(TextField.class, spec -> spec.withId("adjust-decision-number")).setValue("87/QĐ-SKHCN");
        _get(DatePicker.class, spec -> spec.withId("adjust-decision-date")).setValue(LocalDate.of(2022, 6, 10));
        save.click();
        assertThat(message.getText()).isEqualTo("Đã điều chỉnh hoạt động 5.4/2 theo văn bản 87/QĐ-SKHCN.");

        UI.getCurrent().navigate("ke-hoach/21-kh-skhcn/nhiem-vu/5.4");
        Div progress = _get(Div.class, spec -> spec.withId("task-progress"));
        Div note = (Div) progress.getChildren().filter(c -> c.hasClassName("adjustment")).findFirst().orElseThrow();
        assertThat(note.getElement().getTextRecursively())
                .contains("Điều chỉnh hoạt động 2 theo văn bản 87/QĐ-SKHCN ngày 2022-06-10",
                        "Lý do: Kinh phí sự nghiệp KH&CN năm 2022 bị cắt giảm",
                        "Hiện hành — nội dung: ", "chỉ tiêu: Tổ chức 01 hội thảo khoa học",
                        "Bản đã ký — nội dung: ", "Tổ chức từ 02-03 hội thảo");
    }
}
