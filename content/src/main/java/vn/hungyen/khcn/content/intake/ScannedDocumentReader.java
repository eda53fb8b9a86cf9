package vn.hungyen.khcn.content.intake;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.hungyen.khcn.content.intake.vietnamese.OcrCorrection;
import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.content.spi.ReadDocument;

/**
 * Đọc bản quét: a scanned PDF or a page image, page by page — a PDF page with a text layer gives that text, a page
 * without one is rendered ({@link OcrSettings#dpi()}), straightened ({@link Deskew}) and recognised ({@link Tesseract});
 * the recognised text is corrected ({@link OcrCorrection}) and the editor told which pages were recognised, how
 * confidently, and which words were corrected.
 */
final class ScannedDocumentReader {

    /** Told after each page. */
    interface Progress {
        void page(int done, int total);
    }

    /** A page with fewer letters than this in its text layer is taken as a scan (a stamp, a page number). */
    static final int MIN_LETTERS = 20;
    /** How many corrected words the note lists; the count covers them all. */
    private static final int LISTED_CHANGES = 30;

    private final OcrSettings settings;
    private final Tesseract tesseract;
    private final OcrCorrection correction;

    ScannedDocumentReader(OcrSettings settings, OcrCorrection correction) {
        this.settings = settings;
        this.tesseract = new Tesseract(settings);
        this.correction = correction;
    }

    OcrSettings settings() {
        return settings;
    }

    /** Whether Tesseract and its Vietnamese model are installed. */
    boolean available() {
        return tesseract.available();
    }

    /** How many pages of the PDF have no text layer. */
    static int pagesWithoutText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int scanned = 0;
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                if (!hasText(pageText(document, i))) {
                    scanned++;
                }
            }
            return scanned;
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static boolean hasText(String text) {
        return text.codePoints().filter(Character::isLetter).count() >= MIN_LETTERS;
    }

    /**
     * Reads a scan. Stores nothing; works in {@code workDir}.
     *
     * @throws DocumentRejectedException when it has too many pages, a page overruns its time limit, or it has no text
     */
    ReadDocument read(UploadedFile file, String type, Path workDir, Progress progress) throws InterruptedException {
        List<String> pages = new ArrayList<>();
        List<Integer> recognised = new ArrayList<>();
        double confidence = 0;
        int words = 0;
        List<OcrCorrection.Change> changes = new ArrayList<>();
        try {
            if (type.startsWith("image/")) {
                BufferedImage image = ImageIO.read(file.path().toFile());
                if (image == null) {
                    throw new DocumentRejectedException(DocumentRejectedException.Kind.UNREADABLE,
                            "intake.error.corrupt", file.fileName());
                }
                progress.page(0, 1);
                Tesseract.Page page = tesseract.recognize(Deskew.straighten(image), workDir, file.fileName());
                OcrCorrection.Result corrected = correction.correct(page.text());
                pages.add(corrected.text());
                changes.addAll(corrected.changes());
                recognised.add(1);
                confidence = page.confidence() * page.words();
                words = page.words();
                progress.page(1, 1);
            } else {
                try (PDDocument document = Loader.loadPDF(file.path().toFile())) {
                    int total = document.getNumberOfPages();
                    if (total > settings.maxPages()) {
                        throw new DocumentRejectedException(DocumentRejectedException.Kind.UNREADABLE,
                                "intake.error.ocr-pages", file.fileName(), total, settings.maxPages());
                    }
                    PDFRenderer renderer = new PDFRenderer(document);
                    progress.page(0, total);
                    for (int i = 1; i <= total; i++) {
                        if (Thread.interrupted()) {
                            throw new InterruptedException();
                        }
                        String text = pageText(document, i);
                        if (hasText(text)) {
                            pages.add(text.strip());
                        } else {
                            BufferedImage image = renderer.renderImageWithDPI(i - 1, settings.dpi(), ImageType.GRAY);
                            Tesseract.Page page = tesseract.recognize(Deskew.straighten(image), workDir,
                                    file.fileName());
                            OcrCorrection.Result corrected = correction.correct(page.text());
                            pages.add(corrected.text());
                            changes.addAll(corrected.changes());
                            recognised.add(i);
                            confidence += page.confidence() * page.words();
                            words += page.words();
                        }
                        progress.page(i, total);
                    }
                }
            }
        } catch (IOException e) {
            throw new DocumentRejectedException(e, DocumentRejectedException.Kind.UNREADABLE, "intake.error.corrupt",
                    file.fileName());
        }
        StructureBuilder.Built built = StructureBuilder.fromPlainText(String.join("\n", pages));
        if (built.structure().blocks().isEmpty()) {
            throw new DocumentRejectedException(DocumentRejectedException.Kind.UNREADABLE, "intake.error.no-text",
                    file.fileName());
        }
        List<Message> notes = new ArrayList<>();
        notes.add(Message.of("intake.note.ocr", file.fileName(),
                recognised.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                Math.round(words == 0 ? 0 : confidence / words)));
        if (!changes.isEmpty()) {
            notes.add(Message.of("intake.note.ocr-corrected", changes.size(), changes.stream().limit(LISTED_CHANGES)
                    .map(c -> c.read() + " → " + c.corrected()).collect(Collectors.joining(", "))));
        }
        return new ReadDocument(file.fileName(), type, built.text(), built.structure(), notes);
    }
}
