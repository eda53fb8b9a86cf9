package vn.hungyen.khcn.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** What counts as a failed sign-in: a refusal does, the accounts being unreadable does not. */
class ThrottledAuthenticationTest {

    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleProperties(2, 20, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(1), 100),
            Clock.systemUTC());

    private static Authentication attempt() {
        return UsernamePasswordAuthenticationToken.unauthenticated("bientap.lan", "mật-khẩu-đoán");
    }

    private ThrottledAuthentication failingWith(RuntimeException e) {
        return new ThrottledAuthentication(new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                throw e;
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        }, throttle);
    }

    @Test
    void a_database_outage_locks_no_one_out() {
        ThrottledAuthentication signIn = failingWith(new InternalAuthenticationServiceException("database down"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt()))
                    .isInstanceOf(InternalAuthenticationServiceException.class);
        }
        assertThat(throttle.lockedFor("bientap.lan", null)).isZero();
    }

    @Test
    void wrong_passwords_lock_and_then_the_password_is_not_even_checked() {
        ThrottledAuthentication signIn = failingWith(new BadCredentialsException("wrong"));
        assertThatThrownBy(() -> signIn.authenticate(attempt())).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt())).isInstanceOf(BadCredentialsException.class);

        assertThatThrownBy(() -> signIn.authenticate(attempt())).isInstanceOfSatisfying(LoginLockedException.class,
                e -> assertThat(e.retryAfterMinutes()).isEqualTo(1));
    }
}
