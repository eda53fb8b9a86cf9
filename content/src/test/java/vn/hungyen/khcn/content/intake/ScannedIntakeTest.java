package vn.hungyen.khcn.content.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.hungyen.khcn.content.spi.DocumentFacts;
import vn.hungyen.khcn.content.spi.DocumentFindings;
import vn.hungyen.khcn.content.spi.DocumentReader;
import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.content.spi.ReadDocument;

/**
 * Scans through the intake: read in the background, page by page, nothing stored until saved, read again after a
 * stop; a server without Tesseract refuses them with a clear message.
 */
class ScannedIntakeTest {

    /** A decision's head, printed and scanned. */
    private static final String DECISION = """
            ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN
            Số: 2999/QĐ-UBND
            Hưng Yên, ngày 31 tháng 12 năm 2021
            QUYẾT ĐỊNH
            Về việc phê duyệt Chương trình phát triển khoa học và công nghệ tỉnh Hưng Yên
            Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013;
            Căn cứ Nghị định số 08/2014/NĐ-CP ngày 27 tháng 01 năm 2014 của Chính phủ;""";

    @TempDir
    Path dataDir;

    private final BoundedDocumentReader reader = new BoundedDocumentReader(UploadLimits.defaults());
    private final List<DocumentIntake> intakes = new ArrayList<>();

    @AfterEach
    void close() {
        intakes.forEach(DocumentIntake::close);
        reader.close();
    }

    /** Finds the number on the line "Số: …". */
    private static final DocumentReader NUMBER = new DocumentReader() {
        public String id() {
            return "number";
        }

        public DocumentFindings read(ReadDocument d) {
            String number = d.text().lines().filter(l -> l.startsWith("Số: ")).map(l -> l.substring(4).strip())
                    .findFirst().orElse(null);
            return new DocumentFindings(new DocumentFacts(number, null, null, null, null), List.of(), List.of(),
                    List.of(), List.of(), List.of());
        }
    };

    private DocumentIntake intake(OcrSettings settings) {
        DocumentIntake intake = new DocumentIntake(List.of(NUMBER), List.of(), reader, new OriginalFiles(dataDir),
                new DocumentIntakeTest.NoResourceTransactions(), settings);
        intakes.add(intake);
        return intake;
    }

    private static byte[] scannedPdf(String text) {
        return PrintedPages.pdf(PrintedPages.render(text, new PrintedPages.Scan(300, 0.8, 0.005, 3)));
    }

    @Test
    @ExtendWith(OcrAvailable.class)
    void a_scanned_decision_is_read_in_the_background_and_nothing_is_kept_once_dropped() {
        DocumentIntake intake = intake(OcrSettings.defaults());
        var submitted = intake.submit(new ByteArrayInputStream(scannedPdf(DECISION)), "qd-2999.pdf");
        assertThat(submitted).isInstanceOf(DocumentIntake.Queued.class);
        OcrJob job = ((DocumentIntake.Queued) submitted).job();
        Path folder = dataDir.resolve("tmp/ocr").resolve(job.id());
        assertThat(folder.resolve("source")).exists();

        assertThat(job.await(Duration.ofMinutes(3))).isTrue();
        assertThat(job.state()).isEqualTo(OcrJob.State.DONE);
        assertThat(job.pages()).isEqualTo(1);
        assertThat(job.pagesDone()).isEqualTo(1);
        DocumentIntake.Pending pending = job.result().orElseThrow();
        ReadDocument document = pending.reading().document();
        assertThat(pending.reading().facts().number()).isEqualTo("2999/QĐ-UBND");
        assertThat(document.text()).contains("Hưng Yên, ngày 31 tháng 12 năm 2021",
                "Nghị định số 08/2014/NĐ-CP ngày 27 tháng 01 năm 2014");
        assertThat(document.notes()).extracting(Message::key).startsWith("intake.note.ocr");
        assertThat(document.notes().getFirst().args()).containsExactly("qd-2999.pdf", "1",
                document.notes().getFirst().args().get(2));
        assertThat(Integer.parseInt(document.notes().getFirst().args().get(2))).isGreaterThan(80);

        // the editor corrects a word and reads again: the same file, the edited text
        DocumentIntake.Pending edited = intake.reread(pending, document.text().replace("2999/QĐ-UBND", "3000/QĐ-UBND"));
        assertThat(edited.reading().facts().number()).isEqualTo("3000/QĐ-UBND");
        assertThat(edited.file()).isEqualTo(pending.file());
        edited.close();
        assertThat(folder).doesNotExist();
        assertThat(dataDir.resolve("files")).doesNotExist();
    }

