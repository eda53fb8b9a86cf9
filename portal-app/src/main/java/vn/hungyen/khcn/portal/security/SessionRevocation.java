package vn.hungyen.khcn.portal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends, on the server, every session of an account that was disabled or got a new password: the session is marked
 * expired in the registry, and its next request is signed out before anything else reads it. Runs once the change
 * is committed, so that a sign-in racing with it already sees the new state.
 */
@Component
class SessionRevocation {

    private static final Logger log = LoggerFactory.getLogger(SessionRevocation.class);

    private final SessionRegistry sessions;

    SessionRevocation(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void credentialsChanged(AccountCredentialsChanged change) {
        int ended = revoke(change.username());
        log.info("Ended {} session(s) of '{}' after a change of its sign-in", ended, change.username());
    }

    /** Expires the account's sessions; returns how many there were. */
    int revoke(String username) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }
}
