package vn.hungyen.khcn.content.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.spi.Message;

/**
 * Một bản quét đang đọc: where a scan's reading stands — waiting, at page n of m, read (with what was read, not
 * stored), or refused (with the reason). Safe to look at from any thread.
 */
public final class OcrJob {

    /** Where the job stands. */
    public enum State {
        QUEUED, RUNNING, DONE, FAILED
    }

    private final String id;
    private final UploadedFile file;
    private final String type;
    private final Path folder;
    private volatile State state = State.QUEUED;
    private volatile int pagesDone;
    private volatile int pages;
    private volatile DocumentIntake.@Nullable Pending result;
    private volatile @Nullable Message failure;
    private volatile @Nullable Instant ended;
    private volatile @Nullable Future<?> running;

    OcrJob(String id, UploadedFile file, String type, Path folder) {
        this.id = id;
        this.file = file;
        this.type = type;
        this.folder = folder;
    }

    public String id() {
        return id;
    }

    public String fileName() {
        return file.fileName();
    }

    public State state() {
        return state;
    }

    /** Pages read so far. */
    public int pagesDone() {
        return pagesDone;
    }

    /** Pages in all; 0 until the file is opened. */
    public int pages() {
        return pages;
    }

    /** What was read, once {@link State#DONE}: not stored; saving or closing it ends the job's folder. */
    public Optional<DocumentIntake.Pending> result() {
        return Optional.ofNullable(result);
    }

    /** Why the scan could not be read, once {@link State#FAILED}. */
    public Optional<Message> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Waits up to {@code time} for the job to end (for an API client that would rather wait than poll).
     *
     * @return whether it ended
     */
    public boolean await(Duration time) {
        Future<?> f = running;
        if (f == null || time.isZero()) {
            return state == State.DONE || state == State.FAILED;
        }
        try {
            f.get(time.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // still reading, or ended with its failure recorded
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return state == State.DONE || state == State.FAILED;
    }

    UploadedFile file() {
        return file;
    }

    String type() {
        return type;
    }

    Path folder() {
        return folder;
    }

    @Nullable Instant ended() {
        return ended;
    }

    void running(Future<?> future) {
        running = future;
    }

    void progress(int done, int total) {
        state = State.RUNNING;
        pagesDone = done;
        pages = total;
    }

    void done(DocumentIntake.Pending read) {
        result = read;
        ended = Instant.now();
        state = State.DONE;
    }

    void failed(Message reason) {
        failure = reason;
        ended = Instant.now();
        state = State.FAILED;
    }
}
