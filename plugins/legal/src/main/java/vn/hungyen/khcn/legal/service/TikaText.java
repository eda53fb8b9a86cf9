package vn.hungyen.khcn.legal.service;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Reads the text of an uploaded file with Tika. The type is detected from the bytes (never from the file name)
 * and must be one an editor may upload; parsing runs with a time limit; an encrypted, corrupt, empty or
 * unsupported file ends in a {@link LegalUploadException} saying which.
 */
final class TikaText {

    /** What editors may upload: PDF, DOCX, DOC, HTML, plain text. */
    static final Set<String> ACCEPTED = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
            "text/html", "application/xhtml+xml", "text/plain");
    private static final Set<String> ENCRYPTED = Set.of("application/x-tika-ooxml-protected", "application/encrypted");

    private final AutoDetectParser parser = new AutoDetectParser();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Duration timeout;

    TikaText(Duration timeout) {
        this.timeout = timeout;
    }

    /** The file's detected type and its text. */
    record Extracted(String mediaType, String text) {
    }

    Extracted extract(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw new LegalUploadException("legal.upload.error.empty", fileName);
        }
        MediaType type = detect(bytes, fileName);
        String base = type.getBaseType().toString();
        if (ENCRYPTED.contains(base)) {
            throw new LegalUploadException("legal.upload.error.encrypted", fileName);
        }
        if (!ACCEPTED.contains(base)) {
            throw new LegalUploadException("legal.upload.error.unsupported", fileName, base);
        }
        Future<String> parse = executor.submit(() -> parse(bytes));
        String text;
        try {
            text = parse.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new LegalUploadException(e, "legal.upload.error.timeout", fileName, timeout.toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LegalUploadException(e, "legal.upload.error.timeout", fileName, timeout.toSeconds());
        } catch (ExecutionException e) {
            throw failure(e.getCause(), fileName);
        }
        String clean = text.replace('\u00A0', ' ').replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        if (clean.isEmpty()) {
            throw new LegalUploadException("legal.upload.error.no-text", fileName);
        }
        return new Extracted(base, clean);
    }

    private MediaType detect(byte[] bytes, String fileName) {
        try (InputStream in = TikaInputStream.get(bytes)) {
            return parser.getDetector().detect(in, new Metadata());
        } catch (IOException e) {
            throw new LegalUploadException(e, "legal.upload.error.corrupt", fileName);
        }
    }

    private String parse(byte[] bytes) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, new Metadata(), new ParseContext());
        }
        return handler.toString();
    }

    private static LegalUploadException failure(Throwable cause, String fileName) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            // Tika's own, POI's (Word) and PDFBox's (PDF) names for "needs a password".
            String name = t.getClass().getSimpleName();
            if (t instanceof EncryptedDocumentException || name.equals("EncryptedDocumentException")
                    || name.equals("InvalidPasswordException")) {
                return new LegalUploadException(cause, "legal.upload.error.encrypted", fileName);
            }
        }
        return new LegalUploadException(cause, "legal.upload.error.corrupt", fileName);
    }
}
