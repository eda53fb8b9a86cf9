package vn.hungyen.khcn.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

class PortalUsersTest extends PortalIntegrationTest {

    @Autowired
    private PortalUsers users;
    @Autowired
    private PasswordEncoder passwordEncoder;

    @Test
    void passwords_are_stored_only_as_bcrypt_hashes() {
        users.create("nguyen.van.a", "mật-khẩu-đủ-dài-2022", "Nguyễn Văn A", Set.of(Roles.EDITOR));
        UserDetails user = users.loadUserByUsername("nguyen.van.a");
        assertThat(user.getPassword()).startsWith("{bcrypt}$2").doesNotContain("mật-khẩu");
        assertThat(passwordEncoder.matches("mật-khẩu-đủ-dài-2022", user.getPassword())).isTrue();
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EDITOR");
    }

    @Test
    void short_passwords_and_odd_user_names_are_refused() {
        assertThatThrownBy(() -> users.create("tran.thi.b", "ngan", "Trần Thị B", Set.of(Roles.EDITOR)))
                .hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> users.create("<script>", "mật-khẩu-đủ-dài-2022", "x", Set.of(Roles.EDITOR)))
                .hasMessageContaining("user names");
    }

    @Test
    void the_api_and_health_stay_open_to_readers_while_editing_needs_a_login() {
        assertThat(get("/api/tasks").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env").statusCode()).isIn(401, 403, 302, 404);
    }
}
