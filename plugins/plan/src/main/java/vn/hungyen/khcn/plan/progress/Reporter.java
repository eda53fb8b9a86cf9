package vn.hungyen.khcn.plan.progress;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.hungyen.khcn.content.domain.Roles;

/**
 * Who is acting, read on the server from the security context (never from what a page sends): the user name, whether
 * it edits, and the units it reports for ({@code UNIT:<slug>} authorities the application grants from the account).
 */
record Reporter(String username, boolean editor, boolean reporter, Set<String> units) {

    private static final String ROLE = "ROLE_";

    /** The signed-in user. */
    static Reporter current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
            throw new AccessDeniedException("not signed in");
        }
        Set<String> authorities = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Set<String> units = authorities.stream().filter(a -> a.startsWith(Roles.UNIT_AUTHORITY_PREFIX))
                .map(a -> a.substring(Roles.UNIT_AUTHORITY_PREFIX.length())).collect(Collectors.toUnmodifiableSet());
        return new Reporter(auth.getName(), authorities.contains(ROLE + Roles.EDITOR),
                authorities.contains(ROLE + Roles.REPORTER), units);
    }

    /** Editors report for any unit; a reporter only for its own. */
    boolean mayReportFor(String unitSlug) {
        return editor || reporter && units.contains(unitSlug);
    }

    void requireEditor() {
        if (!editor) {
            throw new AccessDeniedException(username + " is not an editor");
        }
    }
}
