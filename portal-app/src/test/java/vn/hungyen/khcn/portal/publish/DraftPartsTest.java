package vn.hungyen.khcn.portal.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.service.ContentItemRepository;
import vn.hungyen.khcn.content.service.EditorialItem;
import vn.hungyen.khcn.content.service.EditorialWorkflow;
import vn.hungyen.khcn.index.search.SearchHit;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchService;
import vn.hungyen.khcn.index.search.SearchSort;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/**
 * A draft is not read through what belongs to it or points at it: the published activities of a task taken back to
 * draft, the tasks of a plan taken back to draft, and every page, list, feed and export that reaches them by a
 * link. Readers meet an item in the state of what it is part of; editors still find it.
 */
class DraftPartsTest extends PortalIntegrationTest {

    private static final String TASK = "21-kh-skhcn/4.2";
    private static final String PLAN = "21-kh-skhcn";
    /** Activity 4.2 (1), "(1) Tổ chức 02 lớp tập huấn kiến thức về phát triển thị trường công nghệ". */
    private static final String ACTIVITY_WORDS = "lớp tập huấn kiến thức về phát triển thị trường công nghệ";
    private static final String TASK_LINE = "4.2. Triển khai hiệu quả Chương trình phát triển thị trường";

    @Autowired
    private EditorialWorkflow workflow;
    @Autowired
    private ContentItemRepository items;
    @Autowired
    private SearchService search;
    @Autowired
    private StaticSiteExporter exporter;

    /** The seed content is shared by every test class: whatever was taken back to draft is published again. */
    @AfterEach
    void publishAgain() {
        for (String[] item : new String[][] {{"plan", PLAN}, {"plan-task", TASK}}) {
            EditorialItem now = workflow.item(id(item[0], item[1])).orElseThrow();
            if (!now.state().name().equals("PUBLISHED")) {
                workflow.publish(now.id(), now.version(), "bientapvien");
            }
        }
    }

    @Test
    void the_activities_of_a_task_taken_back_to_draft_are_not_found_and_never_name_the_task() {
        assertThat(activityHits(false)).anySatisfy(h -> {
            assertThat(h.slug()).isEqualTo(TASK + "/1");
            assertThat(h.subtitle()).startsWith(TASK_LINE);
        });

        move(id("plan-task", TASK), false);

        assertThat(activityHits(false)).noneMatch(h -> h.slug().startsWith(TASK + "/"))
                .noneMatch(h -> h.subtitle() != null && h.subtitle().startsWith("4.2."));
        // An editor still finds the published activity, but the stored line does not name the draft task.
        assertThat(activityHits(true)).anySatisfy(h -> {
            assertThat(h.slug()).isEqualTo(TASK + "/1");
            assertThat(h.subtitle()).isNull();
        });
        assertThat(get("/api/tasks/4.2").statusCode()).isEqualTo(404);
        assertThat(get("/api/tasks").body()).doesNotContain("\"4.2\"").contains("\"4.3\"");
        assertThat(get("/api/legal-documents/2209-qd-ubnd").body()).doesNotContain("\"4.2\"");

        move(id("plan-task", TASK), true);

        // Published again, the task's activities follow it back into the index with their line.
        assertThat(activityHits(false)).anySatisfy(h -> {
            assertThat(h.slug()).isEqualTo(TASK + "/1");
            assertThat(h.subtitle()).startsWith(TASK_LINE);
        });
    }

    @Test
    void nothing_of_a_plan_taken_back_to_draft_reaches_readers_through_its_tasks_links_feed_or_export() throws Exception {
        assertThat(get("/api/legal-documents/2209-qd-ubnd").body()).contains("\"citedBy\":[\"4.2\"");
        assertThat(get("/feed.atom").body()).contains("/ke-hoach/" + PLAN);

        move(id("plan", PLAN), false);

        assertThat(search.search(SearchRequest.forReaders("tập huấn", null, 0, 100)).hits())
                .noneMatch(h -> h.slug().startsWith(PLAN));
        assertThat(get("/api/tasks?plan=" + PLAN).statusCode()).isEqualTo(404);
        // The documents the tasks rest on stay, without the tasks that cite them; the plan's own entry goes.
        assertThat(get("/api/legal-documents/2209-qd-ubnd").body()).contains("\"citedBy\":[]");
        assertThat(get("/api/legal-documents/21-kh-skhcn").statusCode()).isEqualTo(404);
        assertThat(get("/api/legal-documents").body()).doesNotContain("21/KH-SKHCN").contains("60/2021/NĐ-CP");
        // Deliverables keep their page but name no task of the draft plan.
        assertThat(get("/api/deliverables").body()).contains("\"tasks\":[]").doesNotContain("\"tasks\":[\"");
        assertThat(get("/feed.atom").body()).doesNotContain("/ke-hoach/" + PLAN).contains("/van-ban/");
        exporter.export(ExportProgress.NONE);
        Path site = exporter.siteFolder();
        assertThat(site.resolve("ke-hoach")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
                p -> assertThat(p).isEmptyDirectory());
        assertThat(Files.readString(site.resolve("sitemap.xml"))).doesNotContain("ke-hoach/" + PLAN);
        assertThat(Files.readString(site.resolve("van-ban/2209-qd-ubnd.html"))).doesNotContain("Triển khai hiệu quả");

        move(id("plan", PLAN), true);

        assertThat(get("/api/legal-documents/21-kh-skhcn").statusCode()).isEqualTo(200);
        assertThat(get("/api/legal-documents/2209-qd-ubnd").body()).contains("\"citedBy\":[\"4.2\"");
        assertThat(search.search(SearchRequest.forReaders("tập huấn", null, 0, 100)).hits())
                .anyMatch(h -> h.slug().startsWith(PLAN + "/"));
    }

    private java.util.List<SearchHit> activityHits(boolean includeDrafts) {
        return search.search(new SearchRequest(ACTIVITY_WORDS, "plan-activity", java.util.Map.of(),
                SearchSort.RELEVANCE, 0, 20, includeDrafts)).hits();
    }

    private long id(String type, String slug) {
        ContentItem item = items.findByTypeAndSlug(type, slug).orElseThrow();
        return item.getId();
    }

    private void move(long id, boolean publish) {
        EditorialItem item = workflow.item(id).orElseThrow();
        if (publish) {
            workflow.publish(id, item.version(), "bientapvien");
        } else {
            workflow.unpublish(id, item.version(), "bientapvien");
        }
    }
}
