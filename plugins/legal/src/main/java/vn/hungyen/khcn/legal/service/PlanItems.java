package vn.hungyen.khcn.legal.service;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.spi.ContentRef;
import vn.hungyen.khcn.content.spi.PlanFacts;

/**
 * The plan's items as the legal registry sees them: which items are plans and tasks, and a task's code, as the
 * plan module publishes them ({@link PlanFacts}) rather than as its slugs are spelled. Without the plan module
 * there are no plans: the registry holds the bundled laws and uploads only.
 */
@Component
class PlanItems {

    private final ObjectProvider<PlanFacts> plan;
    private final ContentItemsByType items;

    PlanItems(ObjectProvider<PlanFacts> plan, ContentItemsByType items) {
        this.plan = plan;
        this.items = items;
    }

    /** Every plan, whatever its state, in id order. */
    List<ContentItem> plans() {
        PlanFacts facts = plan.getIfAvailable();
        return facts == null ? List.of() : items.findByType(facts.types().plan());
    }

    /** Whether a content type code (e.g. of a {@code ContentStateChanged}) is the plan's. */
    boolean isPlanType(String type) {
        PlanFacts facts = plan.getIfAvailable();
        return facts != null && facts.types().plan().equals(type);
    }

    boolean isTask(ContentItem item) {
        PlanFacts facts = plan.getIfAvailable();
        return facts != null && facts.types().isTask(item);
    }

    /** Số thứ tự of a task ({@link #isTask}), e.g. {@code 4.2}. */
    String code(ContentItem task) {
        PlanFacts facts = plan.getIfAvailable();
        if (facts == null) {
            throw new IllegalStateException("no plan module: " + task.getSlug() + " is no plan task");
        }
        return facts.task(ContentRef.of(task)).map(PlanFacts.TaskFact::code)
                .orElseThrow(() -> new IllegalArgumentException(task.getSlug() + " is not a plan task"));
    }
}
