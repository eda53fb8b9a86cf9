package vn.hungyen.khcn.portal.deliverables;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.deliverables.service.DeliverableCatalog;
import vn.hungyen.khcn.deliverables.service.DeliverableEditing;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.TaskCoverage;
import vn.hungyen.khcn.deliverables.ui.DeliverableEditView;
import vn.hungyen.khcn.portal.support.KaribuTest;
import vn.hungyen.khcn.portal.ui.LoginView;

/**
 * The editors' page of the research results. The portal's context is shared by every test class, so each test
 * gives back what it changed (the topics to the rules, the added result removed): the 19 named of 21 stay.
 */
class DeliverableEditViewTest extends KaribuTest {

    private static final String MOC_DAI_TAP = "moc-dai-tap";
    private static final String RICE = "Mô hình sản xuất lúa chất lượng cao theo hướng hữu cơ";
    private static final String RICE_SLUG = "mo-hinh-san-xuat-lua-chat-luong-cao-theo-huong-huu-co";

    @Autowired
    private DeliverableEditing editing;

    @Autowired
    private DeliverableCatalog catalog;

    @AfterEach
    void giveBackWhatTheTestChanged() {
        if (catalog.deliverable(MOC_DAI_TAP).orElseThrow().topicsByEditor()) {
            editing.restoreRuleTopics(MOC_DAI_TAP);
        }
        if (catalog.deliverable(RICE_SLUG).isPresent()) {
            editing.removeAddedDeliverable(RICE_SLUG);
        }
    }

    @Test
    void a_reader_is_sent_to_the_login_page_and_sees_no_edit_entry() {
        UI.getCurrent().navigate("ket-qua/bien-tap");
        _get(LoginView.class);
        UI.getCurrent().navigate("");
        assertThat(menu()).doesNotContain("Biên tập kết quả");
    }

    @Test
    void an_editor_overrides_a_topic_and_the_page_and_the_api_show_it_until_it_is_given_back_to_the_rules() {
        String rulesTopics = topicsInApi();
        signIn("bientapvien", Roles.EDITOR);
        UI.getCurrent().navigate("ket-qua/bien-tap");
        _get(DeliverableEditView.class);
        comboBox("override-deliverable").setValue(MOC_DAI_TAP);
        // Before: why the rules chose each topic, in words (the kind), not the rule's data file and line.
        assertThat(currentTopics()).containsExactly(
                "502 Kinh tế và kinh doanh — xếp tự động theo loại kết quả “Nhãn hiệu tập thể, chứng nhận”");
        assertThat(get("/api/deliverables?topic=203").body()).doesNotContain("\"id\":\"moc-dai-tap\"");

        multiSelect("override-topics").setValue(Set.of("203"));
        _get(TextField.class, spec -> spec.withId("override-note")).setValue("làng nghề mộc: kỹ thuật cơ khí");
        _get(Button.class, spec -> spec.withId("override-save")).click();

        assertThat(message("override-message")).isEqualTo("Đã lưu lĩnh vực của “Mộc Đại Tập”.");
        assertThat(currentTopics()).containsExactly(
                "203 Kỹ thuật cơ khí — biên tập viên chọn: làng nghề mộc: kỹ thuật cơ khí");
        assertThat(get("/api/deliverables?topic=203").body()).contains("\"id\":\"moc-dai-tap\"");
        UI.getCurrent().navigate("ket-qua/moc-dai-tap");
        Div topics = _get(Div.class, spec -> spec.withId("deliverable-topics"));
        assertThat(_find(topics, ListItem.class)).extracting(li -> li.getElement().getTextRecursively())
                .containsExactly("203 Kỹ thuật cơ khí");
        assertThat(_get(topics, Paragraph.class).getText()).isEqualTo("Lĩnh vực do biên tập viên chọn.");

        UI.getCurrent().navigate("ket-qua/bien-tap");
        comboBox("override-deliverable").setValue(MOC_DAI_TAP);
        _get(Button.class, spec -> spec.withId("override-restore")).click();
        assertThat(message("override-message"))
                .isEqualTo("Lĩnh vực của “Mộc Đại Tập” đã được trả về theo quy tắc.");
        assertThat(topicsInApi()).isEqualTo(rulesTopics);
        assertThat(catalog.deliverable(MOC_DAI_TAP).orElseThrow().topicsByEditor()).isFalse();
    }

