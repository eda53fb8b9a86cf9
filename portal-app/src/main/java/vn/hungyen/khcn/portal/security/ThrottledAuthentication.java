package vn.hungyen.khcn.portal.security;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in check with the {@link LoginThrottle} in front: a locked account or address is refused before its
 * password is looked at; every other refusal (wrong password, unknown or disabled account) counts as a failure,
 * but not an error reading the accounts.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
                : null;
        Duration locked = throttle.lockedFor(username, address);
        if (locked.isPositive()) {
            throw new LoginLockedException(locked);
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            if (result != null) {
                throttle.succeeded(username);
            }
            return result;
        } catch (InternalAuthenticationServiceException e) {
            // The accounts could not be read (the database is down): not the client's failure.
            throw e;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
