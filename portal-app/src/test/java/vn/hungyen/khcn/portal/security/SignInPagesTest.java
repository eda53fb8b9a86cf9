package vn.hungyen.khcn.portal.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.portal.support.KaribuTest;

/** The pages around signing in: the login page's word on a lock-out, and an admin giving an account a new password. */
class SignInPagesTest extends KaribuTest {

    @Autowired
    private PortalUsers users;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Test
    void after_a_lockout_the_login_page_says_in_vietnamese_how_long_to_wait() {
        UI.getCurrent().navigate("dang-nhap", QueryParameters.fromString("error&tam-khoa=4"));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("Tạm khóa đăng nhập", "Hãy thử lại sau 4 phút.");

        UI.getCurrent().navigate("dang-nhap", QueryParameters.fromString("error"));
        assertThat(String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n")))
                .contains("Sai tên đăng nhập hoặc mật khẩu").doesNotContain("Tạm khóa");
    }

    @Test
    void an_admin_gives_an_account_a_new_password_and_a_short_one_is_refused() {
        users.create("bientap.doimk", "mật-khẩu-ban-đầu-2026", "Lê Văn Đổi", Set.of(Roles.EDITOR));
        signIn("quantri", Roles.ADMIN, Roles.EDITOR);
        UI.getCurrent().navigate("quan-tri/nguoi-dung");

        @SuppressWarnings("unchecked")
        Grid<PortalUsers.Account> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        int row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).username().equals("bientap.doimk")).findFirst().orElseThrow();
        Component actions = GridKt._getCellComponent(grid, row, "actions");
        _get(actions, Button.class, spec -> spec.withId("change-password-bientap.doimk")).click();
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("changed-password"));
        password.setValue("ngắn");
        _get(Button.class, spec -> spec.withId("save-password")).click();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Chưa đổi: mật khẩu có ít nhất 12 ký tự.");

        password.setValue("mật-khẩu-mới-do-quản-trị-đặt");
        _get(Button.class, spec -> spec.withId("save-password")).click();
        assertThat(_get(Span.class, spec -> spec.withId("users-message")).getText())
                .isEqualTo("Đã đổi mật khẩu của bientap.doimk; các phiên đăng nhập cũ của tài khoản này đã kết thúc.");
        assertThat(passwordEncoder.matches("mật-khẩu-mới-do-quản-trị-đặt",
                users.loadUserByUsername("bientap.doimk").getPassword())).isTrue();
    }
}