    @Test
    void an_editor_adds_the_20th_result_of_task_6_3_and_the_coverage_line_counts_20_of_21() {
        signIn("bientapvien", Roles.EDITOR);
        UI.getCurrent().navigate("ket-qua/bien-tap");
        comboBox("add-task").setValue("21-kh-skhcn/6.3");
        _get(TextField.class, spec -> spec.withId("add-title")).setValue(RICE);
        comboBox("add-kind").setValue("procedure");
        _get(IntegerField.class, spec -> spec.withId("add-year")).setValue(2022);
        multiSelect("add-topics").setValue(Set.of("401"));
        _get(TextField.class, spec -> spec.withId("add-note")).setValue("theo báo cáo nghiệm thu năm 2022");
        _get(Button.class, spec -> spec.withId("add-save")).click();

        assertThat(message("add-message")).isEqualTo("Đã thêm “" + RICE + "” vào kết quả của nhiệm vụ 6.3.");
        UI.getCurrent().navigate("ket-qua");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("coverage")).getText())
                .startsWith("Nhiệm vụ 6.3 nêu 21 đề tài, dự án; 20 kết quả đã có tên trong cổng, 1 chưa được nêu tên");
        assertThat(get("/api/deliverables?topic=401&kind=procedure").body()).contains("\"id\":\"" + RICE_SLUG + "\"")
                .contains("\"tasks\":[\"6.3\"]");
        UI.getCurrent().navigate("ket-qua/" + RICE_SLUG);
        assertThat(_find(_get(Div.class, spec -> spec.withId("deliverable-tasks")), Div.class,
                spec -> spec.withClasses("task"))).extracting(t -> t.getElement().getAttribute("data-task"))
                .containsExactly("6.3");
    }

    @Test
    void bad_input_is_refused_with_a_reason_and_nothing_is_saved() {
        signIn("bientapvien", Roles.EDITOR);
        UI.getCurrent().navigate("ket-qua/bien-tap");

        comboBox("add-task").setValue("21-kh-skhcn/6.3");
        comboBox("add-kind").setValue("procedure");
        _get(TextField.class, spec -> spec.withId("add-note")).setValue("theo báo cáo");
        _get(Button.class, spec -> spec.withId("add-save")).click();
        assertThat(message("add-message")).isEqualTo("Chưa nhập tên kết quả.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("add-message")).hasClassName("error")).isTrue();

        _get(TextField.class, spec -> spec.withId("add-title")).setValue(RICE);
        comboBox("add-kind").clear();
        _get(Button.class, spec -> spec.withId("add-save")).click();
        assertThat(message("add-message")).isEqualTo("Chưa chọn loại kết quả.");

        comboBox("add-kind").setValue("procedure");
        _get(IntegerField.class, spec -> spec.withId("add-year")).setValue(20222);
        _get(Button.class, spec -> spec.withId("add-save")).click();
        assertThat(message("add-message")).isEqualTo("Năm 20222 không hợp lệ: năm cần từ 1945 đến 2100.");

        _get(TextField.class, spec -> spec.withId("kind-code")).setValue("procedure");
        _get(TextField.class, spec -> spec.withId("kind-name-vi")).setValue("Quy trình");
        _get(TextField.class, spec -> spec.withId("kind-name-en")).setValue("Procedure");
        _get(Button.class, spec -> spec.withId("kind-add")).click();
        assertThat(message("kind-message")).isEqualTo("Loại “procedure” đã có.");
        _get(TextField.class, spec -> spec.withId("kind-code")).setValue("Sáng chế");
        _get(Button.class, spec -> spec.withId("kind-add")).click();
        assertThat(message("kind-message")).startsWith("Mã loại “Sáng chế” không hợp lệ");

        comboBox("override-deliverable").setValue(MOC_DAI_TAP);
        multiSelect("override-topics").clear();
        _get(TextField.class, spec -> spec.withId("override-note")).setValue("thử");
        _get(Button.class, spec -> spec.withId("override-save")).click();
        assertThat(message("override-message")).isEqualTo("Cần chọn ít nhất một lĩnh vực.");

        TaskCoverage coverage = catalog.coverage().getFirst();
        assertThat(coverage.named()).isEqualTo(19);
        assertThat(catalog.deliverable(RICE_SLUG)).isEmpty();
        assertThat(catalog.kinds()).hasSize(4);
        assertThat(catalog.deliverable(MOC_DAI_TAP).orElseThrow().topicsByEditor()).isFalse();
    }

    private String topicsInApi() {
        String body = get("/api/deliverables/" + MOC_DAI_TAP).body();
        return body.substring(body.indexOf("\"topics\""), body.indexOf("\"tasks\""));
    }

    private static java.util.List<String> currentTopics() {
        return _find(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("override-current")),
                ListItem.class).stream().map(li -> li.getElement().getTextRecursively()).toList();
    }

    private static java.util.List<String> menu() {
        return _find(_get(SideNav.class), SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private static String message(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Object> comboBox(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> multiSelect(String id) {
        return _get(MultiSelectComboBox.class, spec -> spec.withId(id));
    }
}
