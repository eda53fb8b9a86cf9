package vn.hungyen.khcn.plan.importer;

import vn.hungyen.khcn.content.intake.BoundedDocumentReader;
import vn.hungyen.khcn.content.intake.UploadLimits;
import vn.hungyen.khcn.content.intake.UploadedFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** A plan as a Word file or a PDF, through the portal's bounded reading path, in the layout the plan parser reads. */
class DocumentPlanLayoutTest {

    @org.junit.jupiter.api.io.TempDir
    Path uploads;

    private static String read(byte[] bytes, Path uploads) {
        try (BoundedDocumentReader reader = new BoundedDocumentReader(UploadLimits.defaults());
                UploadedFile file = UploadedFile.receive(new ByteArrayInputStream(bytes), "ke-hoach", 1 << 26, uploads)) {
            return reader.read(file).text();
        }
    }

    private static final List<String> NARRATIVE = List.of(
            "Số: 7/KH-SKHCN",
            "Hưng Yên, ngày 15 tháng 3 năm 2023",
            "KẾ HOẠCH",
            "Thử nghiệm nhập kế hoạch của Sở Khoa học và Công nghệ tỉnh Hưng Yên",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "a) Kiểm tra việc đọc tệp DOCX.",
            "II. ĐỊNH HƯỚNG GIẢI PHÁP, NHIỆM VỤ TRỌNG TÂM",
            "1. Nhóm giải pháp về cải cách hành chính",
            "a) Cải cách hành chính là nhiệm vụ trung tâm.",
            "2. Giải pháp về truyền thông khoa học và công nghệ",
            "a) Đa dạng hình thức truyền thông.",
            "GIÁM ĐỐC",
            "Nguyễn Văn An");

    private static final String[] HEADER = {"STT", "Nhiệm vụ, giải pháp chính", "Chỉ tiêu/sản phẩm", "Yêu cầu, nhiệm vụ cụ thể",
            "Thời gian thực hiện", "Phòng/đơn vị chủ trì", "Phòng/đơn vị thực hiện chính", "Cơ quan, phòng/đơn vị phối hợp", "Ghi chú"};

