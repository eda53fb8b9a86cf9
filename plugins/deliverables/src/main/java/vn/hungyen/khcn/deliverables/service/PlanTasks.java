package vn.hungyen.khcn.deliverables.service;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.ContentLink;
import vn.hungyen.khcn.content.domain.StandardLinks;
import vn.hungyen.khcn.content.service.ContentLinks;
import vn.hungyen.khcn.content.spi.ContentRef;
import vn.hungyen.khcn.content.spi.PlanFacts;

/**
 * The plan's tasks as this module sees them: which items are tasks, a task's code, its plan's year and the unit
 * leading the activity that names a deliverable — all as the plan module publishes them ({@link PlanFacts}), so a
 * change in how the plan writes its slugs or an activity's text changes nothing here. Without the plan module
 * there are no tasks.
 */
@Component
class PlanTasks {

    private final ObjectProvider<PlanFacts> plan;
    private final ItemsByType items;
    private final ContentLinks links;

    PlanTasks(ObjectProvider<PlanFacts> plan, ItemsByType items, ContentLinks links) {
        this.plan = plan;
        this.items = items;
        this.links = links;
    }

    /** Published tasks (of any plan, even a draft one: callers check what readers may see), in id order. */
    List<ContentItem> published() {
        PlanFacts facts = plan.getIfAvailable();
        return facts == null ? List.of() : items.findPublished(facts.types().task());
    }

    /** The published task with this slug, the one an editor picked from {@link #published()}. */
    Optional<ContentItem> published(String slug) {
        return published().stream().filter(t -> t.getSlug().equals(slug)).findFirst();
    }

    boolean isTask(ContentItem item) {
        PlanFacts facts = plan.getIfAvailable();
        return facts != null && facts.types().isTask(item);
    }

    /** Số thứ tự of a task, e.g. {@code 6.3}. */
    String code(ContentItem task) {
        return fact(task).code();
    }

    /** The year the task's plan was issued. */
    Optional<Integer> planYear(ContentItem task) {
        return Optional.ofNullable(fact(task).planYear());
    }

    /**
     * The unit(s) leading the task's activity whose text holds the sentence a deliverable was read from (the
     * sentence says which activity named it), as the plan lists them: "A, B" when it names two.
     */
    Optional<String> leadUnit(ContentItem task, String sentence) {
        PlanFacts facts = requireFacts();
        for (ContentLink l : links.to(task, StandardLinks.PART_OF)) {
            ContentItem activity = l.getSource();
            if (!facts.types().isActivity(activity) || !activity.getText().contains(sentence)) {
                continue;
            }
            List<String> leads = facts.activity(ContentRef.of(activity)).map(PlanFacts.ActivityFact::leadUnits)
                    .orElse(List.of());
            if (!leads.isEmpty()) {
                return Optional.of(String.join(", ", leads));
            }
        }
        return Optional.empty();
    }

    private PlanFacts.TaskFact fact(ContentItem task) {
        return requireFacts().task(ContentRef.of(task))
                .orElseThrow(() -> new IllegalArgumentException(task.getSlug() + " is not a plan task"));
    }

    /** Only reached for an item {@link #published()} or {@link #isTask} gave, so the plan module is there. */
    private PlanFacts requireFacts() {
        @Nullable PlanFacts facts = plan.getIfAvailable();
        if (facts == null) {
            throw new IllegalStateException("no plan module: there are no plan tasks");
        }
        return facts;
    }
}
