package vn.hungyen.khcn.portal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.spi.ImportReport;
import vn.hungyen.khcn.plan.domain.PlanSection;
import vn.hungyen.khcn.plan.service.PlanImporter;

/**
 * What the portal's storage must do on every database it supports (the embedded H2 and MariaDB): the schema
 * from the migrations holds the imported plan, imports are idempotent and all-or-nothing, and concurrent edits
 * are detected. Implemented by one test class per database.
 */
interface PlanPersistenceContract {

    EntityManagerFactory entityManagerFactory();

    TransactionTemplate transactions();

    PlanImporter planImporter();

    default long count(String jpql) {
        EntityManager em = entityManagerFactory().createEntityManager();
        try {
            return em.createQuery(jpql, Long.class).getSingleResult();
        } finally {
            em.close();
        }
    }

    @Test
    default void the_bundled_plan_is_stored_whole_with_its_tasks_activities_and_units() {
        assertThat(count("select count(p) from Plan p where p.number = '21/KH-SKHCN'")).isEqualTo(1);
        assertThat(count("select count(g) from PlanGroup g")).isEqualTo(8);
        assertThat(count("select count(t) from PlanTask t")).isEqualTo(43);
        assertThat(count("select count(a) from Activity a")).isEqualTo(96);
        // "Chi cục TCĐLCL" and "Chi cục Tiêu chuẩn Đo lường Chất lượng" are one unit, so are the spellings of the
        // technology-market office: 28 distinct units are named.
        assertThat(count("select count(o) from Organisation o")).isEqualTo(28);
        assertThat(count("select count(o) from Organisation o where o.name = 'Chi cục Tiêu chuẩn Đo lường Chất lượng'"))
                .isEqualTo(1);
    }

    @Test
    default void importing_the_bundled_plan_again_changes_nothing() {
        long items = count("select count(c) from ContentItem c");
        ImportReport report = planImporter().importBundled();
        assertThat(report.created()).isZero();
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(count("select count(c) from ContentItem c")).isEqualTo(items);
    }

    @Test
    default void an_import_that_fails_midway_leaves_the_previous_state_intact() throws IOException {
        long items = count("select count(c) from ContentItem c");
        long links = count("select count(l) from ContentLink l");
        // A plan whose lead unit is longer than the organisation column: the plan and its sections are written
        // before the units, so the failure comes midway and the transaction must take all of it back.
        String text = seed().replace("Số: 21/KH-SKHCN", "Số: 99/KH-SKHCN")
                .replaceFirst("\tVăn phòng Sở\t", "\t" + "Văn phòng Sở rất dài ".repeat(40) + "\t");
        assertThatThrownBy(() -> planImporter().importFile("ke-hoach-99.txt",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(RuntimeException.class);
        assertThat(count("select count(p) from Plan p where p.number = '99/KH-SKHCN'")).isZero();
        assertThat(count("select count(c) from ContentItem c")).isEqualTo(items);
        assertThat(count("select count(l) from ContentLink l")).isEqualTo(links);
    }

    @Test
    default void two_editors_saving_the_same_item_get_a_conflict_not_a_silent_overwrite() {
        Long id = transactions().execute(tx -> entityManagerFactory().createEntityManager()
                .createQuery("select s.id from PlanSection s order by s.id", Long.class).setMaxResults(1)
                .getSingleResult());
        EntityManager first = entityManagerFactory().createEntityManager();
        EntityManager second = entityManagerFactory().createEntityManager();
        try {
            PlanSection mine = first.find(PlanSection.class, id);
            PlanSection theirs = second.find(PlanSection.class, id);
            String original = mine.getText();

            first.getTransaction().begin();
            mine.setText(original + " (sửa lần 1)");
            first.getTransaction().commit();

            second.getTransaction().begin();
            theirs.setText(original + " (sửa lần 2)");
            assertThatThrownBy(() -> second.getTransaction().commit())
                    .hasCauseInstanceOf(OptimisticLockException.class);

            first.getTransaction().begin();
            mine.setText(original);
            first.getTransaction().commit();
        } finally {
            first.close();
            second.close();
        }
        assertThat(ObjectOptimisticLockingFailureException.class).isNotNull();
    }

    @Test
    default void vietnamese_text_round_trips_unchanged() {
        String title = transactions().execute(tx -> entityManagerFactory().createEntityManager()
                .createQuery("select t.title from PlanTask t where t.code = '4.2'", String.class).getSingleResult());
        assertThat(title).isEqualTo("Triển khai hiệu quả Chương trình phát triển thị trường khoa học và công nghệ tỉnh"
                + " Hưng Yên đến năm 2030 (Quyết định số 2209/QĐ-UBND ngày 22/9/2021 của UBND tỉnh Hưng Yên)");
        assertThat(ContentItem.class).isNotNull();
    }

    private static String seed() throws IOException {
        try (InputStream in = PlanPersistenceContract.class.getClassLoader()
                .getResourceAsStream("plan/ke-hoach-21-KH-SKHCN-2022.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
