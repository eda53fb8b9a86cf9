package vn.hungyen.khcn.portal.intake;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.treegrid.TreeGrid;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.content.intake.DocumentIntake;
import vn.hungyen.khcn.content.spi.DocumentStore;
import vn.hungyen.khcn.content.spi.FoundTask;
import vn.hungyen.khcn.plan.ui.PlanView;
import vn.hungyen.khcn.plan.ui.TaskPage;
import vn.hungyen.khcn.portal.support.KaribuTest;
import vn.hungyen.khcn.portal.ui.LoginView;

/**
 * A province's implementation plan the portal was not written for, uploaded through the intake: read into a task tree,
 * stored as a draft plan nobody sees, then — once published — shown by the same pages as the bundled plan.
 */
class PlanIntakeTest extends KaribuTest {

    static final String NUMBER = "70/KH-UBND";
    static final String HTML = """
            <html><body>
            <p>ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN</p><p>Số: 70/KH-UBND</p>
            <p>Hưng Yên, ngày 15 tháng 9 năm 2025</p>
            <p>KẾ HOẠCH</p><p>Triển khai Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo
            và chuyển đổi số trên địa bàn tỉnh</p>
            <p>Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;</p>
            <p>PHỤ LỤC: DANH MỤC NHIỆM VỤ</p>
            <table>
            <tr><th>STT</th><th>Nội dung nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Sản phẩm</th><th>Thời gian hoàn thành</th></tr>
            <tr><td>I</td><td colspan="5">HOÀN THIỆN THỂ CHẾ</td></tr>
            <tr><td>1</td><td>Rà soát, đề xuất sửa đổi quy định về quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh</td>
                <td>Sở Khoa học và Công nghệ</td><td>Sở Tư pháp, Sở Tài chính</td><td>Quyết định của UBND tỉnh</td><td>Quý II/2026</td></tr>
            <tr><td>2</td><td>Ban hành cơ chế khuyến khích doanh nghiệp đầu tư cho đổi mới sáng tạo</td>
                <td>Sở Tài chính</td><td>Các sở, ngành liên quan</td><td>Nghị quyết của HĐND tỉnh</td><td>Năm 2026</td></tr>
            <tr><td>II</td><td colspan="5">CHUYỂN ĐỔI SỐ</td></tr>
            <tr><td>3</td><td>Xây dựng cơ sở dữ liệu nhiệm vụ khoa học và công nghệ của tỉnh</td>
                <td>Sở Khoa học và Công nghệ</td><td>Văn phòng UBND tỉnh</td><td>Cơ sở dữ liệu</td><td>Trước ngày 31/10/2026</td></tr>
            <tr><td>4</td><td>Tuyên truyền về chuyển đổi số trong cơ quan nhà nước</td>
                <td>Sở Văn hóa, Thể thao và Du lịch</td><td>Các cơ quan, đơn vị, địa phương</td><td>Tin, bài</td><td>Thường xuyên</td></tr>
            </table>
            </body></html>
            """;

    @Autowired
    private DocumentIntake intake;
    @Autowired
    private EntityManager entityManager;
    @Autowired
    private TransactionTemplate transactions;

    @AfterEach
    void removeStoredPlan() {
        transactions.executeWithoutResult(tx -> {
            removeAll("select a from Activity a where a.task.plan.number = :n");
            removeAll("select t from PlanTask t where t.plan.number = :n");
            removeAll("select g from PlanGroup g where g.plan.number = :n");
            removeAll("select s from PlanSection s where s.plan.number = :n");
            removeAll("select p from Plan p where p.number = :n");
        });
    }

    private void removeAll(String jpql) {
        entityManager.createQuery(jpql, Object.class).setParameter("n", NUMBER).getResultList().forEach(entityManager::remove);
        entityManager.flush();
    }

    private DocumentIntake.Pending read() {
        return intake.read(new ByteArrayInputStream(HTML.getBytes(StandardCharsets.UTF_8)), "ke-hoach-70.html");
    }

