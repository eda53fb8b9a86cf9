package vn.hungyen.khcn.portal.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.hungyen.khcn.content.domain.Roles;

/**
 * Creates the first admin at the first start, from configuration ({@code portal.admin.username} and
 * {@code portal.admin.password}, or the environment {@code PORTAL_ADMIN_USERNAME} / {@code PORTAL_ADMIN_PASSWORD}).
 * There is no default password: without them the portal runs for readers only and says how to add an admin.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final PortalUsers users;
    private final String username;
    private final String password;

    FirstAdmin(PortalUsers users, @Value("${portal.admin.username:}") String username,
            @Value("${portal.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.isEmpty()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No user can sign in yet: start once with PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_PASSWORD "
                    + "(at least {} characters) to create the first admin.", PortalUsers.MIN_PASSWORD_LENGTH);
            return;
        }
        users.create(username, password, username, Set.of(Roles.ADMIN, Roles.EDITOR));
        log.info("Created the first admin '{}'", username);
    }
}
