package vn.hungyen.khcn.legal.service;

import vn.hungyen.khcn.content.intake.BoundedDocumentReader;
import vn.hungyen.khcn.content.intake.DocumentRejectedException;
import vn.hungyen.khcn.content.intake.UploadLimits;
import vn.hungyen.khcn.content.intake.UploadedFile;
import vn.hungyen.khcn.content.spi.ReadDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.legal.domain.DocumentHeader;

/** Legal documents through the core's bounded reading path: what the legal module's upload and reader rely on. */
class LegalDocumentReadingTest {

    static final String[] DECISION = {"ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", "Số: 816/QĐ-UBND",
            "Hưng Yên, ngày 26 tháng 3 năm 2019", "QUYẾT ĐỊNH",
            "Về việc ban hành Kế hoạch thúc đẩy chuyển giao công nghệ từ nước ngoài vào tỉnh Hưng Yên",
            "Căn cứ Quyết định số 1851/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ;",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thúc đẩy chuyển giao công nghệ."};
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @org.junit.jupiter.api.io.TempDir
    Path uploads;

    private final BoundedDocumentReader reader = new BoundedDocumentReader(UploadLimits.defaults());

    @org.junit.jupiter.api.AfterEach
    void close() {
        reader.close();
    }

    private ReadDocument extract(byte[] bytes, String name) {
        try (UploadedFile file = UploadedFile.receive(new java.io.ByteArrayInputStream(bytes), name, 1 << 26, uploads)) {
            return reader.read(file);
        }
    }

    private static String key(Throwable e) {
        return ((DocumentRejectedException) e).reason().key();
    }

    static byte[] docx(String... lines) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pdf(String password, String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(font, 10);
                s.setLeading(14);
                s.newLineAtOffset(40, 740);
                for (String line : lines) {
                    s.showText(line);
                    s.newLine();
                }
                s.endText();
            }
            if (password != null) {
                doc.protect(new StandardProtectionPolicy("owner", password, new AccessPermission()));
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void docx_with_vietnamese_text_reads_with_its_header() throws IOException {
        ReadDocument text = extract(docx(DECISION), "qd-816.bin");
        assertThat(text.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(text.text()).contains("Căn cứ Quyết định số 1851/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ;");
        assertThat(DocumentHeader.read(text.text()).orElseThrow().number()).hasToString("816/QĐ-UBND");
    }

    @Test
    void pdf_is_detected_from_its_content_not_its_name() throws IOException {
        ReadDocument text = extract(pdf(null, DECISION), "van-ban.docx");
        assertThat(text.mediaType()).isEqualTo("application/pdf");
        assertThat(text.text()).contains("Số: 816/QĐ-UBND").contains("Hưng Yên, ngày 26 tháng 3 năm 2019");
    }

    @Test
    void password_protected_pdf_is_refused_as_encrypted() throws IOException {
        byte[] locked = pdf("mat-khau", DECISION);
        assertThatThrownBy(() -> extract(locked, "khoa.pdf")).isInstanceOf(DocumentRejectedException.class)
                .extracting(e -> key(e)).isEqualTo("intake.error.encrypted");
    }

    @Test
    void truncated_docx_is_refused_as_corrupt() throws IOException {
        byte[] whole = docx(DECISION);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 3);
        assertThatThrownBy(() -> extract(cut, "hong.docx")).isInstanceOf(DocumentRejectedException.class)
                .extracting(e -> key(e))
                .isIn("intake.error.corrupt", "intake.error.unsupported");
    }

    @Test
    void empty_file_and_an_image_are_refused_with_their_reasons() {
        assertThatThrownBy(() -> extract(new byte[0], "rong.pdf"))
                .extracting(e -> key(e)).isEqualTo("intake.error.empty");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> extract(png, "anh.pdf"))
                .extracting(e -> key(e), e -> ((DocumentRejectedException) e).reason().args().get(1))
                .containsExactly("intake.error.unsupported", "image/png");
    }

    @Test
    void plain_text_and_html_are_accepted() {
        assertThat(extract(String.join("\n", DECISION).getBytes(StandardCharsets.UTF_8), "a.txt").mediaType())
                .isEqualTo("text/plain");
        String html = "<html><body><p>Số: 816/QĐ-UBND</p><p>Căn cứ Luật Khoa học và công nghệ</p></body></html>";
        ReadDocument text = extract(html.getBytes(StandardCharsets.UTF_8), "a.bin");
        assertThat(text.mediaType()).isEqualTo("text/html");
        assertThat(text.text()).contains("Số: 816/QĐ-UBND").doesNotContain("<p>");
    }
}
