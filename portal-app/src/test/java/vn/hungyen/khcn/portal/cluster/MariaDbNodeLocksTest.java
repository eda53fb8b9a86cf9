package vn.hungyen.khcn.portal.cluster;

import org.junit.jupiter.api.extension.ExtendWith;
import vn.hungyen.khcn.portal.persistence.MariaDbAvailable;

/**
 * {@link NodeLocksContract} on MariaDB, where the nodes really share the database. Skipped with a message where no
 * MariaDB answers — except under {@code CI=true}, where it must run.
 */
@ExtendWith(MariaDbAvailable.class)
class MariaDbNodeLocksTest extends NodeLocksContract {

    @Override
    String url() {
        return MariaDbAvailable.url();
    }

    @Override
    String user() {
        return MariaDbAvailable.user();
    }

    @Override
    String password() {
        return MariaDbAvailable.password();
    }
}
