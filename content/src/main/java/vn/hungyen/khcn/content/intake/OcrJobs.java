package vn.hungyen.khcn.content.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hungyen.khcn.content.spi.ReadDocument;

/**
 * Việc nhận dạng: scans read in the background, {@link OcrSettings#parallel()} at a time, at most
 * {@link OcrSettings#queue()} waiting. A scan's file is kept in its own folder (named by the job's id, in the data
 * directory's {@code tmp/ocr} folder) until it is saved or dropped; nothing else is written until the editor saves,
 * so a stop mid-job loses nothing and {@link #resume()} (at start) reads the waiting scans again. A read scan not saved within
 * {@link OcrSettings#keep()} is dropped with its folder.
 */
public final class OcrJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OcrJobs.class);
    private static final String SOURCE = "source";
    private static final String NAME = "name.txt";

    private final Path root;
    private final ScannedDocumentReader scans;
    private final BiFunction<UploadedFile, ReadDocument, DocumentIntake.Pending> findings;
    private final ExecutorService workers;
    private final Map<String, OcrJob> jobs = new ConcurrentHashMap<>();

    OcrJobs(Path folder, ScannedDocumentReader scans,
            BiFunction<UploadedFile, ReadDocument, DocumentIntake.Pending> findings) {
        this.root = folder.toAbsolutePath().normalize();
        this.scans = scans;
        this.findings = findings;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(scans.settings().parallel(), r -> {
            Thread t = new Thread(r, "ocr-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    /** Whether scans can be read here (Tesseract and its Vietnamese model installed). */
    public boolean available() {
        return scans.available();
    }

    /** Whether Tesseract with the settings' language model is installed on this machine. */
    public static boolean installed(OcrSettings settings) {
        return new Tesseract(settings).available();
    }

    /** A job by its id (a random UUID: it cannot be guessed). */
    public Optional<OcrJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /**
     * Takes an upload over: its file moves into the job's folder and the job waits its turn.
     *
     * @throws DocumentRejectedException when Tesseract is missing or too many scans are waiting
     */
    OcrJob submit(UploadedFile upload, String type) {
        expire();
        if (!available()) {
            throw new DocumentRejectedException(DocumentRejectedException.Kind.UNREADABLE, "intake.error.no-ocr",
                    upload.fileName());
        }
        long waiting = jobs.values().stream().filter(j -> j.state() == OcrJob.State.QUEUED).count();
        if (waiting >= Math.max(1, scans.settings().queue())) {
            throw new DocumentRejectedException(DocumentRejectedException.Kind.BUSY, "intake.error.busy",
                    upload.fileName());
        }
        String id = UUID.randomUUID().toString();
        Path folder = root.resolve(id);
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(NAME), upload.fileName() + "\n" + type, StandardCharsets.UTF_8);
            Files.move(upload.path(), folder.resolve(SOURCE), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            delete(folder);
            throw new UncheckedIOException("cannot keep the scan " + upload.fileName(), e);
        }
        UploadedFile file = new UploadedFile(folder.resolve(SOURCE), upload.fileName(), upload.size(), upload.sha256());
        return start(new OcrJob(id, file, type, folder));
    }

    private OcrJob start(OcrJob job) {
        jobs.put(job.id(), job);
        job.running(workers.submit(() -> run(job)));
        return job;
    }

    private void run(OcrJob job) {
        job.progress(0, 0);
        try {
            ReadDocument document = scans.read(job.file(), job.type(), job.folder(), job::progress);
            DocumentIntake.Pending read = findings.apply(job.file(), document);
            job.done(read.withCleanup(() -> forget(job)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopping: the folder stays, to be read again at the next start
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted() || workers.isShutdown()) {
                return; // a failure caused by the stop (an interrupted read): keep the folder for the next start
            }
            if (e instanceof DocumentRejectedException rejected) {
                job.failed(rejected.reason());
            } else {
                log.warn("Reading the scan {} failed", job.file().fileName(), e);
                job.failed(new DocumentRejectedException(e, DocumentRejectedException.Kind.UNREADABLE,
                        "intake.error.corrupt", job.file().fileName()).reason());
            }
            forget(job);
        }
    }

    /** The job's folder is removed; the job itself stays findable until it expires, to tell how it ended. */
    private void forget(OcrJob job) {
        delete(job.folder());
    }

    /** Drops read scans nobody saved within the keeping time, and ended jobs past it. */
    private void expire() {
        Instant limit = Instant.now().minus(scans.settings().keep());
        jobs.values().removeIf(job -> {
            if (job.ended() != null && job.ended().isBefore(limit)) {
                job.result().ifPresent(DocumentIntake.Pending::close);
                forget(job);
                return true;
            }
            return false;
        });
    }

    /** Reads again the scans a stop interrupted: every job folder with its file. Run at start. */
    public int resume() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int resumed = 0;
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                Path source = folder.resolve(SOURCE);
                Path name = folder.resolve(NAME);
                if (!Files.isRegularFile(source) || !Files.isRegularFile(name) || !available()) {
                    delete(folder);
                    continue;
                }
                String[] meta = Files.readString(name, StandardCharsets.UTF_8).split("\n", 2);
                UploadedFile file = new UploadedFile(source, meta[0], Files.size(source), sha256(source));
                start(new OcrJob(folder.getFileName().toString(), file, meta.length > 1 ? meta[1] : "application/pdf",
                        folder));
                resumed++;
            }
        } catch (IOException e) {
            log.warn("Could not resume the scans in {}: {}", root, e.toString());
        }
        if (resumed > 0) {
            log.info("Reading again {} scan(s) a stop interrupted", resumed);
        }
        return resumed;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(UploadedFile::deleteQuietly);
        } catch (IOException e) {
            log.warn("Could not empty {}: {}", folder, e.toString());
        }
        UploadedFile.deleteQuietly(folder);
    }

    /** Stops the workers; a job cut short keeps its folder and is read again at the next start. */
    @Override
    public void close() {
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                log.warn("A scan was still being read at the stop; it is read again at the next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
