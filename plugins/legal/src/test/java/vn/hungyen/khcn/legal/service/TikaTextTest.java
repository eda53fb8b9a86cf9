package vn.hungyen.khcn.legal.service;

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

class TikaTextTest {

    static final String[] DECISION = {"ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", "Số: 816/QĐ-UBND",
            "Hưng Yên, ngày 26 tháng 3 năm 2019", "QUYẾT ĐỊNH",
            "Về việc ban hành Kế hoạch thúc đẩy chuyển giao công nghệ từ nước ngoài vào tỉnh Hưng Yên",
            "Căn cứ Quyết định số 1851/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ;",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thúc đẩy chuyển giao công nghệ."};
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private final TikaText tika = new TikaText(Duration.ofSeconds(30));

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
        TikaText.Extracted text = tika.extract(docx(DECISION), "qd-816.bin");
        assertThat(text.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(text.text()).contains("Căn cứ Quyết định số 1851/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ;");
        assertThat(DocumentHeader.read(text.text()).orElseThrow().number()).hasToString("816/QĐ-UBND");
    }

    @Test
    void pdf_is_detected_from_its_content_not_its_name() throws IOException {
        TikaText.Extracted text = tika.extract(pdf(null, DECISION), "van-ban.docx");
        assertThat(text.mediaType()).isEqualTo("application/pdf");
        assertThat(text.text()).contains("Số: 816/QĐ-UBND").contains("Hưng Yên, ngày 26 tháng 3 năm 2019");
    }

    @Test
    void password_protected_pdf_is_refused_as_encrypted() throws IOException {
        byte[] locked = pdf("mat-khau", DECISION);
        assertThatThrownBy(() -> tika.extract(locked, "khoa.pdf")).isInstanceOf(LegalUploadException.class)
                .extracting(e -> ((LegalUploadException) e).messageKey()).isEqualTo("legal.upload.error.encrypted");
    }

    @Test
    void truncated_docx_is_refused_as_corrupt() throws IOException {
        byte[] whole = docx(DECISION);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 3);
        assertThatThrownBy(() -> tika.extract(cut, "hong.docx")).isInstanceOf(LegalUploadException.class)
                .extracting(e -> ((LegalUploadException) e).messageKey())
                .isIn("legal.upload.error.corrupt", "legal.upload.error.unsupported");
    }

    @Test
    void empty_file_and_an_image_are_refused_with_their_reasons() {
        assertThatThrownBy(() -> tika.extract(new byte[0], "rong.pdf"))
                .extracting(e -> ((LegalUploadException) e).messageKey()).isEqualTo("legal.upload.error.empty");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> tika.extract(png, "anh.pdf"))
                .extracting(e -> ((LegalUploadException) e).messageKey(), e -> ((LegalUploadException) e).arguments()[1])
                .containsExactly("legal.upload.error.unsupported", "image/png");
    }

    @Test
    void plain_text_and_html_are_accepted() {
        assertThat(tika.extract(String.join("\n", DECISION).getBytes(StandardCharsets.UTF_8), "a.txt").mediaType())
                .isEqualTo("text/plain");
        String html = "<html><body><p>Số: 816/QĐ-UBND</p><p>Căn cứ Luật Khoa học và công nghệ</p></body></html>";
        TikaText.Extracted text = tika.extract(html.getBytes(StandardCharsets.UTF_8), "a.bin");
        assertThat(text.mediaType()).isEqualTo("text/html");
        assertThat(text.text()).contains("Số: 816/QĐ-UBND").doesNotContain("<p>");
    }
}
