package vn.hungyen.khcn.portal.publish;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The static export as a background job: started from the UI, followed with a progress bar, never twice at once
 * (a second start while one runs is refused, not queued).
 */
@Service
public class ExportJobs {

    private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);

    /**
     * Where the job is.
     *
     * @param running  whether an export is running now
     * @param progress 0 … 1 while running
     * @param last     the last export that finished
     * @param error    why the last attempt failed, when it did
     */
    public record Status(boolean running, double progress, @Nullable ExportReport last, @Nullable String error) {
    }

    private final StaticSiteExporter exporter;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("site-export").daemon().factory());
    private final AtomicReference<Status> status = new AtomicReference<>(new Status(false, 0, null, null));

    ExportJobs(StaticSiteExporter exporter) {
        this.exporter = exporter;
    }

    public Status status() {
        return status.get();
    }

    /** Starts an export in the background; false when one is already running. */
    public synchronized boolean start() {
        Status now = status.get();
        if (now.running() || exporter.isRunning()) {
            return false;
        }
        status.set(new Status(true, 0, now.last(), null));
        executor.execute(this::run);
        return true;
    }

    private void run() {
        try {
            ExportReport report = exporter.export((done, total) ->
                    status.updateAndGet(s -> new Status(true, (double) done / total, s.last(), null)));
            status.set(new Status(false, 1, report, null));
        } catch (RuntimeException e) {
            log.error("The export failed; the previous export is kept", e);
            status.updateAndGet(s -> new Status(false, 0, s.last(), String.valueOf(e.getMessage())));
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
