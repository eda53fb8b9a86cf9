package vn.hungyen.khcn.content.spi;

import java.util.Objects;
import vn.hungyen.khcn.content.domain.ContentItem;

/**
 * The content type codes of the plan module's items, as it publishes them through {@link PlanFacts#types()}: the
 * codes themselves are declared once, on the plan module's entities, and no other module spells them.
 *
 * @param plan     kế hoạch
 * @param task     nhiệm vụ
 * @param activity hoạt động
 */
public record PlanTypes(String plan, String task, String activity) {

    public PlanTypes {
        Objects.requireNonNull(plan, "plan code");
        Objects.requireNonNull(task, "task code");
        Objects.requireNonNull(activity, "activity code");
    }

    public boolean isPlan(ContentItem item) {
        return plan.equals(item.getType());
    }

    public boolean isTask(ContentItem item) {
        return task.equals(item.getType());
    }

    public boolean isActivity(ContentItem item) {
        return activity.equals(item.getType());
    }
}
