package vn.hungyen.khcn.content.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Tệp tải lên: an upload streamed to a temporary file while its size is counted, so a file over the limit is
 * refused after {@code maxSize + 1} bytes and never held in memory. Closing it deletes the temporary file.
 *
 * @param path     the temporary file
 * @param fileName the editor's file name, made safe to show and store (no folders, no control characters, at
 *                 most {@value #MAX_NAME} characters, NFC)
 * @param size     bytes
 * @param sha256   hex digest of the bytes
 */
public record UploadedFile(Path path, String fileName, long size, String sha256) implements AutoCloseable {

    static final int MAX_NAME = 200;

    /**
     * Streams {@code content} to a temporary file in {@code directory}.
     *
     * @throws DocumentRejectedException when it is larger than {@code maxBytes} or empty (nothing is left behind)
     */
    public static UploadedFile receive(InputStream content, String fileName, long maxBytes, Path directory) {
        String name = safeName(fileName);
        Path file;
        try {
            Files.createDirectories(directory);
            file = Files.createTempFile(directory, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file in " + directory, e);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long total = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = content.read(buffer)) >= 0; ) {
                    total += n;
                    if (total > maxBytes) {
                        throw new DocumentRejectedException(DocumentRejectedException.Kind.TOO_LARGE,
                                "intake.error.too-large", name, maxBytes / (1024 * 1024));
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (total == 0) {
                throw new DocumentRejectedException(DocumentRejectedException.Kind.UNREADABLE, "intake.error.empty", name);
            }
            return new UploadedFile(file, name, total, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            deleteQuietly(file);
            throw new DocumentRejectedException(e, DocumentRejectedException.Kind.UNREADABLE, "intake.error.transfer", name);
        } catch (NoSuchAlgorithmException e) {
            deleteQuietly(file);
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /** A file name fit to show and to store: the last path segment, printable, NFC, bounded, never empty. */
    public static String safeName(String fileName) {
        String name = fileName == null ? "" : Normalizer.normalize(fileName, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "tep-tai-len";
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            int keep = MAX_NAME - ext.length() - 1;
            if (Character.isHighSurrogate(name.charAt(keep - 1))) {
                keep--;
            }
            name = name.substring(0, keep) + "…" + ext;
        }
        return name;
    }

    @Override
    public void close() {
        deleteQuietly(path);
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file: the start-up sweep removes what is left
        }
    }
}
