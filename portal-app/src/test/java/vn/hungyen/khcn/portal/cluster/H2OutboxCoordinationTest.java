package vn.hungyen.khcn.portal.cluster;

import java.nio.file.Path;
import java.util.List;

/** Two nodes in one JVM on one embedded H2 database (the same file URL opens the same database in one JVM). */
class H2OutboxCoordinationTest extends OutboxCoordinationContract {

    @Override
    List<String> databaseArguments(Path firstDataDir) {
        return List.of("--spring.datasource.url=jdbc:h2:file:" + firstDataDir.resolve("db").resolve("portal")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    }
}
