package vn.hungyen.khcn.portal.outage;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health check of the database ({@code db} in {@code /actuator/health}, in place of Spring Boot's), bounded by
 * its own time-out ({@code portal.health.database-timeout}, 2 s): a database that does not answer makes health
 * {@code DOWN} at once, on every call, instead of a check that hangs as long as the pool waits for a connection. A
 * check that is still waiting when the time is up is abandoned; the pool's own time-out ends it.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, DisposableBean {

    private final DataSource dataSource;
    private final Duration timeout;
    private final ExecutorService checks = Executors.newVirtualThreadPerTaskExecutor();

    DatabaseHealth(DataSource dataSource, @Value("${portal.health.database-timeout:2s}") Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        Future<Boolean> check = checks.submit(this::valid);
        try {
            return check.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS) ? Health.up().build()
                    : Health.down().withDetail("error", "the connection is not valid").build();
        } catch (TimeoutException e) {
            check.cancel(true);
            return Health.down().withDetail("error", "no answer within " + timeout.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down().withDetail("error", DatabaseOutageAdvice.rootMessage(e)).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        }
    }

    private boolean valid() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) Math.max(1, timeout.toSeconds()));
        }
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
