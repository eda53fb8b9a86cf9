package vn.hungyen.khcn.portal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of sign-in attempts ({@code portal.login.*}).
 *
 * @param maxFailures           wrong passwords for one account, within {@code failureWindow}, before its sign-in is
 *                              locked (default 5)
 * @param maxFailuresPerAddress failed sign-ins from one client address, within {@code failureWindow}, before that
 *                              address is locked (default 20: an office behind one address has several editors)
 * @param failureWindow         how long a failure counts (default 15m)
 * @param lockout               the first lock-out; each next one of the same account or address lasts twice as long
 *                              (default 1m)
 * @param maxLockout            the longest lock-out (default 1h)
 * @param trackedKeys           how many accounts, and how many addresses, are remembered at most: the memory used
 *                              stays bounded whatever names and addresses an attacker sends (default 10000)
 */
@ConfigurationProperties("portal.login")
record LoginThrottleProperties(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration failureWindow, @DefaultValue("1m") Duration lockout,
        @DefaultValue("1h") Duration maxLockout, @DefaultValue("10000") int trackedKeys) {

    LoginThrottleProperties {
        if (maxFailures < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("portal.login.max-failures and max-failures-per-address must be at least 1");
        }
        if (!failureWindow.isPositive() || !lockout.isPositive() || maxLockout.compareTo(lockout) < 0) {
            throw new IllegalArgumentException("portal.login.failure-window and lockout must be positive, and "
                    + "max-lockout at least lockout; were " + failureWindow + ", " + lockout + ", " + maxLockout);
        }
        if (trackedKeys < 100) {
            throw new IllegalArgumentException("portal.login.tracked-keys must be at least 100, was " + trackedKeys);
        }
    }
}
