package vn.hungyen.khcn.plan.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.hungyen.khcn.content.intake.BoundedDocumentReader;
import vn.hungyen.khcn.content.intake.UploadLimits;
import vn.hungyen.khcn.content.intake.UploadedFile;
import vn.hungyen.khcn.content.spi.ReadDocument;

/** Test documents read the way the intake reads an upload: through the core's one bounded reading path. */
final class Documents {

    private static final BoundedDocumentReader READER = new BoundedDocumentReader(UploadLimits.defaults());

    private Documents() {
    }

    static ReadDocument read(String fileName, byte[] bytes) {
        try {
            Path dir = Files.createTempDirectory("plan-intake-test");
            try (UploadedFile file = UploadedFile.receive(new ByteArrayInputStream(bytes), fileName, 50L << 20, dir)) {
                return READER.read(file);
            } finally {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReadDocument text(String fileName, String text) {
        return read(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    static ReadDocument resource(String path) {
        try (var in = Documents.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " missing");
            }
            return read(path.substring(path.lastIndexOf('/') + 1), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
