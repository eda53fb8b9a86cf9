package vn.hungyen.khcn.plan.progress;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Service;
import vn.hungyen.khcn.plan.progress.ProgressViews.KpiFigure;
import vn.hungyen.khcn.plan.service.PlanCatalog;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportView;

/**
 * "Báo cáo kết quả thực hiện kế hoạch" for a period and the units chosen, as DOCX and XLSX in the department's usual
 * layout: TT, nhiệm vụ, chỉ tiêu, kết quả, tình trạng, đơn vị — one row per approved report, in the plan's order.
 */
@Service
public class PeriodReportFiles {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> COLUMNS = List.of("no", "task", "target", "result", "status", "unit");

    private final ProgressReports reports;
    private final PlanCatalog catalog;
    private final I18NProvider i18n;

    PeriodReportFiles(ProgressReports reports, PlanCatalog catalog, I18NProvider i18n) {
        this.reports = reports;
        this.catalog = catalog;
        this.i18n = i18n;
    }

    /** What the file holds: its heading lines and its rows, cell by cell. */
    record Content(List<String> heading, List<String> columns, List<List<String>> rows, String empty) {
    }

    Content content(String plan, ReportingPeriod period, Set<String> units, Locale locale) {
        List<ReportView> approved = reports.approved(plan, period).stream()
                .filter(r -> units.isEmpty() || units.contains(r.unitSlug())).toList();
        List<List<String>> rows = new java.util.ArrayList<>();
        for (ReportView r : approved) {
            rows.add(List.of(String.valueOf(rows.size() + 1),
                    r.taskCode() + ". " + r.taskTitle() + " — " + r.requirement(), target(r), result(r),
                    t(r.status().labelKey(), locale), r.unitName()));
        }
        String unitNames = units.isEmpty() ? t("plan.progress.due.all", locale)
                : approved.stream().map(ReportView::unitName).distinct().collect(Collectors.joining("; "));
        String planTitle = catalog.plan(plan).map(p -> t("plan.progress.file.plan", locale, p.number(), p.title()))
                .orElse(plan);
        List<String> heading = List.of(t("plan.progress.file.title", locale), planTitle,
                t("plan.progress.file.period", locale, periodLabel(period, locale)),
                t("plan.progress.file.units", locale, unitNames));
        return new Content(heading, COLUMNS.stream().map(c -> t("plan.progress.file." + c, locale)).toList(), rows,
                t("plan.progress.file.none", locale));
    }

    /** Tháng 6/2022, quý 2/2022, năm 2022 — numbers as text, so that no locale groups the year's digits. */
    String periodLabel(ReportingPeriod period, Locale locale) {
        return t("plan.progress.period." + period.kind().name().toLowerCase(Locale.ROOT), locale,
                String.valueOf(period.number()), String.valueOf(period.year()));
    }

    public byte[] docx(String plan, ReportingPeriod period, Set<String> units, Locale locale) {
        Content c = content(plan, period, units, locale);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < c.heading().size(); i++) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.CENTER);
                XWPFRun run = p.createRun();
                run.setBold(i == 0);
                run.setText(c.heading().get(i));
            }
            XWPFTable table = doc.createTable(1, c.columns().size());
            fill(table.getRow(0), c.columns(), true);
            for (List<String> row : c.rows()) {
                fill(table.createRow(), row, false);
            }
            if (c.rows().isEmpty()) {
                doc.createParagraph().createRun().setText(c.empty());
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().getFirst();
            XWPFRun run = p.createRun();
            run.setBold(bold);
            run.setText(cells.get(i));
        }
    }

    public byte[] xlsx(String plan, ReportingPeriod period, Set<String> units, Locale locale) {
        Content c = content(plan, period, units, locale);
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(period.code());
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            for (String line : c.heading()) {
                sheet.createRow(r++).createCell(0).setCellValue(line);
            }
            r++;
            Row header = sheet.createRow(r++);
            for (int i = 0; i < c.columns().size(); i++) {
                header.createCell(i).setCellValue(c.columns().get(i));
                header.getCell(i).setCellStyle(bold);
            }
            for (List<String> cells : c.rows()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(Integer.parseInt(cells.getFirst()));
                for (int i = 1; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            if (c.rows().isEmpty()) {
                sheet.createRow(r).createCell(0).setCellValue(c.empty());
            }
            sheet.setColumnWidth(1, 60 * 256);
            sheet.setColumnWidth(2, 40 * 256);
            sheet.setColumnWidth(3, 60 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String target(ReportView r) {
        return r.target().isBlank() ? r.kpis().stream().map(KpiFigure::text).collect(Collectors.joining("; "))
                : r.target();
    }

    /** The result text, then each KPI reached ("Đạt được: 95 %"). */
    private static String result(ReportView r) {
        StringBuilder text = new StringBuilder(r.result());
        for (KpiFigure k : r.kpis()) {
            if (k.reached() != null) {
                text.append("\n").append(k.text()).append(": ").append(plain(k.reached()))
                        .append(k.unit() == null ? "" : " " + k.unit());
            }
        }
        return text.toString();
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private String t(String key, Locale locale, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }
}
