package vn.hungyen.khcn.index.search;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vẹn toàn của chỉ mục: whether the Lucene indexes under the index root are readable and undamaged, by the checksum
 * every Lucene file ends with. Each index's latest commit point ({@code segments_N}) is read and every file it
 * names is checksummed whole: a flipped byte anywhere, which a search may only meet much later (or never notice),
 * shows here. Lucene never rewrites a file, so a file is checksummed once and then again only when its size or
 * modification time changes: a later check costs a directory listing unless something was written.
 */
public final class IndexIntegrity {

    /** One damaged index: its directory and what is wrong with it. */
    public record Damage(Path directory, String problem) {
    }

    private static final Logger log = LoggerFactory.getLogger(IndexIntegrity.class);

    private final @Nullable Path root;
    private final Map<Path, FileKey> verified = new ConcurrentHashMap<>();

    private record FileKey(long size, FileTime modified) {
    }

    /** @param root the directory holding one index directory per indexed type; null checks nothing (index in memory) */
    public IndexIntegrity(@Nullable Path root) {
        this.root = root;
    }

    /** Whether {@code failure} was caused by a damaged index file, as Lucene reports one. */
    public static boolean isDamage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CorruptIndexException || cause instanceof IndexFormatTooOldException
                    || cause instanceof IndexFormatTooNewException) {
                return true;
            }
        }
        return false;
    }

    /** The damaged indexes under the root (one per content type), none when every index is whole or absent. */
    public List<Damage> damaged() {
        List<Damage> damaged = new ArrayList<>();
        for (Path directory : indexDirectories()) {
            String problem = problem(directory);
            if (problem != null) {
                damaged.add(new Damage(directory, problem));
            }
        }
        return damaged;
    }

    private List<Path> indexDirectories() {
        if (root == null || !Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the index directory " + root, e);
        }
    }

    /**
     * What is wrong with one index directory, or null. A file deleted while it is read (a merge committed meanwhile)
     * is no damage: the check starts again from the new commit point, a few times at most.
     */
    private @Nullable String problem(Path directory) {
        for (int attempt = 0; ; attempt++) {
            try (Directory lucene = FSDirectory.open(directory)) {
                SegmentInfos commit = SegmentInfos.readLatestCommit(lucene);
                for (String file : commit.files(true)) {
                    verify(lucene, directory.resolve(file), file);
                }
                return null;
            } catch (IndexNotFoundException e) {
                return null; // no commit yet: an empty index, created when first written
            } catch (NoSuchFileException | FileNotFoundException e) {
                if (attempt == 3) {
                    return "a file of the latest commit is missing: " + e.getMessage();
                }
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                    | EOFException e) {
                return e.getMessage();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the index in " + directory, e);
            }
        }
    }

    private void verify(Directory lucene, Path path, String file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        FileKey key = new FileKey(attributes.size(), attributes.lastModifiedTime());
        if (key.equals(verified.get(path))) {
            return;
        }
        try (IndexInput in = lucene.openInput(file, IOContext.READONCE)) {
            CodecUtil.checksumEntireFile(in);
        }
        verified.put(path, key);
    }

    /**
     * At start, before Hibernate Search opens the indexes: deletes the files of every damaged index, which Hibernate
     * Search then creates empty and {@link IndexBootstrap} fills from the database. The index is derived data; a
     * damaged {@code segments_N} would otherwise stop the portal from starting until someone deleted it by hand.
     *
     * @return the indexes found damaged (and emptied)
     */
    public List<Damage> removeDamaged() {
        List<Damage> damaged = damaged();
        for (Damage damage : damaged) {
            log.warn("The full-text index in {} is damaged ({}): removed, to be rebuilt from the database",
                    damage.directory(), damage.problem());
            try (Stream<Path> files = Files.list(damage.directory())) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot remove the damaged index in " + damage.directory(), e);
            }
        }
        if (!damaged.isEmpty()) {
            verified.clear();
        }
        return damaged;
    }
}