    @Test
    @ExtendWith(OcrAvailable.class)
    void a_mixed_pdf_keeps_its_text_layer_and_recognises_only_its_scanned_page() throws IOException {
        DocumentIntake intake = intake(OcrSettings.defaults());
        byte[] mixed = merge(textLayerPage("So: 15/KH-SKHCN  Ke hoach trien khai nam 2022 cua So Khoa hoc"),
                scannedPdf("Điều 4. Nhiệm vụ của hoạt động khoa học và công nghệ"));
        var job = ((DocumentIntake.Queued) intake.submit(new ByteArrayInputStream(mixed), "mixed.pdf")).job();
        assertThat(job.await(Duration.ofMinutes(3))).isTrue();
        ReadDocument document = job.result().orElseThrow().reading().document();
        assertThat(job.pages()).isEqualTo(2);
        assertThat(document.text()).startsWith("So: 15/KH-SKHCN").contains("Điều 4. Nhiệm vụ của hoạt động khoa học");
        assertThat(document.notes().getFirst().args().get(1)).isEqualTo("2"); // only page 2 was recognised
        job.result().orElseThrow().close();
    }

    @Test
    @ExtendWith(OcrAvailable.class)
    void a_scan_cut_short_by_a_stop_is_read_again_at_the_next_start() {
        DocumentIntake first = intake(OcrSettings.defaults());
        OcrJob job = ((DocumentIntake.Queued) first.submit(new ByteArrayInputStream(scannedPdf(DECISION)), "qd.pdf")).job();
        first.close(); // the server stops: the job is interrupted, its folder stays
        Path folder = dataDir.resolve("tmp/ocr").resolve(job.id());
        assertThat(folder.resolve("source")).exists();

        DocumentIntake second = intake(OcrSettings.defaults());
        assertThat(second.scans().resume()).isEqualTo(1);
        OcrJob again = second.scans().find(job.id()).orElseThrow();
        assertThat(again.await(Duration.ofMinutes(3))).isTrue();
        assertThat(again.result().orElseThrow().reading().facts().number()).isEqualTo("2999/QĐ-UBND");
        again.result().orElseThrow().close();
        assertThat(folder).doesNotExist();
    }

    @Test
    void without_tesseract_a_scan_is_refused_in_vietnamese_and_nothing_is_left() {
        OcrSettings missing = new OcrSettings("tesseract-not-installed", "vie", 300, Duration.ofSeconds(30), 10, 1, 2,
                Duration.ZERO, Duration.ofHours(1));
        DocumentIntake intake = intake(missing);
        byte[] scan = PrintedPages.pdf(PrintedPages.render("Số: 70/KH-UBND", new PrintedPages.Scan(100, 0, 0, 1)));
        assertThatThrownBy(() -> intake.submit(new ByteArrayInputStream(scan), "scan.pdf"))
                .isInstanceOfSatisfying(DocumentRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Message.of("intake.error.no-ocr", "scan.pdf"));
                    assertThat(vietnamese("intake.error.no-ocr")).contains("là bản quét; máy chủ chưa cài nhận dạng chữ");
                });
        assertThat(dataDir.resolve(OriginalFiles.UPLOADS)).isEmptyDirectory();
        assertThat(dataDir.resolve("tmp/ocr")).doesNotExist();
    }

    private static String vietnamese(String key) {
        var messages = new java.util.Properties();
        try (var in = ScannedIntakeTest.class.getResourceAsStream("/i18n/intake.properties")) {
            messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return messages.getProperty(key);
    }

    private static byte[] textLayerPage(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(60, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] merge(byte[]... pdfs) throws IOException {
        try (PDDocument target = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (byte[] pdf : pdfs) {
                try (PDDocument source = Loader.loadPDF(pdf)) {
                    merger.appendDocument(target, source);
                }
            }
            target.save(out);
            return out.toByteArray();
        }
    }
}
