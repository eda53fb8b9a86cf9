package vn.hungyen.khcn.content.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.hungyen.khcn.content.spi.DocumentStore;
import vn.hungyen.khcn.content.spi.IntakeReading;
import vn.hungyen.khcn.content.domain.Slugs;

/**
 * Tệp gốc: keeps uploaded originals under {@code <shared-dir>/files/<module>/<key>/}, where every portal node reads
 * them ({@code portal.shared-dir}, by default the data directory). A file is written only once the entry that records
 * it has committed (copied to a {@code .part} file, then moved into place), so a refused or rolled-back upload, or a
 * crash before the commit, leaves no file; a crash during the copy leaves a {@code .part} that {@link #sweep()}
 * removes at the next start. Uploads wait for their reading in the node's own data directory.
 */
public final class OriginalFiles implements DocumentStore.OriginalKeeper {

    private static final Logger log = LoggerFactory.getLogger(OriginalFiles.class);
    static final String FILES = "files";
    static final String UPLOADS = "tmp/uploads";

    /**
     * A {@code .part} in a shared folder untouched for this long was left by a node that stopped mid-copy: another
     * node's copy in progress is younger (a copy of the largest upload takes seconds).
     */
    static final Duration ABANDONED_PART = Duration.ofMinutes(10);

    private final Path dataDir;
    private final Path sharedDir;
    private final Clock clock;

    /** One node: originals in its data directory. */
    public OriginalFiles(Path dataDir) {
        this(dataDir, dataDir, Clock.systemUTC());
    }

    /** Originals in {@code sharedDir}, which other nodes also write to; uploads waiting in {@code dataDir}. */
    public OriginalFiles(Path dataDir, Path sharedDir, Clock clock) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.sharedDir = sharedDir.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** Where uploads wait while they are read (this node's own). */
    public Path uploadDirectory() {
        return dataDir.resolve(UPLOADS);
    }

    @Override
    public String keep(String module, String key, IntakeReading.OriginalFile original) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("an original is kept from inside the transaction that records it");
        }
        String relative = FILES + "/" + Slugs.of(module) + "/" + Slugs.of(key) + "/"
                + original.sha256().substring(0, 16) + "." + original.extension();
        Path target = resolve(relative).orElseThrow(() -> new IllegalArgumentException("bad path " + relative));
        Path source = original.path();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                write(source, target);
            }
        });
        return relative;
    }

    private static void write(Path source, Path target) {
        if (Files.exists(target)) {
            return; // same digest, same bytes
        }
        // Named for this copy alone: two nodes keeping the same bytes at once do not write into one .part.
        Path part = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, part, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // The entry is committed; its original is missing and its page says so. Nothing half-written stays.
            UploadedFile.deleteQuietly(part);
            throw new UncheckedIOException("cannot keep the original " + target, e);
        }
    }

    /** A stored original by the path its entry recorded; empty when it is missing or points outside the folder. */
    public Optional<Path> resolve(String relative) {
        Path file = sharedDir.resolve(relative).normalize();
        return file.startsWith(sharedDir.resolve(FILES)) ? Optional.of(file) : Optional.empty();
    }

    /**
     * Removes what an interrupted upload left: waiting uploads and half-copied originals. Run at start. In a folder
     * shared with other nodes, only the {@code .part} files untouched for {@link #ABANDONED_PART}: a younger one may
     * be another node's copy in progress.
     */
    public int sweep() {
        int[] removed = {0};
        boolean shared = !sharedDir.equals(dataDir);
        Instant abandoned = clock.instant().minus(ABANDONED_PART);
        for (Path root : new Path[] {dataDir.resolve(UPLOADS), sharedDir.resolve(FILES)}) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            boolean onlyAbandoned = shared && root.startsWith(sharedDir);
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        if (file.getFileName().toString().endsWith(".part")
                                && (!onlyAbandoned || attrs.lastModifiedTime().toInstant().isBefore(abandoned))) {
                            Files.deleteIfExists(file);
                            removed[0]++;
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                log.warn("Could not sweep {}: {}", root, e.toString());
            }
        }
        if (removed[0] > 0) {
            log.info("Removed {} file(s) left by interrupted uploads", removed[0]);
        }
        return removed[0];
    }
}
