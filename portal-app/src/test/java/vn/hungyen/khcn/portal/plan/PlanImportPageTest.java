package vn.hungyen.khcn.portal.plan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchService;
import vn.hungyen.khcn.index.search.SearchSort;
import vn.hungyen.khcn.plan.ui.PlanImportView;
import vn.hungyen.khcn.portal.support.KaribuTest;
import vn.hungyen.khcn.portal.ui.LoginView;

/** Importing another plan from the UI: editors only, stored as a draft that readers do not see. */
class PlanImportPageTest extends KaribuTest {

    @Autowired
    private SearchService search;
    @Autowired
    private EntityManager entityManager;
    @Autowired
    private TransactionTemplate transactions;

    /**
     * Removes the imported plan 22 with its sections, groups, tasks and activities (through JPA, so the index forgets
     * them too): the portal's context is shared by every test class, whose counts assume the seed content only.
     */
    @AfterEach
    void removeImportedPlan() {
        transactions.executeWithoutResult(tx -> {
            String plan = "22/KH-SKHCN";
            removeAll("select a from Activity a where a.task.plan.number = :n", plan);
            removeAll("select t from PlanTask t where t.plan.number = :n", plan);
            removeAll("select g from PlanGroup g where g.plan.number = :n", plan);
            removeAll("select s from PlanSection s where s.plan.number = :n", plan);
            removeAll("select p from Plan p where p.number = :n", plan);
        });
    }

    private void removeAll(String jpql, String number) {
        entityManager.createQuery(jpql, Object.class).setParameter("n", number).getResultList()
                .forEach(entityManager::remove);
        entityManager.flush();
    }

    @Test
    void a_reader_is_sent_to_the_login_page_and_sees_no_import_entry() {
        UI.getCurrent().navigate("ke-hoach/nhap");
        _get(LoginView.class);
        UI.getCurrent().navigate("");
        assertThat(_find(_get(SideNav.class), SideNavItem.class)).extracting(SideNavItem::getLabel)
                .doesNotContain("Nhập kế hoạch");
    }

    @Test
    void an_editor_imports_another_plan_as_a_draft_that_readers_do_not_see() throws IOException {
        signIn("bientapvien", Roles.EDITOR);
        UI.getCurrent().navigate("ke-hoach/nhap");
        PlanImportView view = _get(PlanImportView.class);
        String plan22 = seed().replace("Số: 21/KH-SKHCN", "Số: 22/KH-SKHCN")
                .replace("Kế hoạch số 21/KH-SKHCN", "Kế hoạch số 22/KH-SKHCN");
        view.importFile("ke-hoach-22.txt", plan22.getBytes(StandardCharsets.UTF_8));
        // The plan, its 20 sections, 43 tasks and 96 activities.
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-import-done")).getText())
                .isEqualTo("Đã nhập 160 mục từ ke-hoach-22.txt (bản nháp).");
        assertThat(get("/api/tasks?plan=22-kh-skhcn").statusCode()).isEqualTo(404);
        assertThat(search.search(SearchRequest.forReaders("22/KH-SKHCN", "plan", 0, 10)).hits())
                .extracting(h -> h.slug()).doesNotContain("22-kh-skhcn");
        assertThat(search.search(new SearchRequest("22/KH-SKHCN", "plan", java.util.Map.of(), SearchSort.RELEVANCE, 0, 10,
                true)).hits()).extracting(h -> h.slug()).contains("22-kh-skhcn");

        view.importFile("ke-hoach-22-lan-2.txt", plan22.getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-import-error")).getText())
                .isEqualTo("Kế hoạch 22/KH-SKHCN đã có trong cổng.");

        // The clean-up leaves neither rows nor index documents behind.
        removeImportedPlan();
        Long left = transactions.execute(tx -> entityManager
                .createQuery("select count(c) from ContentItem c where c.slug like '22-kh-skhcn%'", Long.class)
                .getSingleResult());
        assertThat(left).isZero();
        assertThat(search.search(new SearchRequest("22/KH-SKHCN", "plan", java.util.Map.of(), SearchSort.RELEVANCE, 0, 10,
                true)).hits()).extracting(h -> h.slug()).doesNotContain("22-kh-skhcn");
    }

    @Test
    void a_file_that_is_not_a_plan_is_refused_with_a_reason() {
        signIn("bientapvien", Roles.EDITOR);
        UI.getCurrent().navigate("ke-hoach/nhap");
        PlanImportView view = _get(PlanImportView.class);
        view.importFile("anh.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0});
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-import-error")).getText())
                .isEqualTo("Cổng không đọc được loại tệp của „anh.png” (image/png). Hãy tải lên DOCX, DOC, ODT, PDF, HTML, RTF, XLSX hoặc văn bản thuần (TXT, Markdown).");
        view.importFile("rong.txt", new byte[0]);
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-import-error")).getText())
                .isEqualTo("Tệp „rong.txt” rỗng.");
    }

    private static String seed() throws IOException {
        try (InputStream in = PlanImportPageTest.class.getClassLoader()
                .getResourceAsStream("plan/ke-hoach-21-KH-SKHCN-2022.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
