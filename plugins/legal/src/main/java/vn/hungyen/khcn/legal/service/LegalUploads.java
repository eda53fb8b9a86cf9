package vn.hungyen.khcn.legal.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.legal.domain.CitationExtractor;
import vn.hungyen.khcn.legal.domain.DocumentHeader;
import vn.hungyen.khcn.legal.domain.Issuers;
import vn.hungyen.khcn.legal.domain.LegalDocument;

/**
 * Toàn văn từ tệp: an editor attaches the full text of a document to its entry, or creates an entry, by
 * uploading a PDF, DOCX, DOC, HTML or TXT file. Tika reads the text; the citations in it become the document's
 * own relations (its "Căn cứ" lines its basis); the original file is kept under the data directory
 * ({@code files/legal/<slug>/}). A refused file leaves nothing behind: the file is written only after the text
 * has been read, and removed again if storing the entry fails.
 */
@Service
public class LegalUploads {

    static final Path FILES = Path.of("files", "legal");
    private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/msword", "doc", "text/html", "html", "application/xhtml+xml", "html", "text/plain", "txt");

    private final LegalRegistry registry;
    private final TransactionTemplate transaction;
    private final Path dataDir;
    private final long maxBytes;
    private final TikaText tika;

    LegalUploads(LegalRegistry registry, PlatformTransactionManager transactions, LegalUploadProperties limits,
            @Value("${portal.data-dir:./data}") String dataDir) {
        this.registry = registry;
        this.transaction = new TransactionTemplate(transactions);
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.maxBytes = limits.maxSize().toBytes();
        this.tika = new TikaText(limits.parseTimeout());
    }

    /**
     * What an upload did.
     *
     * @param slug    the entry's slug
     * @param created whether the entry is new (else an existing entry got its full text)
     * @param links   relations added from the citations in the text
     */
    public record Result(String slug, String number, boolean created, int links) {
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Creates an entry from a file whose header states its number (or completes a cited-only entry). */
    public Result create(String fileName, InputStream content) {
        byte[] bytes = read(content, fileName);
        TikaText.Extracted text = tika.extract(bytes, fileName);
        DocumentHeader header = DocumentHeader.read(text.text())
                .orElseThrow(() -> new LegalUploadException("legal.upload.error.no-number", fileName));
        LegalDocument existing = registry.find(header.number().slug()).orElse(null);
        if (existing != null && existing.hasFullText()) {
            throw new LegalUploadException("legal.upload.error.exists", header.number().toString());
        }
        return store(header.number().slug(), header, text, bytes, fileName);
    }

    /** Attaches the full text in a file to an existing entry. */
    public Result attach(String slug, String fileName, InputStream content) {
        LegalDocument doc = registry.find(slug)
                .orElseThrow(() -> new LegalUploadException("legal.upload.error.unknown-document", slug));
        byte[] bytes = read(content, fileName);
        TikaText.Extracted text = tika.extract(bytes, fileName);
        DocumentHeader header = DocumentHeader.read(text.text()).orElse(null);
        if (header != null && doc.getNumber() != null && !header.number().toString().equals(doc.getNumber())) {
            throw new LegalUploadException("legal.upload.error.other-document", fileName, header.number().toString(),
                    doc.getNumber());
        }
        return store(slug, header, text, bytes, fileName);
    }

    private byte[] read(InputStream content, String fileName) {
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new LegalUploadException("legal.upload.error.too-large", fileName, maxBytes / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new LegalUploadException(e, "legal.upload.error.corrupt", fileName);
        }
    }

    private Result store(String slug, @Nullable DocumentHeader header, TikaText.Extracted text, byte[] bytes,
            String fileName) {
        Path relative = FILES.resolve(slug).resolve(digest(bytes) + "." + EXTENSIONS.get(text.mediaType()));
        Path file = dataDir.resolve(relative);
        boolean fileIsNew = !Files.exists(file);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the original file in " + file.getParent(), e);
        }
        try {
            return transaction.execute(status -> {
                LegalRegistry.Tally tally = new LegalRegistry.Tally();
                LegalDocument doc = registry.find(slug).orElse(null);
                boolean created = doc == null;
                if (created) {
                    doc = new LegalDocument(header.number(), header.type(), LegalDocument.Origin.UPLOADED);
                    doc.setState(PublicationState.PUBLISHED);
                }
                doc.setFullText(text.text(), LegalDocument.Origin.UPLOADED);
                if (header != null) {
                    registry.completeFromHeader(doc, header.date(), header.title(),
                            Issuers.fromSymbol(header.number(), CitationExtractor.province(text.text(), null)).orElse(null));
                }
                doc.setOriginal(relative.toString().replace('\\', '/'), fileName, text.mediaType(), bytes.length);
                doc = registry.save(doc);
                int links = registry.relateFromText(doc, text.text(),
                        new CitationExtractor(CitationExtractor.province(text.text(), null)), tally);
                return new Result(doc.getSlug(), doc.getTitle(), created, links);
            });
        } catch (RuntimeException e) {
            if (fileIsNew) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /** The stored original of an entry, if it has one. */
    public java.util.Optional<Path> original(LegalDocument doc) {
        if (doc.getOriginalPath() == null) {
            return java.util.Optional.empty();
        }
        Path file = dataDir.resolve(doc.getOriginalPath()).normalize();
        return file.startsWith(dataDir) && Files.isRegularFile(file) ? java.util.Optional.of(file)
                : java.util.Optional.empty();
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
