package vn.hungyen.khcn.portal.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.ContentLink;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.content.domain.Slugs;
import vn.hungyen.khcn.content.domain.StandardLinks;
import vn.hungyen.khcn.content.intake.DocumentRejectedException;
import vn.hungyen.khcn.content.service.ContentLinks;
import vn.hungyen.khcn.legal.domain.LegalDocument;
import vn.hungyen.khcn.plan.domain.PlanTask;
import vn.hungyen.khcn.plan.progress.BasisChanges;
import vn.hungyen.khcn.plan.progress.Deadlines;
import vn.hungyen.khcn.plan.progress.PeriodReportFiles;
import vn.hungyen.khcn.plan.progress.PlanAdjustments;
import vn.hungyen.khcn.plan.progress.ProgressDashboard;
import vn.hungyen.khcn.plan.progress.ProgressException;
import vn.hungyen.khcn.plan.progress.ProgressReports;
import vn.hungyen.khcn.plan.progress.ProgressViews;
import vn.hungyen.khcn.plan.progress.ProgressViews.AdjustmentDraft;
import vn.hungyen.khcn.plan.progress.ProgressViews.AdjustmentView;
import vn.hungyen.khcn.plan.progress.ProgressViews.BasisChange;
import vn.hungyen.khcn.plan.progress.ProgressViews.DueItem;
import vn.hungyen.khcn.plan.progress.ProgressViews.DueKind;
import vn.hungyen.khcn.plan.progress.ProgressViews.EvidenceUpload;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportDraft;
import vn.hungyen.khcn.plan.progress.ProgressViews.ReportView;
import vn.hungyen.khcn.plan.progress.ProgressViews.Timing;
import vn.hungyen.khcn.plan.progress.ReportStatus;
import vn.hungyen.khcn.plan.progress.ReportingPeriod;
import vn.hungyen.khcn.plan.progress.TaskProgress;
import vn.hungyen.khcn.portal.support.TestClock;

/**
 * The follow-up of the bundled plan (Kế hoạch 21/KH-SKHCN, 2022) on a real database: who may report, append-only
 * versions, approval, deadlines, basis changes and the period report files. Run on H2 and on MariaDB. Each test
 * works on its own activity or period, and counts what it adds, so that they run in any order in a shared database.
 */
interface ProgressContract {

    String PLAN = "21-kh-skhcn";
    /** Phòng/đơn vị chủ trì of 1.3.2 (thanh toán kinh phí nhiệm vụ KH&CN, "Giải ngân trên 90%") and 1.3.6. */
    String VAN_PHONG = "Văn phòng Sở";
    /** Chủ trì of 2.2 activity 2 (mô hình đảm bảo đo lường trong y tế xã, tháng 6 – tháng 9). */
    String CHI_CUC = "Chi cục Tiêu chuẩn Đo lường Chất lượng";

    /** The portal's context under test; the beans below come from it. */
    ApplicationContext context();

    default ProgressReports reports() {
        return context().getBean(ProgressReports.class);
    }

    default Deadlines deadlines() {
        return context().getBean(Deadlines.class);
    }

    default BasisChanges basisChanges() {
        return context().getBean(BasisChanges.class);
    }

    default PeriodReportFiles files() {
        return context().getBean(PeriodReportFiles.class);
    }

    default TaskProgress taskProgress() {
        return context().getBean(TaskProgress.class);
    }

    default PlanAdjustments adjustments() {
        return context().getBean(PlanAdjustments.class);
    }

    default ProgressDashboard dashboard() {
        return context().getBean(ProgressDashboard.class);
    }

    default ContentLinks links() {
        return context().getBean(ContentLinks.class);
    }

    default EntityManager entityManager() {
        return context().getBean(EntityManager.class);
    }

    default TransactionTemplate transactions() {
        return context().getBean(TransactionTemplate.class);
    }

    default TestClock.Settable clock() {
        return context().getBean(TestClock.Settable.class);
    }

