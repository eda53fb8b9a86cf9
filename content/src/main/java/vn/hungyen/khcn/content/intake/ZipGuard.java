package vn.hungyen.khcn.content.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Kiểm tra tệp nén: a DOCX or ODT is a zip; a hostile one inflates a few megabytes into gigabytes (a "zip bomb")
 * and fills the heap while it is parsed. Before any parser sees a zip container, this inflates every entry into
 * nothing, counting, and refuses the file once the total passes the limit or an entry inflates implausibly.
 * Entry sizes declared in the zip are not trusted: the bytes are counted.
 */
final class ZipGuard {

    /** Deflate reaches ~1000:1 on runs of one byte; real office XML stays far below this. */
    private static final long MAX_RATIO = 200;
    /** Entries smaller than this are not held to the ratio (tiny XML parts compress very well). */
    private static final long RATIO_FLOOR = 16L * 1024 * 1024;
    private static final int MAX_ENTRIES = 20_000;

    private ZipGuard() {
    }

    /**
     * @throws DocumentRejectedException when the container inflates past {@code maxInflated} bytes, has an entry
     *                                   whose inflation ratio is implausible, or has too many entries
     */
    static void check(Path file, String fileName, long maxInflated) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (var it = zip.entries(); it.hasMoreElements(); ) {
                ZipEntry entry = it.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw bomb(fileName);
                }
                long inflated = 0;
                long compressed = Math.max(1, entry.getCompressedSize());
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        inflated += n;
                        total += n;
                        // Judged while inflating: a bomb is refused at the first implausible megabyte, not at the end.
                        if (total > maxInflated || inflated > RATIO_FLOOR && inflated / compressed > MAX_RATIO) {
                            throw bomb(fileName);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new DocumentRejectedException(e, DocumentRejectedException.Kind.UNREADABLE, "intake.error.corrupt",
                    fileName);
        }
    }

    private static DocumentRejectedException bomb(String fileName) {
        return new DocumentRejectedException(DocumentRejectedException.Kind.UNREADABLE, "intake.error.zip-bomb", fileName);
    }
}
