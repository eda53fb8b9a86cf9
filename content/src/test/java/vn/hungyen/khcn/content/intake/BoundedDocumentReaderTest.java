package vn.hungyen.khcn.content.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import vn.hungyen.khcn.content.spi.DocumentStructure;
import vn.hungyen.khcn.content.spi.ReadDocument;

class BoundedDocumentReaderTest {

    @TempDir
    Path uploads;

    private BoundedDocumentReader reader = new BoundedDocumentReader(UploadLimits.defaults());

    @AfterEach
    void close() {
        reader.close();
    }

    private ReadDocument read(byte[] bytes, String name) {
        try (UploadedFile file = UploadedFile.receive(new ByteArrayInputStream(bytes), name, reader.limits().maxSize().toBytes(), uploads)) {
            return reader.read(file);
        }
    }

    private DocumentRejectedException refusal(byte[] bytes, String name) {
        try {
            read(bytes, name);
        } catch (DocumentRejectedException e) {
            return e;
        }
        throw new AssertionError("expected " + name + " to be refused");
    }

    // ---- real files --------------------------------------------------------------------------------------------

    @Test
    void reads_a_word_table_as_rows_and_cells_with_the_merged_lead_unit_in_every_row_it_covers() throws IOException {
        ReadDocument doc = read(docxWithTaskTable(), "ke-hoach.docx");

        assertThat(doc.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(doc.structure().paragraphs().getFirst().text()).isEqualTo("KẾ HOẠCH Triển khai nhiệm vụ khoa học và công nghệ năm 2026");
        DocumentStructure.Table table = doc.structure().tables().getFirst();
        List<List<String>> grid = table.grid();
        assertThat(grid.getFirst()).containsExactly("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành");
        assertThat(grid.get(1)).containsExactly("1", "Rà soát quy trình ISO 9001:2015", "Sở Khoa học và Công nghệ", "Quý II/2026");
        assertThat(doc.text()).contains("1\tRà soát quy trình ISO 9001:2015\tSở Khoa học và Công nghệ\tQuý II/2026");
    }

    @Test
    void reads_a_signed_gazette_pdf_line_by_line() throws IOException {
        byte[] pdf;
        try (InputStream in = getClass().getResourceAsStream("/intake/nghi-quyet-so-78-2025-ubtvqh15-45003.pdf")) {
            pdf = in.readAllBytes();
        }
        ReadDocument doc = read(pdf, "nghi-quyet.pdf");

        assertThat(doc.mediaType()).isEqualTo("application/pdf");
        assertThat(doc.structure().paragraphs()).extracting(DocumentStructure.Paragraph::text)
                .contains("Nghị quyết số: 78/2025/UBTVQH15", "NGHỊ QUYẾT");
        assertThat(doc.text()).contains("Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13");
    }

    @Test
    void reads_an_html_table_with_row_and_column_spans() {
        String html = "<html><body><h2>PHỤ LỤC</h2><table>"
                + "<tr><th>STT</th><th>Nội dung</th><th>Chủ trì</th><th>Phối hợp</th></tr>"
                + "<tr><td>1</td><td>Xây dựng cơ sở dữ liệu</td><td rowspan=\"2\">Sở Nội vụ</td><td>Các sở, ngành</td></tr>"
                + "<tr><td>2</td><td>Đào tạo cán bộ<br>quản lý</td><td>Sở Tài chính</td></tr>"
                + "<tr><td colspan=\"4\">Ghi chú chung</td></tr></table></body></html>";
        ReadDocument doc = read(html.getBytes(StandardCharsets.UTF_8), "phu-luc.html");

        assertThat(doc.structure().paragraphs().getFirst().heading()).isEqualTo(2);
        List<List<String>> grid = doc.structure().tables().getFirst().grid();
        assertThat(grid.get(2)).containsExactly("2", "Đào tạo cán bộ\nquản lý", "Sở Nội vụ", "Sở Tài chính");
        assertThat(grid.get(3)).containsExactly("Ghi chú chung", "Ghi chú chung", "Ghi chú chung", "Ghi chú chung");
    }

    @Test
    void reads_markdown_pipe_tables_and_headings_and_keeps_a_tab_export_as_it_is() {
        String md = "# Phụ lục: Danh mục nhiệm vụ\n\n| TT | Nhiệm vụ | Cơ quan chủ trì |\n|---|---|---|\n"
                + "| 1 | **Hoàn thiện** thể chế | Bộ Tư pháp |\n\nĐoạn văn sau bảng.\n";
        ReadDocument doc = read(md.getBytes(StandardCharsets.UTF_8), "phu-luc.md");
        assertThat(doc.structure().blocks()).hasSize(3);
        assertThat(doc.structure().paragraphs().getFirst()).isEqualTo(
                new DocumentStructure.Paragraph("Phụ lục: Danh mục nhiệm vụ", 1, 1));
        assertThat(doc.structure().tables().getFirst().grid().get(1)).containsExactly("1", "Hoàn thiện thể chế", "Bộ Tư pháp");

        String tsv = "PHỤ LỤC\nSTT\tNhiệm vụ\tChủ trì\n1.1\t<p>Tuyên truyền</p> <p>phổ biến</p>\tVăn phòng\n";
        ReadDocument export = read(tsv.getBytes(StandardCharsets.UTF_8), "ke-hoach.txt");
        assertThat(export.text()).isEqualTo(tsv);
        assertThat(export.structure().tables().getFirst().rows().get(1).line()).isEqualTo(3);
        assertThat(export.structure().tables().getFirst().grid().get(1).get(1)).isEqualTo("Tuyên truyền\nphổ biến");
    }

    @Test
    void normalises_decomposed_vietnamese_to_nfc() {
        String nfd = java.text.Normalizer.normalize("Kế hoạch số 70/KH-UBND", java.text.Normalizer.Form.NFD);
        ReadDocument doc = read(nfd.getBytes(StandardCharsets.UTF_8), "nfd.txt");
        assertThat(doc.text()).isEqualTo("Kế hoạch số 70/KH-UBND");
    }

    // ---- hostile and bad files ---------------------------------------------------------------------------------

    @Test
    void refuses_a_docx_whose_text_inflates_past_the_limit_before_any_parser_sees_it() throws IOException {
        reader.close();
        reader = new BoundedDocumentReader(new UploadLimits(DataSize.ofMegabytes(50), Duration.ofSeconds(60),
                DataSize.ofMegabytes(8), 5_000_000, 2, 4));
        byte[] bomb = inflatedDocx(docxWithTaskTable(), 40L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(200 * 1024);

        DocumentRejectedException e = refusal(bomb, "bom.docx");
        assertThat(e.reason().key()).isEqualTo("intake.error.zip-bomb");
        assertThat(e.kind()).isEqualTo(DocumentRejectedException.Kind.UNREADABLE);
        assertThat(uploads).isEmptyDirectory();
    }

    @Test
    void refuses_a_file_over_the_size_limit_while_it_streams_and_leaves_no_temporary_file() {
        byte[] big = new byte[3 * 1024];
        DocumentRejectedException e = null;
        try {
            UploadedFile.receive(new ByteArrayInputStream(big), "lon.pdf", 1024, uploads);
        } catch (DocumentRejectedException refused) {
            e = refused;
        }
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(DocumentRejectedException.Kind.TOO_LARGE);
        assertThat(uploads).isEmptyDirectory();
    }

    @Test
    void stops_a_parse_that_overruns_its_time_and_says_so() throws IOException {
        reader.close();
        reader = new BoundedDocumentReader(new UploadLimits(DataSize.ofMegabytes(50), Duration.ofMillis(1),
                DataSize.ofMegabytes(256), 5_000_000, 1, 0));
        DocumentRejectedException e = refusal(docxWithTaskTable(), "cham.docx");
        assertThat(e.reason().key()).isEqualTo("intake.error.timeout");
    }

    @Test
    void refuses_a_document_that_yields_more_text_than_allowed() throws IOException {
        reader.close();
        reader = new BoundedDocumentReader(new UploadLimits(DataSize.ofMegabytes(50), Duration.ofSeconds(60),
                DataSize.ofMegabytes(256), 50, 1, 1));
        assertThat(refusal(docxWithTaskTable(), "dai.docx").reason().key()).isEqualTo("intake.error.too-much-text");
    }

    @Test
    void refuses_types_it_does_not_read_whatever_the_name_says() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        DocumentRejectedException e = refusal(png, "ke-hoach.docx");
        assertThat(e.kind()).isEqualTo(DocumentRejectedException.Kind.UNSUPPORTED);
        assertThat(e.reason().args()).containsExactly("ke-hoach.docx", "image/png");
    }

    @Test
    void refuses_an_empty_file_damaged_word_file_and_text_in_a_legacy_code_page() throws IOException {
        assertThat(refusal(new byte[0], "rong.txt").reason().key()).isEqualTo("intake.error.empty");

        byte[] docx = docxWithTaskTable();
        byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);
        assertThat(refusal(cut, "hong.docx").reason().key()).isIn("intake.error.corrupt", "intake.error.unsupported");

        byte[] cp1258 = "Sở Tài chính và Sở Nội vụ".getBytes(Charset.forName("windows-1258"));
        assertThat(refusal(cp1258, "cu.txt").reason().key()).isEqualTo("intake.error.encoding");
    }