    /** The evidence originals kept so far (under {@code <data-dir>/files/plan/}). */
    List<java.nio.file.Path> keptEvidence();

    @AfterEach
    default void signOutAndResetClock() {
        SecurityContextHolder.clearContext();
        clock().reset();
    }

    @Test
    default void a_reporter_of_one_unit_reports_only_for_that_unit_and_every_version_is_kept() {
        String vanPhong = Slugs.of(VAN_PHONG);
        String chiCuc = Slugs.of(CHI_CUC);
        reporter("chicuc", chiCuc);
        assertThat(reports().reportable(PLAN)).isNotEmpty()
                .allSatisfy(a -> assertThat(a.unitSlugs()).containsOnly(chiCuc))
                .noneMatch(a -> a.taskCode().equals("1.3.2"));
        int before = reports().history(PLAN).size();
        assertThatThrownBy(() -> reports().submit(draft("1.3.2", 1, vanPhong, "2022-04", ReportStatus.IN_PROGRESS,
                "Giải ngân 70% kinh phí", "70")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reports().history(PLAN)).hasSize(before);

        reporter("vanphong", vanPhong);
        ReportView first = reports().submit(draft("1.3.2", 1, vanPhong, "2022-04", ReportStatus.IN_PROGRESS,
                "Giải ngân 70% kinh phí các nhiệm vụ KH&CN", "70"));
        ReportView second = reports().submit(draft("1.3.2", 1, vanPhong, "2022-04", ReportStatus.IN_PROGRESS,
                "Giải ngân 72% kinh phí (sửa số liệu)", "72"));
        assertThat(second.revision()).isEqualTo(first.revision() + 1);
        assertThat(first.unitName()).isEqualTo(VAN_PHONG);
        List<ReportView> april = reports().history(PLAN).stream()
                .filter(r -> r.taskCode().equals("1.3.2") && r.period().equals("2022-04")).toList();
        assertThat(april).extracting(ReportView::result)
                .contains("Giải ngân 70% kinh phí các nhiệm vụ KH&CN", "Giải ngân 72% kinh phí (sửa số liệu)");
        // The Chi cục's reporter sees none of the Văn phòng's reports.
        reporter("chicuc", chiCuc);
        assertThat(reports().history(PLAN)).noneMatch(r -> r.unitSlug().equals(vanPhong));
    }

    @Test
    default void readers_see_approved_figures_only_once_an_editor_approves() {
        String vanPhong = Slugs.of(VAN_PHONG);
        ReportingPeriod may = ReportingPeriod.parse("2022-05");
        reporter("vanphong", vanPhong);
        ReportView sent = reports().submit(draft("1.3.2", 1, vanPhong, may.code(), ReportStatus.IN_PROGRESS,
                "Giải ngân 81% kinh phí", "81"));
        SecurityContextHolder.clearContext();
        assertThat(reports().approved(PLAN, may)).noneMatch(r -> r.id() == sent.id());

        reporter("vanphong", vanPhong);
        assertThatThrownBy(() -> reports().approve(sent.id())).isInstanceOf(AccessDeniedException.class);
        editor();
        reports().approve(sent.id());
        assertThatThrownBy(() -> reports().approve(sent.id())).isInstanceOf(ProgressException.class)
                .extracting(e -> ((ProgressException) e).messageKey()).isEqualTo("plan.progress.error.already-approved");

        SecurityContextHolder.clearContext();
        ReportView shown = reports().approved(PLAN, may).stream().filter(r -> r.taskCode().equals("1.3.2"))
                .findFirst().orElseThrow();
        assertThat(shown.id()).isEqualTo(sent.id());
        // "Giải ngân trên 90%" → the plan parsed a KPI of at least 90 %.
        assertThat(shown.kpis().getFirst().text()).isEqualTo("trên 90%");
        assertThat(shown.kpis().getFirst().targetMin()).isEqualByComparingTo("90");
        assertThat(shown.kpis().getFirst().reached()).isEqualByComparingTo("81");
        assertThat(shown.kpis().getFirst().met()).isFalse();
        assertThat(taskProgress().of(PLAN, "1.3.2", List.of(1)).activities().getFirst().lastApproved())
                .extracting(ReportView::result).contains("Giải ngân 81% kinh phí");
    }

    @Test
    default void the_june_report_downloads_as_docx_and_xlsx_with_the_approved_rows() throws IOException {
        String vanPhong = Slugs.of(VAN_PHONG);
        ReportingPeriod june = ReportingPeriod.parse("2022-06");
        reporter("vanphong", vanPhong);
        ReportView sent = reports().submit(draft("1.3.2", 1, vanPhong, june.code(), ReportStatus.DONE,
                "Giải ngân 92% kinh phí; thanh toán 85%", "92", "85"));
        editor();
        reports().approve(sent.id());
        SecurityContextHolder.clearContext();
        Locale vi = Locale.of("vi", "VN");

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(files().docx(PLAN, june, Set.of(vanPhong), vi)))) {
            assertThat(docx.getParagraphs().getFirst().getText()).isEqualTo("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH");
            assertThat(docx.getParagraphs()).extracting(p -> p.getText()).contains("Kỳ báo cáo: tháng 6/2022");
            XWPFTable table = docx.getTables().getFirst();
            assertThat(cells(table.getRow(0))).containsExactly("TT", "Nhiệm vụ", "Chỉ tiêu", "Kết quả", "Tình trạng",
                    "Đơn vị");
            List<List<String>> rows = table.getRows().stream().skip(1).map(ProgressContract::cells).toList();
            // Only the Văn phòng's approved June reports, each once (its newest approved version).
            assertThat(rows).allSatisfy(r -> assertThat(r.get(5)).isEqualTo(VAN_PHONG));
            List<String> row = rows.stream().filter(r -> r.get(1).startsWith("1.3.2.")).findFirst().orElseThrow();
            assertThat(row.get(2)).contains("Giải ngân trên 90%");
            assertThat(row.get(3)).contains("trên 90%: 92");
            assertThat(row.get(3)).startsWith("Giải ngân 92% kinh phí; thanh toán 85%");
            assertThat(row.get(4)).isEqualTo("Hoàn thành");
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(files().xlsx(PLAN, june, Set.of(), vi)))) {
            Sheet sheet = xlsx.getSheet("2022-06");
            List<List<String>> rows = new ArrayList<>();
            for (Row r : sheet) {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? String.valueOf((int) c.getNumericCellValue()) : c.getStringCellValue()));
                rows.add(cells);
            }
            assertThat(rows.getFirst()).containsExactly("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH");
            int header = rows.indexOf(List.of("TT", "Nhiệm vụ", "Chỉ tiêu", "Kết quả", "Tình trạng", "Đơn vị"));
            assertThat(header).isPositive();
            List<List<String>> body = rows.subList(header + 1, rows.size());
            assertThat(body).isNotEmpty();
            assertThat(body.getFirst().getFirst()).isEqualTo("1");
            assertThat(body).anySatisfy(r -> assertThat(r).startsWith(r.getFirst()).contains(VAN_PHONG, "Hoàn thành")
                    .anySatisfy(c -> assertThat(c).startsWith("1.3.2.")));
            assertThat(body).extracting(r -> r.getFirst()).doesNotHaveDuplicates();
        }
    }

    @Test
    default void an_overdue_activity_and_an_unsent_report_are_flagged_against_the_clock() {
        String chiCuc = Slugs.of(CHI_CUC);
        clock().setToday(LocalDate.of(2022, 7, 25));
        List<DueItem> due = deadlines().due(PLAN, chiCuc);
        // 2.2 activity 2 runs from June: its June report was due on 20 July and was not sent.
        assertThat(due).anySatisfy(d -> {
            assertThat(d.taskCode()).isEqualTo("2.2");
            assertThat(d.ordinal()).isEqualTo(2);
            assertThat(d.kind()).isEqualTo(DueKind.REPORT);
            assertThat(d.period()).isEqualTo("2022-06");
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2022, 7, 20));
            assertThat(d.timing()).isEqualTo(Timing.OVERDUE);
        });
        assertThat(due).allSatisfy(d -> assertThat(d.unitSlug()).isEqualTo(chiCuc));
        // 1.3.6 activity 2 (xét duyệt quyết toán, tháng 3 – tháng 4) ended in April and is not reported done.
        assertThat(deadlines().due(PLAN, Slugs.of(VAN_PHONG))).anySatisfy(d -> {
            assertThat(d.taskCode()).isEqualTo("1.3.6");
            assertThat(d.kind()).isEqualTo(DueKind.ACTIVITY);
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2022, 4, 30));
            assertThat(d.timing()).isEqualTo(Timing.OVERDUE);
        });
        // Ten days earlier the same June report is only due soon.
        clock().setToday(LocalDate.of(2022, 7, 10));
        assertThat(deadlines().due(PLAN, chiCuc)).anySatisfy(d -> {
            assertThat(d.taskCode()).isEqualTo("2.2");
            assertThat(d.ordinal()).isEqualTo(2);
            assertThat(d.period()).isEqualTo("2022-06");
            assertThat(d.timing()).isEqualTo(Timing.DUE_SOON);
        });
        // Once the Chi cục sends it, it is no longer owed.
        reporter("chicuc", chiCuc);
        reports().submit(draft("2.2", 2, chiCuc, "2022-06", ReportStatus.IN_PROGRESS,
                "Đã khảo sát 12 trạm y tế xã về phương tiện đo", new String[0]));
        assertThat(deadlines().due(PLAN, chiCuc))
                .noneMatch(d -> d.taskCode().equals("2.2") && d.ordinal() == 2 && "2022-06".equals(d.period()));
    }

    @Test
    default void an_amended_basis_flags_the_task_until_an_editor_answers() {
        long linkId = amendBasisOf("4.2");
        BasisChange change = basisChanges().open(PLAN, "4.2").stream().filter(c -> c.linkId() == linkId).findFirst()
                .orElseThrow();
        assertThat(change.relation()).isEqualTo(StandardLinks.AMENDS);
        assertThat(change.taskTitle()).startsWith("Triển khai hiệu quả Chương trình phát triển thị trường khoa học");
        assertThat(taskProgress().of(PLAN, "4.2", List.of()).basisChanges()).extracting(BasisChange::linkId)
                .contains(linkId);

        reporter("chicuc", Slugs.of(CHI_CUC));
        assertThatThrownBy(() -> basisChanges().answer(PLAN, "4.2", linkId, false, null))
                .isInstanceOf(AccessDeniedException.class);
        editor();
        basisChanges().answer(PLAN, "4.2", linkId, false, "Quyết định sửa đổi không ảnh hưởng đến nhiệm vụ");
        assertThat(basisChanges().open(PLAN, "4.2")).noneMatch(c -> c.linkId() == linkId);
    }

    @Test
    default void evidence_goes_through_the_bounded_intake_and_a_refused_file_writes_nothing() {
        String vanPhong = Slugs.of(VAN_PHONG);
        reporter("vanphong", vanPhong);
        int before = reports().history(PLAN).size();
        EvidenceUpload exe = new EvidenceUpload("bao-cao.docx",
                new ByteArrayInputStream(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF}));
        assertThatThrownBy(() -> reports().submit(new ReportDraft(PLAN, "1.3.2", 1, vanPhong,
                ReportingPeriod.parse("2022-03"), ReportStatus.IN_PROGRESS, "Giải ngân 40%", List.of(), null,
                List.of(exe)))).isInstanceOf(DocumentRejectedException.class);
        assertThat(reports().history(PLAN)).hasSize(before);

        EvidenceUpload minutes = new EvidenceUpload("bien-ban-giai-ngan-thang-3.txt", new ByteArrayInputStream(
                "Biên bản: đã giải ngân 40% kinh phí các nhiệm vụ khoa học và công nghệ trong quý I năm 2022."
                        .getBytes(StandardCharsets.UTF_8)));
        ReportView sent = reports().submit(new ReportDraft(PLAN, "1.3.2", 1, vanPhong, ReportingPeriod.parse("2022-03"),
                ReportStatus.IN_PROGRESS, "Giải ngân 40%", List.of(new BigDecimal("40")), "Kèm biên bản",
                List.of(minutes)));
        assertThat(sent.evidence()).containsExactly("bien-ban-giai-ngan-thang-3.txt");
        // The original is kept under the data directory once the report has committed.
        assertThat(keptEvidence()).anySatisfy(p -> assertThat(p.getFileName().toString()).endsWith(".txt"));
        assertThat(reports().history(PLAN)).hasSize(before + 1);
    }

    @Test
    default void a_report_that_breaks_a_rule_is_refused_with_its_reason_and_nothing_is_written() {
        String vanPhong = Slugs.of(VAN_PHONG);
        reporter("vanphong", vanPhong);
        int before = reports().history(PLAN).size();
        assertThatThrownBy(() -> reports().submit(draft("1.3.2", 1, vanPhong, "2022-02", ReportStatus.DONE, "  ")))
                .extracting(e -> ((ProgressException) e).messageKey()).isEqualTo("plan.progress.error.no-result");
        assertThatThrownBy(() -> reports().submit(draft("1.3.2", 1, vanPhong, "2021-12", ReportStatus.DONE, "Xong")))
                .extracting(e -> ((ProgressException) e).messageKey()).isEqualTo("plan.progress.error.period-year");
        assertThatThrownBy(() -> reports().submit(draft("1.3.2", 1, vanPhong, "2022-02", ReportStatus.DONE, "Xong",
                "-5"))).extracting(e -> ((ProgressException) e).messageKey()).isEqualTo("plan.progress.error.kpi-value");
        // The Văn phòng coordinates 2.2 at most: it may not report on an activity it neither leads nor carries out.
        assertThatThrownBy(() -> reports().submit(draft("2.2", 2, vanPhong, "2022-06", ReportStatus.DONE, "Xong")))
                .extracting(e -> ((ProgressException) e).messageKey())
                .isEqualTo("plan.progress.error.not-unit-activity");
        assertThat(reports().history(PLAN)).hasSize(before);
    }

    /** Records that another published legal document amends the first document in a task's basis. */
    private long amendBasisOf(String taskCode) {
        return transactions().execute(status -> {
            EntityManager em = entityManager();
            PlanTask task = em.createQuery("select t from PlanTask t where t.code = :code and t.plan.slug = :plan",
                    PlanTask.class).setParameter("code", taskCode).setParameter("plan", PLAN).getSingleResult();
            ContentItem basis = links().from(task, StandardLinks.BASIS).getFirst().getTarget();
            List<ContentItem> others = em.createQuery("select c from ContentItem c where c.type = :type and c.id <> :id"
                    + " order by c.id", ContentItem.class).setParameter("type", LegalDocument.TYPE)
                    .setParameter("id", basis.getId()).getResultList();
            ContentItem amending = others.stream().filter(ContentItem::isPublished)
                    .filter(o -> links().from(o, StandardLinks.AMENDS).stream()
                            .noneMatch(l -> l.getTarget().getId().equals(basis.getId())))
                    .findFirst().orElseThrow();
            links().link(amending, basis, StandardLinks.AMENDS, null, ContentLink.Provenance.EDITOR,
                    "Điều 1 sửa đổi, bổ sung một số điều");
            return links().to(basis, StandardLinks.AMENDS).stream()
                    .filter(l -> l.getSource().getId().equals(amending.getId())).findFirst().orElseThrow().getId();
        });
    }

    @Test
    default void an_editor_adjusts_an_activity_and_the_follow_up_uses_the_version_in_force_beside_the_signed_one() {
        String chiCuc = Slugs.of(CHI_CUC);
        // 3.5 activity 1: "Thực trạng quản lý và nhu cầu đổi mới đo lường của 100-150 doanh nghiệp", Tháng 2 – Tháng 6.
        clock().setToday(LocalDate.of(2022, 7, 25));
        assertThat(deadlines().due(PLAN, chiCuc)).anySatisfy(d -> {
            assertThat(d.taskCode() + "/" + d.ordinal() + " " + d.kind()).isEqualTo("3.5/1 ACTIVITY");
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2022, 6, 30));
            assertThat(d.timing()).isEqualTo(Timing.OVERDUE);
        });
        AdjustmentDraft change = new AdjustmentDraft(PLAN, "3.5", 1, false, null,
                "Thực trạng quản lý và nhu cầu đổi mới đo lường của 60-80 doanh nghiệp", LocalDate.of(2022, 9, 30),
                "Dịch COVID-19 làm chậm khảo sát tại doanh nghiệp", "112/QĐ-SKHCN", LocalDate.of(2022, 7, 15));
        reporter("chicuc", chiCuc);
        assertThatThrownBy(() -> adjustments().adjust(change)).isInstanceOf(AccessDeniedException.class);
        assertThat(adjustments().ofTask(PLAN, "3.5")).isEmpty();

        editor();
        AdjustmentView saved = adjustments().adjust(change);
        assertThat(saved.kind()).isEqualTo("change");
        assertThat(saved.signedTarget()).contains("100-150 doanh nghiệp");
        assertThat(saved.target()).isEqualTo("Thực trạng quản lý và nhu cầu đổi mới đo lường của 60-80 doanh nghiệp");
        assertThat(saved.requirement()).isEqualTo(saved.signedRequirement());
        assertThat(saved.deadline()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(taskProgress().of(PLAN, "3.5", List.of(1)).adjustments()).singleElement()
                .satisfies(j -> assertThat(j.decisionNumber()).isEqualTo("112/QĐ-SKHCN"));
        // The same values again change nothing and are refused, with nothing written.
        assertThatThrownBy(() -> adjustments().adjust(change)).isInstanceOf(ProgressException.class)
                .extracting(e -> ((ProgressException) e).messageKey()).isEqualTo("plan.adjust.error.no-change");
        assertThat(adjustments().ofTask(PLAN, "3.5")).hasSize(1);

        // The moved deadline: no longer overdue, and July – September now owe their reports.
        assertThat(deadlines().due(PLAN, chiCuc))
                .noneMatch(d -> d.taskCode().equals("3.5") && d.ordinal() == 1 && d.kind() == DueKind.ACTIVITY);
        assertThat(deadlines().timing(PLAN, "3.5", 1)).contains(Timing.ON_TIME);
        clock().setToday(LocalDate.of(2022, 8, 25));
        assertThat(deadlines().due(PLAN, chiCuc)).anySatisfy(d -> {
            assertThat(d.taskCode() + "/" + d.ordinal() + " " + d.period()).isEqualTo("3.5/1 2022-07");
            assertThat(d.timing()).isEqualTo(Timing.OVERDUE);
        });

        // Reports are written and read against the target in force.
        reporter("chicuc", chiCuc);
        assertThat(reports().reportable(PLAN)).filteredOn(a -> a.taskCode().equals("3.5") && a.ordinal() == 1)
                .singleElement().satisfies(a -> assertThat(a.kpis()).singleElement().asString().contains("60-80"));
        ReportView sent = reports().submit(draft("3.5", 1, chiCuc, "2022-07", ReportStatus.IN_PROGRESS,
                "Đã khảo sát 45 doanh nghiệp về quản lý đo lường", "45"));
        assertThat(sent.target()).contains("60-80 doanh nghiệp");
        assertThat(sent.kpis()).singleElement().satisfies(k -> {
            assertThat(k.targetMin()).isEqualByComparingTo("60");
            assertThat(k.reached()).isEqualByComparingTo("45");
            assertThat(k.met()).isFalse();
        });
    }

    @Test
    default void a_cancelled_activity_is_no_longer_owed_reported_or_counted() {
        editor();
        ProgressViews.ReportableActivity exchange = reports().reportable(PLAN).stream()
                .filter(a -> a.taskCode().equals("7.4")).findFirst().orElseThrow();
        String centre = exchange.unitSlugs().getFirst();
        String centreName = exchange.unitNames().getFirst();
        clock().setToday(LocalDate.of(2022, 7, 25));
        assertThat(deadlines().due(PLAN, centre))
                .anyMatch(d -> d.taskCode().equals("7.4") && "2022-06".equals(d.period()));
        int activitiesBefore = centreTally(centreName);

        AdjustmentDraft noDecision = new AdjustmentDraft(PLAN, "7.4", 1, true, null, null, null,
                "Sàn giao dịch chuyển về đơn vị khác quản lý", " ", null);
        assertThatThrownBy(() -> adjustments().adjust(noDecision)).isInstanceOf(ProgressException.class)
                .extracting(e -> ((ProgressException) e).messageKey()).isEqualTo("plan.adjust.error.missing");
        assertThat(adjustments().ofTask(PLAN, "7.4")).isEmpty();

        AdjustmentView cancelled = adjustments().adjust(new AdjustmentDraft(PLAN, "7.4", 1, true, null, null, null,
                "Sàn giao dịch chuyển về đơn vị khác quản lý", "25/QĐ-UBND", LocalDate.of(2022, 7, 1)));
        assertThat(cancelled.cancelled()).isTrue();
        // The signed version stays visible beside the cancellation.
        assertThat(cancelled.signedRequirement()).contains("100-200 sản phẩm khoa học và công nghệ");
        assertThat(taskProgress().of(PLAN, "7.4", List.of(1)).adjustments()).singleElement()
                .satisfies(j -> assertThat(j.reason()).isEqualTo("Sàn giao dịch chuyển về đơn vị khác quản lý"));

        assertThat(deadlines().due(PLAN, centre)).noneMatch(d -> d.taskCode().equals("7.4"));
        assertThat(deadlines().timing(PLAN, "7.4", 1)).isEmpty();
        assertThat(reports().reportable(PLAN)).noneMatch(a -> a.taskCode().equals("7.4"));
        assertThat(centreTally(centreName)).isEqualTo(activitiesBefore - 1);
        int reportsBefore = reports().history(PLAN).size();
        assertThatThrownBy(() -> reports().submit(draft("7.4", 1, centre, "2022-07", ReportStatus.STOPPED,
                "Đã dừng theo quyết định", new String[0]))).isInstanceOf(ProgressException.class)
                .extracting(e -> ((ProgressException) e).messageKey()).isEqualTo("plan.adjust.error.cancelled");
        assertThat(reports().history(PLAN)).hasSize(reportsBefore);
        assertThatThrownBy(() -> adjustments().adjust(new AdjustmentDraft(PLAN, "7.4", 1, false, null,
                "Duy trì 50 sản phẩm", null, "Khôi phục", "30/QĐ-UBND", LocalDate.of(2022, 7, 10))))
                .isInstanceOf(ProgressException.class);
    }

    @Test
    default void a_quarter_and_a_year_are_owed_and_compiled_from_the_months_until_their_own_report_is_sent() {
        editor();
        String centre = reports().reportable(PLAN).stream().filter(a -> a.taskCode().equals("7.5")).findFirst()
                .orElseThrow().unitSlugs().getFirst();
        clock().setToday(LocalDate.of(2022, 7, 25));
        assertThat(deadlines().due(PLAN, centre)).anySatisfy(d -> {
            assertThat(d.taskCode() + " " + d.period()).isEqualTo("7.5 2022-Q2");
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2022, 7, 20));
            assertThat(d.timing()).isEqualTo(Timing.OVERDUE);
        }).noneMatch(d -> "2022".equals(d.period()));

        ReportingPeriod q2 = ReportingPeriod.parse("2022-Q2");
        reports().approve(reports().submit(draft("7.5", 1, centre, "2022-04", ReportStatus.IN_PROGRESS,
                "Cấp 2 giấy chứng nhận sử dụng nhãn hiệu Nhãn lồng Hưng Yên")).id());
        reports().approve(reports().submit(draft("7.5", 1, centre, "2022-05", ReportStatus.IN_PROGRESS,
                "In ấn hỗ trợ 5.000 bao bì nhãn hiệu Nhãn lồng Hưng Yên")).id());
        reports().submit(draft("7.5", 1, centre, "2022-06", ReportStatus.IN_PROGRESS, "Chưa duyệt: tuyên truyền"));
        // No quarterly report: the quarter is compiled from the latest approved month inside it (May).
        assertThat(quarterRow(q2, centre)).satisfies(r -> {
            assertThat(r.period()).isEqualTo("2022-05");
            assertThat(r.result()).startsWith("In ấn hỗ trợ 5.000 bao bì");
        });
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
                files().docx(PLAN, q2, Set.of(centre), Locale.of("vi", "VN"))))) {
            assertThat(docx.getParagraphs()).extracting(p -> p.getText()).contains("Kỳ báo cáo: quý 2/2022");
            assertThat(docx.getTables().getFirst().getRows().stream().skip(1).map(ProgressContract::cells))
                    .anySatisfy(r -> assertThat(r.get(3)).startsWith("In ấn hỗ trợ 5.000 bao bì"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        // Once the quarter's own report is sent it clears the debt, and once approved it is the quarter's row.
        ReportView quarter = reports().submit(draft("7.5", 1, centre, "2022-Q2", ReportStatus.IN_PROGRESS,
                "Quý II: quản lý 03 nhãn hiệu, cấp 2 giấy chứng nhận, hỗ trợ 5.000 bao bì"));
        assertThat(deadlines().due(PLAN, centre)).noneMatch(d -> d.taskCode().equals("7.5")
                && "2022-Q2".equals(d.period()));
        reports().approve(quarter.id());
        assertThat(quarterRow(q2, centre).result()).startsWith("Quý II:");
        assertThat(quarterRow(ReportingPeriod.parse("2022-06"), centre))
                .as("a month is never compiled from its quarter").isNull();

        // After the year: its report is owed by 20 January, and compiled from the latest approved report inside it.
        clock().setToday(LocalDate.of(2023, 1, 25));
        assertThat(deadlines().due(PLAN, centre)).anySatisfy(d -> {
            assertThat(d.taskCode() + " " + d.period()).isEqualTo("7.5 2022");
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2023, 1, 20));
            assertThat(d.timing()).isEqualTo(Timing.OVERDUE);
        });
        assertThat(quarterRow(ReportingPeriod.parse("2022"), centre).period()).isEqualTo("2022-Q2");
    }

    private ReportView quarterRow(ReportingPeriod period, String unit) {
        return reports().approved(PLAN, period).stream()
                .filter(r -> r.taskCode().equals("7.5") && r.ordinal() == 1 && r.unitSlug().equals(unit))
                .findFirst().orElse(null);
    }

    private int centreTally(String unitName) {
        return dashboard().of(PLAN, ReportingPeriod.parse("2022-06")).byUnit().stream()
                .filter(t -> t.name().equals(unitName)).findFirst().orElseThrow().activities();
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    private static ReportDraft draft(String task, int ordinal, String unit, String period, ReportStatus status,
            String result, String... kpis) {
        return new ReportDraft(PLAN, task, ordinal, unit, ReportingPeriod.parse(period), status, result,
                Arrays.stream(kpis).map(BigDecimal::new).toList(), null, List.of());
    }

    private static void reporter(String username, String unitSlug) {
        signIn(username, List.of("ROLE_" + Roles.REPORTER, Roles.unitAuthority(unitSlug)));
    }

    private static void editor() {
        signIn("bientap", List.of("ROLE_" + Roles.EDITOR));
    }

    private static void signIn(String username, List<String> authorities) {
        List<SimpleGrantedAuthority> granted = authorities.stream().map(SimpleGrantedAuthority::new).toList();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(username, "n/a", granted));
    }
}
