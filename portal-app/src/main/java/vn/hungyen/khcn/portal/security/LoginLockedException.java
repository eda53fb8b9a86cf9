package vn.hungyen.khcn.portal.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused without checking the password: too many failures for the account or from the client's address.
 * An account-status exception, so that no other authentication provider is asked after it.
 */
final class LoginLockedException extends LockedException {

    private final Duration retryAfter;

    LoginLockedException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole minutes until a sign-in may be tried again, at least one. */
    long retryAfterMinutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