    @Test
    void the_task_table_is_read_by_its_header_with_units_deadlines_and_outputs() {
        try (DocumentIntake.Pending pending = read()) {
            var reading = pending.reading();
            assertThat(reading.facts().number()).isEqualTo(NUMBER);
            assertThat(reading.facts().date()).isEqualTo(LocalDate.of(2025, 9, 15));
            var tasks = reading.tasks().stream().filter(t -> !t.group()).toList();
            assertThat(tasks).hasSize(4);
            FoundTask first = tasks.getFirst();
            assertThat(first.title()).startsWith("Rà soát, đề xuất sửa đổi quy định");
            assertThat(first.leadUnits()).containsExactly("Sở Khoa học và Công nghệ");
            assertThat(first.coordinatingUnits()).contains("Sở Tư pháp", "Sở Tài chính");
            assertThat(first.outputs()).containsExactly("Quyết định của UBND tỉnh");
            assertThat(first.deadline().from()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(first.deadline().to()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(tasks.get(2).deadline().to()).isEqualTo(LocalDate.of(2026, 10, 31));
            assertThat(tasks.get(3).deadline().recurring()).isNotNull();
            assertThat(tasks.get(3).coordinatingUnits()).isEmpty(); // "Các cơ quan, đơn vị, địa phương" is no unit
            assertThat(reading.citations()).extracting(c -> c.number()).contains("57-NQ/TW");
        }
    }

    @Test
    void stored_as_a_draft_plan_it_is_hidden_until_published_then_its_pages_work() {
        DocumentStore.StoredDocument stored;
        try (DocumentIntake.Pending pending = read()) {
            stored = intake.store(pending, "bien-tap");
        }
        assertThat(stored.kind()).isEqualTo("plan");
        assertThat(stored.state()).isEqualTo("DRAFT");
        assertThat(stored.path()).isEqualTo("ke-hoach/70-kh-ubnd");

        UI.getCurrent().navigate(stored.path());
        com.github.mvysny.kaributesting.v10.LocatorJ._get(vn.hungyen.khcn.portal.ui.NotFoundView.class);

        transactions.executeWithoutResult(tx -> entityManager
                .createQuery("select c from ContentItem c where c.slug = '70-kh-ubnd' or c.slug like '70-kh-ubnd/%'",
                        ContentItem.class).getResultList().forEach(c -> c.setState(PublicationState.PUBLISHED)));

        UI.getCurrent().navigate(stored.path());
        _get(PlanView.class);
        assertThat(_get(H1.class).getText()).contains(NUMBER);
        @SuppressWarnings("unchecked")
        TreeGrid<Object> tree = _get(TreeGrid.class, spec -> spec.withId("plan-tree"));
        assertThat(GridKt._size(tree)).isGreaterThanOrEqualTo(2 + 4);

        UI.getCurrent().navigate(stored.path() + "/nhiem-vu/3");
        _get(TaskPage.class);
        assertThat(_get(H1.class, spec -> spec.withId("task-title")).getText())
                .contains("Xây dựng cơ sở dữ liệu nhiệm vụ khoa học và công nghệ của tỉnh");
    }

    @Test
    void the_same_plan_twice_is_refused_and_the_first_stays() {
        try (DocumentIntake.Pending pending = read()) {
            intake.store(pending, "bien-tap");
        }
        try (DocumentIntake.Pending again = read()) {
            assertThatThrownBy(() -> intake.store(again, "bien-tap"))
                    .isInstanceOf(DocumentStore.DocumentRefusedException.class);
        }
        Long plans = transactions.execute(tx -> entityManager
                .createQuery("select count(p) from Plan p where p.number = :n", Long.class).setParameter("n", NUMBER)
                .getSingleResult());
        assertThat(plans).isEqualTo(1);
    }

    @Test
    void the_intake_page_is_for_editors_only() {
        UI.getCurrent().navigate(DocumentIntakeView.ROUTE);
        assertThat(_find(DocumentIntakeView.class)).isEmpty();
        _get(LoginView.class);

        signIn("bien-tap", Roles.EDITOR);
        UI.getCurrent().navigate(DocumentIntakeView.ROUTE);
        _get(DocumentIntakeView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Nhận văn bản");
    }
}
