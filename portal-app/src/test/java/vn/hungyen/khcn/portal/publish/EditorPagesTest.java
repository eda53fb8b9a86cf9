package vn.hungyen.khcn.portal.publish;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.content.service.EditorialItem;
import vn.hungyen.khcn.content.service.EditorialWorkflow;
import vn.hungyen.khcn.portal.security.UsersView;
import vn.hungyen.khcn.portal.support.KaribuTest;
import vn.hungyen.khcn.portal.ui.LoginView;
import vn.hungyen.khcn.portal.ui.MainLayout;

/** The editors' pages in the UI: closed to readers, and a conflicting save that loses nothing. */
class EditorPagesTest extends KaribuTest {

    @Autowired
    private EntityManager entityManager;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private EditorialWorkflow workflow;

    private DraftPlans drafts;
    private long id;

    @BeforeEach
    void createDraft() {
        drafts = new DraftPlans(entityManager, transactions);
        id = drafts.create("78/KH-SKHCN", "Kế hoạch hỗ trợ doanh nghiệp đổi mới sáng tạo năm 2026",
                "Hỗ trợ doanh nghiệp nhỏ và vừa ứng dụng tiến bộ khoa học kỹ thuật.");
    }

    @AfterEach
    void removeDraft() {
        drafts.remove(id);
    }

    @Test
    void a_reader_is_sent_to_the_login_page_from_the_editor_and_admin_pages() {
        UI.getCurrent().navigate("bien-tap");
        _get(LoginView.class);
        UI.getCurrent().navigate("bien-tap/" + id);
        _get(LoginView.class);
        UI.getCurrent().navigate("quan-tri/xuat-ban");
        _get(LoginView.class);
        UI.getCurrent().navigate("quan-tri/nguoi-dung");
        _get(LoginView.class);
    }

    @Test
    void an_editor_is_not_an_admin_and_cannot_open_the_users_page() {
        signIn("bientapvien", Roles.EDITOR);
        UI.getCurrent().navigate("bien-tap");
        _get(EditorialView.class);
        UI.getCurrent().navigate("quan-tri/nguoi-dung");
        // The portal's own page, inside the layout and in Vietnamese, in place of the users page.
        assertThat(_get(H1.class, spec -> spec.withId("access-denied-title")).getText())
                .isEqualTo("Không có quyền truy cập");
        _get(MainLayout.class);
        assertThat(_find(UsersView.class)).isEmpty();
    }

    @Test
    void an_editor_publishes_a_draft_from_the_list() {
        signIn("bientapvien", Roles.EDITOR);
        UI.getCurrent().navigate("bien-tap");
        _get(EditorialView.class);
        @SuppressWarnings("unchecked")
        Grid<EditorialItem> grid = _get(Grid.class, spec -> spec.withId("editorial-grid"));
        // The draft was changed last, so it is the first row.
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(id);
        Component actions = GridKt._getCellComponent(grid, 0, "actions");
        _get(actions, Button.class, spec -> spec.withId("publish-" + id)).click();
        assertThat(_get(Span.class, spec -> spec.withId("editorial-message")).getText())
                .isEqualTo("Đã xuất bản “Kế hoạch hỗ trợ doanh nghiệp đổi mới sáng tạo năm 2026”.");
        assertThat(workflow.item(id).orElseThrow().state().name()).isEqualTo("PUBLISHED");
    }

    @Test
    void unpublishing_asks_first_and_cancelling_keeps_the_item_published() {
        long version = workflow.item(id).orElseThrow().version();
        workflow.publish(id, version, "bientapvien");
        signIn("bientapvien", Roles.EDITOR);
        UI.getCurrent().navigate("bien-tap");
        @SuppressWarnings("unchecked")
        Grid<EditorialItem> grid = _get(Grid.class, spec -> spec.withId("editorial-grid"));
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(id);
        _get(GridKt._getCellComponent(grid, 0, "actions"), Button.class, spec -> spec.withId("unpublish-" + id)).click();
        // Asked, naming the item; nothing has changed yet.
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Gỡ xuất bản?");
        assertThat(_get(Dialog.class).getElement().getTextRecursively())
                .contains("Gỡ xuất bản “Kế hoạch hỗ trợ doanh nghiệp đổi mới sáng tạo năm 2026”");
        assertThat(workflow.item(id).orElseThrow().state().name()).isEqualTo("PUBLISHED");
        _get(Button.class, spec -> spec.withId("cancel-unpublish-" + id)).click();
        assertThat(workflow.item(id).orElseThrow().state().name()).isEqualTo("PUBLISHED");

        grid = _get(Grid.class, spec -> spec.withId("editorial-grid"));
        _get(GridKt._getCellComponent(grid, 0, "actions"), Button.class, spec -> spec.withId("unpublish-" + id)).click();
        _get(Button.class, spec -> spec.withId("confirm-unpublish-" + id)).click();
        assertThat(workflow.item(id).orElseThrow().state().name()).isEqualTo("DRAFT");
        assertThat(_find(Dialog.class)).isEmpty();
    }

    @Test
    void a_conflicting_save_keeps_my_text_and_shows_the_version_saved_meanwhile() {
        signIn("minh", Roles.EDITOR);
        UI.getCurrent().navigate("bien-tap/" + id);
        EditItemView view = _get(EditItemView.class);
        // Meanwhile another editor saves the same item.
        long opened = workflow.item(id).orElseThrow().version();
        workflow.edit(id, opened, "Kế hoạch hỗ trợ doanh nghiệp đổi mới sáng tạo giai đoạn 2026–2030",
                "Hỗ trợ doanh nghiệp nhỏ và vừa ứng dụng tiến bộ khoa học kỹ thuật.", "lan");

        _get(TextArea.class, spec -> spec.withId("edit-text"))
                .setValue("Hỗ trợ doanh nghiệp nhỏ và vừa đổi mới công nghệ, xây dựng thương hiệu.");
        view.save();

        assertThat(_get(Span.class, spec -> spec.withId("edit-message")).getText())
                .startsWith("Chưa lưu: lan đã lưu mục này lúc ")
                .endsWith("Nội dung bạn nhập vẫn còn trong biểu mẫu.");
        assertThat(_get(Div.class, spec -> spec.withId("edit-conflict")).isVisible()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("conflict-title")).getValue())
                .isEqualTo("Kế hoạch hỗ trợ doanh nghiệp đổi mới sáng tạo giai đoạn 2026–2030");
        assertThat(view.formText()).isEqualTo("Hỗ trợ doanh nghiệp nhỏ và vừa đổi mới công nghệ, xây dựng thương hiệu.");
        assertThat(workflow.item(id).orElseThrow().text())
                .isEqualTo("Hỗ trợ doanh nghiệp nhỏ và vừa ứng dụng tiến bộ khoa học kỹ thuật.");
    }
}
