package vn.hungyen.khcn.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's rules on a clock the test moves: counts, growing lock-outs, resets, and a bounded memory. */
class LoginThrottleTest {

    private static final String OFFICE = "203.0.113.10";

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleProperties(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(1), 1000),
            clock);

    @Test
    void the_fifth_wrong_password_locks_the_account_for_a_minute() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("bientap.lan", OFFICE);
            assertThat(throttle.lockedFor("bientap.lan", OFFICE)).isZero();
        }
        throttle.failed("bientap.lan", OFFICE);

        assertThat(throttle.lockedFor("bientap.lan", OFFICE)).isEqualTo(Duration.ofMinutes(1));
        // The lock is the account's, from any address, whatever the case of the name typed.
        assertThat(throttle.lockedFor("BienTap.Lan", "198.51.100.7")).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("bientap.minh", "198.51.100.7")).isZero();
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.lockedFor("bientap.lan", OFFICE)).isZero();
    }

    @Test
    void each_next_lockout_lasts_twice_as_long_up_to_an_hour() {
        Duration[] expected = {Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofHours(1), Duration.ofHours(1)};
        for (Duration lock : expected) {
            for (int i = 0; i < 5; i++) {
                throttle.failed("quantri", "198.51.100." + i);
            }
            assertThat(throttle.lockedFor("quantri", "192.0.2.1")).isEqualTo(lock);
            clock.advance(lock.plusSeconds(1));
        }
    }

    @Test
    void failures_older_than_the_window_no_longer_count() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("bientap.hoa", OFFICE);
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("bientap.hoa", OFFICE);
        assertThat(throttle.lockedFor("bientap.hoa", OFFICE)).isZero();
    }

    @Test
    void signing_in_resets_the_account_but_not_the_address() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("bientap.lan", OFFICE);
        }
        throttle.succeeded("bientap.lan");
        for (int i = 0; i < 4; i++) {
            throttle.failed("bientap.lan", OFFICE);
        }
        assertThat(throttle.lockedFor("bientap.lan", "192.0.2.1")).isZero();

        // 8 failures from the office so far: 12 more on other accounts lock the address, whoever signs in from it.
        for (int i = 0; i < 12; i++) {
            throttle.failed("doan" + i, OFFICE);
        }
        throttle.succeeded("bientap.lan");
        assertThat(throttle.lockedFor("bientap.lan", OFFICE)).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("bientap.lan", "192.0.2.1")).isZero();
    }

    @Test
    void an_ipv6_client_is_counted_by_its_64_bit_network() {
        assertThat(LoginThrottle.addressKey("2001:db8:0:1:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:0:1:0:0:0:0/64");
        assertThat(LoginThrottle.addressKey("2001:db8:0:1::7")).isEqualTo("2001:db8:0:1:0:0:0:0/64");
        assertThat(LoginThrottle.addressKey("203.0.113.10")).isEqualTo("203.0.113.10");
        assertThat(LoginThrottle.addressKey(null)).isEqualTo("?");
        assertThat(LoginThrottle.addressKey("not:an:address:zz")).isEqualTo("not:an:address:zz");
    }

    @Test
    void memory_stays_bounded_and_a_flood_of_invented_names_does_not_wash_out_a_lock() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("quantri", OFFICE);
        }
        for (int i = 0; i < 50_000; i++) {
            throttle.failed(i + "x".repeat(500), "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
        }
        assertThat(throttle.trackedAccounts()).isLessThanOrEqualTo(1000);
        assertThat(throttle.trackedAddresses()).isLessThanOrEqualTo(1000);
        assertThat(throttle.lockedFor("quantri", "192.0.2.1")).isPositive();
    }

    @Test
    void nonsensical_limits_are_refused_at_start() {
        assertThatThrownBy(() -> new LoginThrottleProperties(0, 20, Duration.ofMinutes(15), Duration.ofMinutes(1),
                Duration.ofHours(1), 1000)).hasMessageContaining("max-failures");
        assertThatThrownBy(() -> new LoginThrottleProperties(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(10),
                Duration.ofMinutes(5), 1000)).hasMessageContaining("max-lockout");
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
