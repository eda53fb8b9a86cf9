package vn.hungyen.khcn.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.khcn.portal.security.PortalHttpClient.location;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/**
 * Signing in over real HTTP, as a browser and an attacker do it: the login form needs its CSRF token, wrong
 * passwords are throttled per account and per address, and disabling an account or changing its password ends its
 * open sessions. Each test has its own accounts and its own client address ({@code X-Forwarded-For}, honoured from
 * the local proxy), so that no test's failures lock another's sign-in.
 */
class SignInTest extends PortalIntegrationTest {

    private static final String PASSWORD = "mật-khẩu-đăng-nhập-2026";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    private PortalUsers users;

    /** A new editor account, and a client at an address of its own (TEST-NET-3: nothing is ever sent there). */
    private String newEditor() {
        String username = "bientap.thu" + NEXT.incrementAndGet();
        users.create(username, PASSWORD, "Biên tập viên thử", Set.of(Roles.EDITOR));
        return username;
    }

    private PortalHttpClient clientAt(String address) {
        return new PortalHttpClient(port).with("X-Forwarded-For", address);
    }

    private static void assertSignedIn(HttpResponse<String> signIn) {
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(location(signIn)).doesNotContain("dang-nhap");
    }

    private static void assertOnLoginPage(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).startsWith("/dang-nhap");
    }

    @Test
    void the_login_form_without_its_csrf_token_is_refused_even_with_the_right_password() {
        String editor = newEditor();
        PortalHttpClient browser = clientAt("203.0.113.1");
        browser.get("/dang-nhap");

        // What a page on another site can make a visitor's browser send: the form without the token.
        HttpResponse<String> forged = browser.post("/dang-nhap", Map.of("username", editor, "password", PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertOnLoginPage(browser.get("/bien-tap"));

        assertSignedIn(browser.signIn(editor, PASSWORD));
        assertThat(browser.get("/bien-tap").statusCode()).isEqualTo(200);
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_one() {
        String editor = newEditor();
        PortalHttpClient attacker = clientAt("203.0.113.2");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = attacker.signIn(editor, "doan-sai-" + i + "-mat-khau");
            assertThat(location(wrong)).isEqualTo("/dang-nhap?error");
        }

        HttpResponse<String> right = attacker.signIn(editor, PASSWORD);
        assertThat(location(right)).isEqualTo("/dang-nhap?error&tam-khoa=1");
        assertOnLoginPage(attacker.get("/bien-tap"));
        // The lock is the account's: the right password from another address is refused too.
        assertThat(location(clientAt("203.0.113.3").signIn(editor, PASSWORD))).isEqualTo("/dang-nhap?error&tam-khoa=1");
    }

    @Test
    void signing_in_resets_the_count_of_the_account() {
        String editor = newEditor();
        PortalHttpClient browser = clientAt("203.0.113.4");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(location(browser.signIn(editor, "go-nham-" + i + "-mat-khau"))).isEqualTo("/dang-nhap?error");
            }
            assertSignedIn(browser.signIn(editor, PASSWORD));
        }
    }

    @Test
    void twenty_failed_sign_ins_from_one_address_lock_that_address_for_every_account() {
        String editor = newEditor();
        PortalHttpClient sprayer = clientAt("203.0.113.5");
        for (int i = 0; i < 20; i++) {
            sprayer.signIn("khong.ton.tai." + i, "thu-mat-khau-pho-bien");
        }

        assertThat(location(sprayer.signIn(editor, PASSWORD))).isEqualTo("/dang-nhap?error&tam-khoa=1");
        assertSignedIn(clientAt("203.0.113.6").signIn(editor, PASSWORD));
    }

    @Test
    void disabling_an_account_ends_its_open_sessions() {
        String editor = newEditor();
        PortalHttpClient browser = clientAt("203.0.113.7");
        assertSignedIn(browser.signIn(editor, PASSWORD));
        assertThat(browser.get("/bien-tap").statusCode()).isEqualTo(200);

        users.disable(editor);

        assertOnLoginPage(browser.get("/bien-tap"));
        assertThat(location(browser.signIn(editor, PASSWORD))).isEqualTo("/dang-nhap?error");
    }

    @Test
    void a_new_password_ends_every_session_opened_with_the_old_one() {
        String editor = newEditor();
        PortalHttpClient office = clientAt("203.0.113.8");
        PortalHttpClient home = clientAt("203.0.113.9");
        assertSignedIn(office.signIn(editor, PASSWORD));
        assertSignedIn(home.signIn(editor, PASSWORD));

        users.changePassword(editor, "mật-khẩu-mới-sau-sự-cố");

        assertOnLoginPage(office.get("/bien-tap"));
        assertOnLoginPage(home.get("/bien-tap"));
        assertThat(location(office.signIn(editor, PASSWORD))).isEqualTo("/dang-nhap?error");
        assertSignedIn(office.signIn(editor, "mật-khẩu-mới-sau-sự-cố"));
        assertThat(office.get("/bien-tap").statusCode()).isEqualTo(200);
    }
}
