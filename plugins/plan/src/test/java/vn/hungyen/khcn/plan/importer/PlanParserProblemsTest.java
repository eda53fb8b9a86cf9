package vn.hungyen.khcn.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.StringReader;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.spi.Message;

class PlanParserProblemsTest {

    private static final String HEAD = String.join("\n",
            "Số: 5/KH-SKHCN", "Hưng Yên, ngày 3 tháng 1 năm 2023", "KẾ HOẠCH", "Thử nghiệm của Sở Khoa học và Công nghệ tỉnh Hưng Yên",
            "I. MỤC ĐÍCH", "Nội dung.", "PHỤ LỤC",
            "STT\tNhiệm vụ\tChỉ tiêu\tYêu cầu\tThời gian\tChủ trì\tThực hiện\tPhối hợp\tGhi chú",
            "I\tNhóm một\t\t\t\t\t\t\t", "");

    @Test
    void a_garbled_row_becomes_a_problem_not_an_exception() {
        String text = HEAD + String.join("\n",
                "1.1\tViệc một\t04 lớp tập huấn\t(1) Làm việc một\tTháng 2 - Tháng 3\tVăn phòng Sở\tVăn phòng Sở\t\t",
                "x.y?\tRác\t\t\t\t\t\t\t",
                "chữ lạc giữa bảng",
                "1.2\tViệc hai\t\tLàm việc hai\tKhi nào rảnh\tPhòng Không Có Thật\t\t\t\textra\tcells");
        ParsedPlan plan = new PlanParser().parse(new StringReader(text));

        assertThat(plan.allTasks()).extracting(ParsedTask::code).containsExactly("1.1");
        assertThat(plan.task("1.1").orElseThrow().activities()).singleElement()
                .satisfies(a -> assertThat(a.kpis()).extracting(Kpi::unit).containsExactly("lớp tập huấn"));
        assertThat(plan.problems()).extracting(ImportProblem::line).containsExactly(11, 12, 13);
        assertThat(plan.problems()).extracting(ImportProblem::reason).containsExactly(
                Message.of("plan.import.problem.stt", "x.y?"),
                Message.of("plan.import.problem.between-rows"),
                Message.of("plan.import.problem.cells", 11, 9));
    }

    @Test
    void an_unreadable_timeframe_and_an_unknown_unit_are_reported_and_kept() {
        String text = HEAD + "1.1\tViệc một\t\tLàm việc một\tKhi nào rảnh\tPhòng Không Có Thật\t\t\t";
        ParsedPlan plan = new PlanParser().parse(text);
        ParsedActivity a = plan.allActivities().getFirst();
        assertThat(a.timeframe().isUnparsed()).isTrue();
        assertThat(a.timeframe().text()).isEqualTo("Khi nào rảnh");
        assertThat(a.leadUnits()).containsExactly("Phòng Không Có Thật");
        assertThat(plan.unknownOrganisations()).containsExactly("Phòng Không Có Thật");
        assertThat(plan.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.reason()).isEqualTo(Message.of("plan.import.problem.timeframe"));
        });
    }

    @Test
    void rubbish_input_yields_problems_and_an_empty_plan() {
        assertThatCode(() -> new PlanParser().parse("")).doesNotThrowAnyException();
        ParsedPlan plan = new PlanParser().parse("\t\t(3)\n\u0000<p>\nPHỤ LỤC\n\t\t\t\n(1)\t(2)");
        assertThat(plan.groups()).isEmpty();
        assertThat(plan.header().number()).isNull();
        assertThat(plan.problems()).isNotEmpty();
    }

    @Test
    void a_fragment_row_before_any_task_is_a_problem() {
        ParsedPlan plan = new PlanParser().parse(HEAD + "\tmảnh\tcủa\tdòng\t\t\t\t\t");
        assertThat(plan.problems()).extracting(ImportProblem::reason)
                .containsExactly(Message.of("plan.import.problem.no-stt"));
    }

    @Test
    void every_problem_reads_as_a_sentence_of_the_plan_bundles_in_vietnamese_and_in_english() {
        String text = HEAD + "x.y?\tmột dòng lạ\t\t\t\t\t\t\t\n" + "1.1\tViệc một\t\tLàm việc một\tKhi nào rảnh\t\t\t\t\n"
                + "1.1\tViệc lặp\t\tLàm lại\tTháng 3\tVăn phòng Sở\t\t\t\n" + "3.4\tSai nhóm\t\tLàm\tTháng 4\t\t\t\t";
        ParsedPlan plan = new PlanParser().parse(text);
        ResourceBundle vietnamese = ResourceBundle.getBundle("i18n/plan", Locale.ROOT);
        ResourceBundle english = ResourceBundle.getBundle("i18n/plan", Locale.ENGLISH);

        assertThat(plan.problems()).extracting(p -> p.reason().key()).contains("plan.import.problem.stt",
                "plan.import.problem.timeframe", "plan.import.problem.repeated", "plan.import.problem.task-group");
        for (ImportProblem p : plan.problems()) {
            Object[] args = p.reason().args().toArray();
            String vi = new MessageFormat(vietnamese.getString(p.reason().key()), Locale.ROOT).format(args);
            String en = new MessageFormat(english.getString(p.reason().key()), Locale.ENGLISH).format(args);
            assertThat(vi).as(p.reason().key()).doesNotContain("{").isNotEqualTo(en)
                    .containsPattern("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]");
            p.reason().args().forEach(a -> assertThat(vi).contains(a));
        }
    }
}
