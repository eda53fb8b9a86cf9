package vn.hungyen.khcn.portal.progress;

import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/** The follow-up contract on the embedded default, H2, in the shared portal context. */
class H2ProgressTest extends PortalIntegrationTest implements ProgressContract {

    @Autowired
    private ApplicationContext context;

    @Override
    public ApplicationContext context() {
        return context;
    }

    @Override
    public List<Path> keptEvidence() {
        return KeptFiles.under(DATA_DIR.resolve("files").resolve("plan"));
    }
}
