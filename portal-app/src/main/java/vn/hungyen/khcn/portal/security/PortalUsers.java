package vn.hungyen.khcn.portal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.domain.Roles;

/** Accounts of editors, admins and reporters, stored with hashed passwords, for Spring Security's form login. */
@Service
@Transactional(readOnly = true)
public class PortalUsers implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final PortalUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    PortalUsers(PortalUserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        PortalUser user = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
        // Roles as ROLE_<name>; a reporter's units as UNIT:<slug>, which modules read to scope what it may report.
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.getRoles().forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
        user.getUnits().forEach(u -> authorities.add(new SimpleGrantedAuthority(Roles.unitAuthority(u))));
        return User.withUsername(user.getUsername()).password(user.getPasswordHash()).authorities(authorities)
                .disabled(!user.isEnabled()).build();
    }

    /** Một tài khoản as the admins' list shows it; never the password hash. */
    public record Account(String username, String displayName, List<String> roles, List<String> units,
            boolean enabled) {
    }

    /** Every account, by user name. */
    public List<Account> accounts() {
        return users.findAllByOrderByUsername().stream().map(u -> new Account(u.getUsername(), u.getDisplayName(),
                u.getRoles(), u.getUnits(), u.isEnabled())).toList();
    }

    /** Disables an account: it can no longer sign in, and its open sessions end (its history stays). */
    @Transactional
    public void disable(String username) {
        PortalUser user = find(username);
        user.disable();
        events.publishEvent(new AccountCredentialsChanged(user.getUsername()));
    }

    /**
     * Gives an account a new password (hashed here, never stored or logged in clear); the sessions opened with the
     * old one end.
     */
    @Transactional
    public void changePassword(String username, String newPassword) {
        checkPassword(newPassword);
        PortalUser user = find(username);
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        events.publishEvent(new AccountCredentialsChanged(user.getUsername()));
    }

    private PortalUser find(String username) {
        return users.findByUsername(username).orElseThrow(() -> new IllegalArgumentException("no user " + username));
    }

    private static void checkPassword(@Nullable String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("passwords have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    public boolean isEmpty() {
        return users.count() == 0;
    }

    /** Creates an account; the password is hashed here and never stored or logged in clear. */
    @Transactional
    public void create(String username, String password, String displayName, Set<String> roles) {
        create(username, password, displayName, roles, Set.of());
    }

    /**
     * Creates an account scoped to units (a reporter's): the slugs of the units it reports for. A reporter without
     * a unit could report for nothing and is refused.
     */
    @Transactional
    public void create(String username, String password, String displayName, Set<String> roles, Set<String> units) {
        if (roles.contains(Roles.REPORTER) && units.isEmpty()) {
            throw new IllegalArgumentException("a reporter reports for at least one unit");
        }
        if (units.stream().anyMatch(u -> !u.matches("[a-z0-9.-]{1,200}"))) {
            throw new IllegalArgumentException("unit slugs are lower-case letters, digits, '.' and '-'");
        }
        if (username == null || !username.matches("[A-Za-z0-9._@-]{3,100}")) {
            throw new IllegalArgumentException("user names are 3–100 letters, digits, '.', '_', '@' or '-'");
        }
        checkPassword(password);
        if (users.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("the user " + username + " exists");
        }
        PortalUser user = new PortalUser(username, passwordEncoder.encode(password), displayName, roles);
        user.setUnits(units);
        users.save(user);
    }
}
