package vn.hungyen.khcn.portal.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The portal's clock in tests: the system's until a test fixes "today" ({@link #setToday}), and the system's again
 * after {@link #reset}. One bean in the shared context, so fixing the date costs no second context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    @Primary
    Settable testClock() {
        return new Settable();
    }

    /** A clock a test can set. */
    public static final class Settable extends Clock {

        private volatile Instant fixed;

        public void setToday(LocalDate today) {
            fixed = today.atTime(LocalTime.of(9, 0)).atZone(VIETNAM).toInstant();
        }

        public void reset() {
            fixed = null;
        }

        @Override
        public ZoneId getZone() {
            return VIETNAM;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            Instant f = fixed;
            return f == null ? Instant.now() : f;
        }
    }
}
