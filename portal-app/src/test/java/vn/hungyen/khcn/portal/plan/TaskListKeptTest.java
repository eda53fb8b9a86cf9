package vn.hungyen.khcn.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.service.ContentItemRepository;
import vn.hungyen.khcn.content.service.EditorialWorkflow;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/**
 * {@code /api/tasks} answers from a list kept until the content changes: the kept list must be dropped the moment an
 * editor's change commits, or readers would see a task taken back to draft, or miss one published again.
 */
class TaskListKeptTest extends PortalIntegrationTest {

    private static final String TITLE = "Triển khai hiệu quả Chương trình phát triển thị trường khoa học và công nghệ";

    @Autowired
    private EditorialWorkflow workflow;
    @Autowired
    private ContentItemRepository items;

    @Test
    void a_task_taken_back_to_draft_leaves_the_kept_list_at_once_and_returns_when_published_again() {
        assertThat(get("/api/tasks?plan=21-kh-skhcn").body()).contains(TITLE);
        assertThat(get("/api/tasks?plan=21-kh-skhcn").body()).contains(TITLE); // now answered from the kept list

        ContentItem task = items.findByTypeAndSlug("plan-task", "21-kh-skhcn/4.2").orElseThrow();
        workflow.unpublish(task.getId(), task.getVersion(), "bien-tap");
        try {
            assertThat(get("/api/tasks?plan=21-kh-skhcn").body()).doesNotContain(TITLE);
        } finally {
            ContentItem draft = items.findByTypeAndSlug("plan-task", "21-kh-skhcn/4.2").orElseThrow();
            workflow.publish(draft.getId(), draft.getVersion(), "bien-tap");
        }
        assertThat(get("/api/tasks?plan=21-kh-skhcn").body()).contains(TITLE);
    }
}