    /** A small plan laid out like the real one: narrative, "PHỤ LỤC", a 9-column table with header rows. */
    private static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            NARRATIVE.forEach(line -> doc.createParagraph().createRun().setText(line));
            doc.createParagraph().createRun().setText("PHỤ LỤC");
            XWPFTable table = doc.createTable(1, 9);
            fill(table.getRow(0), HEADER);
            fill(table.createRow(), "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)");
            fill(table.createRow(), "I", "Cải cách hành chính", "", "", "", "", "", "", "");
            XWPFTableRow multi = table.createRow();
            fill(multi, "1.1", "Hoàn thiện tổ chức bộ máy", "", "", "", "", "", "", "");
            paragraphs(multi.getCell(3), "(1) Hoàn thiện quy chế tổ chức", "(2) Cụ thể sản phẩm đầu ra của vị trí việc làm");
            paragraphs(multi.getCell(4), "Quý I", "Tháng 2- Tháng 3");
            paragraphs(multi.getCell(5), "Văn phòng Sở");
            paragraphs(multi.getCell(6), "Các đơn vị trực thuộc", "Trung tâm TTTK,UD KH&CN");
            fill(table.createRow(), "1.2", "Tuyển dụng viên chức", "Tuyển 03 viên chức", "(1) Tuyển dụng viên chức Trung tâm",
                    "Tháng 4 - Tháng 9", "Văn phòng Sở", "Phòng QL CN&TT CN", "Chi cục TCĐLCL", "");
            fill(table.createRow(), "", "", "", "(2) Ký hợp đồng lao động", "Theo Kế hoạch của Sở Nội vụ", "Văn phòng Sở",
                    "Văn phòng Sở, các đơn vị trực thuộc", "", "");
            fill(table.createRow(), "II", "Truyền thông khoa học và công nghệ", "", "", "", "", "", "", "");
            fill(table.createRow(), "2.1", "Nâng cao chất lượng truyền thông", "04 số bản tin KH&CN", "Xuất bản bản tin",
                    "Hàng tháng, quý, năm", "Trung tâm Thông tin, thống kê, ứng dụng KH&CN", "Trung tâm TTTK, UD KH&CN",
                    "Các phòng, đơn vị thuộc Sở", "Ghi chú thử");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            XWPFTableCell cell = row.getCell(i) == null ? row.addNewTableCell() : row.getCell(i);
            cell.setText(cells[i]);
        }
    }

    private static void paragraphs(XWPFTableCell cell, String... texts) {
        while (!cell.getParagraphs().isEmpty()) {
            cell.removeParagraph(0);
        }
        for (String text : texts) {
            cell.addParagraph().createRun().setText(text);
        }
    }

    @Test
    void a_docx_plan_comes_out_in_the_text_layout_and_parses_like_the_export() throws IOException {
        String text = read(docx(), uploads);

        assertThat(text).contains("1.1\tHoàn thiện tổ chức bộ máy\t\t<p>(1) Hoàn thiện quy chế tổ chức</p> <p>(2) Cụ thể");
        ParsedPlan plan = new PlanParser().parse(text);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.header().number()).isEqualTo("7/KH-SKHCN");
        assertThat(plan.header().signer()).isEqualTo("Nguyễn Văn An");
        assertThat(plan.solutionGroupSection(2).orElseThrow().heading()).isEqualTo("Giải pháp về truyền thông khoa học và công nghệ");
        assertThat(plan.groups()).extracting(ParsedGroup::title)
                .containsExactly("Cải cách hành chính", "Truyền thông khoa học và công nghệ");
        assertThat(plan.allTasks()).extracting(ParsedTask::code).containsExactly("1.1", "1.2", "2.1");

        List<ParsedActivity> first = plan.task("1.1").orElseThrow().activities();
        assertThat(first).extracting(a -> a.requirement().plain())
                .containsExactly("(1) Hoàn thiện quy chế tổ chức", "(2) Cụ thể sản phẩm đầu ra của vị trí việc làm");
        assertThat(first).extracting(a -> a.timeframe().months()).containsExactly(List.of(1, 2, 3), List.of(2, 3));
        assertThat(first).extracting(ParsedActivity::implementingUnits).containsExactly(
                List.of("Các đơn vị trực thuộc Sở"), List.of("Trung tâm Thông tin, thống kê, ứng dụng KH&CN"));

        List<ParsedActivity> second = plan.task("1.2").orElseThrow().activities();
        assertThat(second).hasSize(2);
        assertThat(second.get(0).implementingUnits()).containsExactly("Phòng Quản lý Công nghệ và Thị trường Công nghệ");
        assertThat(second.get(0).coordinatingUnits()).containsExactly("Chi cục Tiêu chuẩn Đo lường Chất lượng");
        assertThat(second.get(0).kpis()).extracting(Kpi::text).containsExactly("03 viên chức");
        assertThat(second.get(1).timeframe().externallySet()).isTrue();
        assertThat(second.get(1).implementingUnits()).containsExactly("Văn phòng Sở", "Các đơn vị trực thuộc Sở");

        ParsedActivity news = plan.task("2.1").orElseThrow().activities().getFirst();
        assertThat(news.timeframe().recurring()).isTrue();
        assertThat(news.note()).isEqualTo("Ghi chú thử");
        assertThat(news.leadUnits()).isEqualTo(news.implementingUnits());
    }

    @Test
    void a_pdf_gives_the_narrative_but_its_table_is_reported_not_guessed() throws IOException {
        Path font = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        assumeTrue(Files.exists(font), "needs a TrueType font with Vietnamese glyphs");
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font f = PDType0Font.load(doc, font.toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 760;
                for (String line : concat(NARRATIVE, List.of("PHỤ LỤC", "STT Nhiệm vụ Chỉ tiêu", "1.1 Hoàn thiện tổ chức bộ máy Quý I"))) {
                    cs.beginText();
                    cs.setFont(f, 11);
                    cs.newLineAtOffset(50, y);
                    cs.showText(line);
                    cs.endText();
                    y -= 24;
                }
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        ParsedPlan plan = new PlanParser().parse(read(pdf, uploads));

        assertThat(plan.header().number()).isEqualTo("7/KH-SKHCN");
        assertThat(plan.sections()).extracting(ParsedSection::path).contains("I", "I.1", "II", "II.1", "II.2");
        assertThat(plan.groups()).isEmpty();
        assertThat(plan.problems()).extracting(p -> p.reason().key()).contains("plan.import.problem.no-table");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
