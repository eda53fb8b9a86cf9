package vn.hungyen.khcn.content.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.ToXMLContentHandler;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import vn.hungyen.khcn.content.intake.vietnamese.LegacyEncoding;
import vn.hungyen.khcn.content.intake.vietnamese.Syllables;
import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.content.spi.ReadDocument;

/**
 * Đọc tệp có giới hạn: the portal's one path from an uploaded file to its text and structure. The type comes from
 * the bytes (never the name) and must be one the portal reads; a zip container is checked for inflation first; Tika
 * runs in a small worker pool (at most {@link UploadLimits#parallelReads()} files at once, a short queue, "busy"
 * beyond it) with a hard time limit, a limit on the text it may produce, no embedded documents and no OCR. A parse
 * that overruns is cancelled: the content handler stops it at its next callback, and the worker it occupied is
 * counted busy until it really ends, so runaway parses cannot pile up.
 */
public final class BoundedDocumentReader implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BoundedDocumentReader.class);

    /** What the portal reads, by detected type, with the extension an original of that type is stored under. */
    static final Map<String, String> ACCEPTED = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/x-tika-msoffice", "doc"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/rtf", "rtf"),
            Map.entry("text/html", "html"),
            Map.entry("application/xhtml+xml", "html"),
            Map.entry("text/plain", "txt"),
            Map.entry("text/markdown", "md"),
            Map.entry("text/x-web-markdown", "md"));
    /** Page images: read only as scans, through OCR. */
    private static final Map<String, String> SCANNED_IMAGES = Map.of("image/png", "png", "image/jpeg", "jpg",
            "image/tiff", "tif");
    private static final Set<String> ZIP_CONTAINERS = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text");
    private static final Set<String> ENCRYPTED = Set.of("application/x-tika-ooxml-protected", "application/encrypted");
    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> PLAIN = Set.of("text/plain", "text/markdown", "text/x-web-markdown");

    private final UploadLimits limits;
    private final AutoDetectParser parser = new AutoDetectParser();
    private final ThreadPoolExecutor workers;

    public BoundedDocumentReader(UploadLimits limits) {
        this.limits = limits;
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(limits.parallelReads(), limits.parallelReads(), 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(Math.max(1, limits.queue())), r -> {
                    Thread t = new Thread(r, "document-reader-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.workers.allowCoreThreadTimeOut(true);
    }

    public UploadLimits limits() {
        return limits;
    }

    /** The usual extension for a detected type, e.g. {@code docx}. */
    public static String extensionOf(String mediaType) {
        return ACCEPTED.getOrDefault(mediaType, SCANNED_IMAGES.getOrDefault(mediaType, "bin"));
    }

    /**
     * Reads an uploaded file.
     *
     * @throws DocumentRejectedException with the reason when the file is not one the portal reads, is damaged,
     *                                   encrypted, a zip bomb, has no text, or takes too long
     */
    public ReadDocument read(UploadedFile file) {
        String type = detect(file);
        if (ENCRYPTED.contains(type)) {
            throw new DocumentRejectedException(DocumentRejectedException.Kind.UNREADABLE, "intake.error.encrypted",
                    file.fileName());
        }
        if (!ACCEPTED.containsKey(type)) {
            throw new DocumentRejectedException(DocumentRejectedException.Kind.UNSUPPORTED, "intake.error.unsupported",
                    file.fileName(), type);
        }
        if (ZIP_CONTAINERS.contains(type)) {
            ZipGuard.check(file.path(), file.fileName(), limits.maxInflated().toBytes());
        }
        List<Message> notes = new ArrayList<>();
        StructureBuilder.Built built = PLAIN.contains(type) ? StructureBuilder.fromPlainText(plainText(file, notes))
                : inWorker(file, () -> StructureBuilder.fromHtml(
                        unicode(HTML.contains(type) ? html(file) : xhtml(file, cancelled()), file, notes)));
        if (built.structure().blocks().isEmpty()) {
            throw new DocumentRejectedException(DocumentRejectedException.Kind.UNREADABLE,
                    type.equals("application/pdf") ? "intake.error.no-text-pdf" : "intake.error.no-text", file.fileName());
        }
        if (built.text().length() > limits.maxTextChars()) {
            throw new DocumentRejectedException(DocumentRejectedException.Kind.UNREADABLE, "intake.error.too-much-text",
                    file.fileName(), limits.maxTextChars());
        }
        return new ReadDocument(file.fileName(), type, built.text(), built.structure(), notes);
    }

    /**
     * Plain text in UTF-8 (or UTF-16 with a mark) as it is; text in another 8-bit code page is read byte for byte and
     * kept only if it is Vietnamese in TCVN3 or VNI. Either may hold legacy-encoded lines, which are converted.
     */
    private String plainText(UploadedFile file, List<Message> notes) {
        String text;
        try {
            text = decode(file);
        } catch (DocumentRejectedException notUtf8) {
            String bytes = readBytes(file, StandardCharsets.ISO_8859_1);
            var converted = LegacyEncoding.convert(bytes, Syllables.bundled());
            if (converted.isEmpty()) {
                throw notUtf8;
            }
            notes.add(converted(file, converted.get()));
            return converted.get().text();
        }
        var converted = LegacyEncoding.convert(text, Syllables.bundled());
        converted.ifPresent(c -> notes.add(converted(file, c)));
        return converted.map(LegacyEncoding.Converted::text).orElse(text);
    }

    /** An HTML text whose paragraphs typed in TCVN3 or VNI fonts are converted to Unicode. */
    private static String unicode(String html, UploadedFile file, List<Message> notes) {
        if (html.chars().noneMatch(c -> c >= 0xA0 && c <= 0xFF)) {
            return html;
        }
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false); // written back as it was: no line breaks added inside paragraphs
        Map<LegacyEncoding, Integer> lines = new EnumMap<>(LegacyEncoding.class);
        for (TextNode node : textNodes(document)) {
            LegacyEncoding.convert(node.getWholeText(), Syllables.bundled()).ifPresent(c -> {
                node.text(c.text());
                lines.merge(c.from(), c.lines(), Integer::sum);
            });
        }
        if (lines.isEmpty()) {
            return html;
        }
        var most = lines.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        notes.add(converted(file, new LegacyEncoding.Converted("", most.getKey(),
                lines.values().stream().mapToInt(Integer::intValue).sum())));
        return document.outerHtml();
    }

    private static List<TextNode> textNodes(Document document) {
        List<TextNode> nodes = new ArrayList<>();
        document.body().traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) {
                nodes.add(t);
            }
        });
        return nodes;
    }

    private static Message converted(UploadedFile file, LegacyEncoding.Converted converted) {
        return Message.of("intake.note.legacy-encoding", file.fileName(),
                converted.from() == LegacyEncoding.TCVN3 ? "TCVN3 (ABC)" : "VNI", converted.lines());
    }

    /**
     * The type of a scan to recognise — an image, or a PDF with a page without a text layer — or null for a file read
     * as it is. The PDF's pages are looked at in the bounded worker.
     */
    @Nullable String scanType(UploadedFile file) {
        String type = detect(file);
        if (SCANNED_IMAGES.containsKey(type)) {
            return type;
        }
        if (!type.equals("application/pdf")) {
            return null;
        }
        try {
            return inWorker(file, () -> ScannedDocumentReader.pagesWithoutText(file.path())) > 0 ? type : null;
        } catch (DocumentRejectedException e) {
            if (e.kind() == DocumentRejectedException.Kind.BUSY) {
                throw e;
            }
            return null; // damaged or encrypted: the reading proper says why
        }
    }

    private String detect(UploadedFile file) {
        try (InputStream in = TikaInputStream.get(file.path())) {
            String type = parser.getDetector().detect(in, new Metadata()).getBaseType().toString();
            return type.equals("application/octet-stream") && looksLikeText(file) ? "text/plain" : type;
        } catch (IOException e) {
            throw new DocumentRejectedException(e, DocumentRejectedException.Kind.UNREADABLE, "intake.error.corrupt",
                    file.fileName());
        }
    }

    /**
     * Text in an 8-bit code page (an old Vietnamese file) is not recognised as text by the detector: no NUL byte and
     * no control characters but line breaks and TABs in its first 8 KB make it text, to be refused for its encoding
     * with a message that helps, rather than as an unknown type.
     */
    private static boolean looksLikeText(UploadedFile file) {
        byte[] head = new byte[8192];
        int n;
        try (InputStream in = Files.newInputStream(file.path())) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                return false;
            }
        }
        return n > 0;
    }

    /** Plain text must be UTF-8 (with or without a byte-order mark) or UTF-16 with one. */
    private String decode(UploadedFile file) {
        if (file.size() > limits.maxTextChars() * 4L) {
            throw new DocumentRejectedException(DocumentRejectedException.Kind.UNREADABLE, "intake.error.too-much-text",
                    file.fileName(), limits.maxTextChars());
        }
        byte[] bytes = bytes(file);
        try {
            if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
                return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
            }
            if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
                return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
            }
            int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DocumentRejectedException(e, DocumentRejectedException.Kind.UNREADABLE, "intake.error.encoding",
                    file.fileName());
        }
    }

    private static byte[] bytes(UploadedFile file) {
        try {
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new DocumentRejectedException(e, DocumentRejectedException.Kind.UNREADABLE, "intake.error.corrupt",
                    file.fileName());
        }
    }

    private static String readBytes(UploadedFile file, java.nio.charset.Charset charset) {
        return new String(bytes(file), charset);
    }

    private String html(UploadedFile file) throws IOException {
        return org.jsoup.Jsoup.parse(file.path().toFile(), null).outerHtml();
    }

    // ---- the worker --------------------------------------------------------------------------------------------

    private final ThreadLocal<AtomicBoolean> cancelFlag = new ThreadLocal<>();

    private AtomicBoolean cancelled() {
        AtomicBoolean flag = cancelFlag.get();
        return flag == null ? new AtomicBoolean() : flag;
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private <T> T inWorker(UploadedFile file, Work<T> work) {
        AtomicBoolean cancel = new AtomicBoolean();
        Future<T> future;
        try {
            future = workers.submit(() -> {
                cancelFlag.set(cancel);
                try {
                    return work.run();
                } finally {
                    cancelFlag.remove();
                }
            });
        } catch (RejectedExecutionException e) {
            throw new DocumentRejectedException(e, DocumentRejectedException.Kind.BUSY, "intake.error.busy", file.fileName());
        }
        try {
            return future.get(limits.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cancel.set(true);
            future.cancel(true);
            log.warn("Reading {} took longer than {}: cancelled", file.fileName(), limits.parseTimeout());
            throw new DocumentRejectedException(e, DocumentRejectedException.Kind.UNREADABLE, "intake.error.timeout",
                    file.fileName(), limits.parseTimeout().toSeconds());
        } catch (InterruptedException e) {
            cancel.set(true);
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new DocumentRejectedException(e, DocumentRejectedException.Kind.BUSY, "intake.error.busy", file.fileName());
        } catch (ExecutionException e) {
            throw failure(e.getCause(), file.fileName());
        }
    }

    private String xhtml(UploadedFile file, AtomicBoolean cancel) throws Exception {
        ToXMLContentHandler xml = new ToXMLContentHandler();
        ContentHandler handler = new Bounded(xml, cancel, limits.maxTextChars());
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, NoEmbedded.INSTANCE);
        // No OCR here: a PDF page with little text would otherwise be sent to an OCR parser that skipOcr leaves
        // unset (Tika 3.3 then fails with a NullPointerException on such pages of real gazette PDFs).
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        try (InputStream in = TikaInputStream.get(file.path())) {
            parser.parse(in, handler, new Metadata(), context);
        }
        return xml.toString();
    }

    private DocumentRejectedException failure(@Nullable Throwable cause, String fileName) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof DocumentRejectedException rejected) {
                return rejected;
            }
            if (t instanceof TextLimit) {
                return new DocumentRejectedException(t, DocumentRejectedException.Kind.UNREADABLE,
                        "intake.error.too-much-text", fileName, limits.maxTextChars());
            }
            if (t instanceof OutOfMemoryError) {
                return new DocumentRejectedException(t, DocumentRejectedException.Kind.UNREADABLE,
                        "intake.error.too-much-text", fileName, limits.maxTextChars());
            }
            // Tika's own, POI's (Word) and PDFBox's (PDF) names for "needs a password".
            String name = t.getClass().getSimpleName();
            if (t instanceof EncryptedDocumentException || name.equals("EncryptedDocumentException")
                    || name.equals("InvalidPasswordException")) {
                return new DocumentRejectedException(cause, DocumentRejectedException.Kind.UNREADABLE,
                        "intake.error.encrypted", fileName);
            }
        }
        log.info("Could not read {}: {}", fileName, cause == null ? "?" : cause.toString());
        return new DocumentRejectedException(cause, DocumentRejectedException.Kind.UNREADABLE, "intake.error.corrupt",
                fileName);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** Stops a parse that was cancelled or has produced more text than allowed, at its next callback. */
    private static final class Bounded extends ContentHandlerDecorator {
        private final AtomicBoolean cancel;
        private final long max;
        private long written;

        Bounded(ContentHandler handler, AtomicBoolean cancel, long max) {
            super(handler);
            this.cancel = cancel;
            this.max = max;
        }

        private void check(int more) throws SAXException {
            if (cancel.get() || Thread.currentThread().isInterrupted()) {
                throw new SAXException("reading was cancelled");
            }
            written += more;
            if (written > max) {
                throw new TextLimit();
            }
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
            check(0);
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            check(length);
            super.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            check(length);
            super.ignorableWhitespace(ch, start, length);
        }
    }

    private static final class TextLimit extends SAXException {
        TextLimit() {
            super("text limit reached");
        }
    }

    /** Embedded files (an attachment inside a Word file) are not read: their text is not the document's. */
    private enum NoEmbedded implements EmbeddedDocumentExtractor {
        INSTANCE;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
        }
    }
}