    @Test
    void makes_any_file_name_safe_to_show_and_store() {
        String longName = "Kế hoạch ".repeat(80) + ".docx";
        String safe = UploadedFile.safeName(longName);
        assertThat(safe).hasSizeLessThanOrEqualTo(UploadedFile.MAX_NAME).endsWith("….docx");
        assertThat(UploadedFile.safeName("C:\\Users\\van-thu\\Quyết định 1851.pdf")).isEqualTo("Quyết định 1851.pdf");
        assertThat(UploadedFile.safeName("../../etc/passwd\u0000")).isEqualTo("passwd");
        assertThat(UploadedFile.safeName("..")).isEqualTo("tep-tai-len");
    }

    // ---- fixtures ----------------------------------------------------------------------------------------------

    static byte[] docxWithTaskTable() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("KẾ HOẠCH Triển khai nhiệm vụ khoa học và công nghệ năm 2026");
            XWPFTable table = doc.createTable(3, 4);
            String[][] cells = {{"TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"},
                    {"1", "Rà soát quy trình ISO 9001:2015", "Sở Khoa học và Công nghệ", "Quý II/2026"},
                    {"2", "Số hóa hồ sơ nhiệm vụ KH&CN", "Văn phòng Sở", "Tháng 10/2026"}};
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** The same DOCX with {@code word/document.xml} padded by {@code padding} bytes of whitespace: a zip bomb. */
    static byte[] inflatedDocx(byte[] docx, long padding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>");
                    zip.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
                    writeSpaces(zip, padding);
                    zip.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void writeSpaces(OutputStream out, long n) throws IOException {
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, (byte) ' ');
        for (long left = n; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }
}
