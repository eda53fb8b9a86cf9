package vn.hungyen.khcn.content.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the plan module publishes about its items for other modules: the type codes of its items and, for a task
 * or an activity, the facts it holds as data (a task's code, its plan's year, an activity's lead units). Other
 * modules read these rather than cut them out of the plan's slugs, titles or text, whose form is the plan module's
 * to change.
 *
 * <p>Implemented by the plan module as a bean; a portal without it has none, so a consumer takes an
 * {@code ObjectProvider<PlanFacts>} and, when it is absent, finds no plan items.
 */
public interface PlanFacts {

    /** The content type codes of plans, tasks and activities. */
    PlanTypes types();

    /** The facts of a task ({@code types().task()}); empty for any other item or one that is gone. */
    Optional<TaskFact> task(ContentRef task);

    /** The facts of an activity ({@code types().activity()}); empty for any other item or one that is gone. */
    Optional<ActivityFact> activity(ContentRef activity);

    /**
     * Nhiệm vụ: what a plan task is, as data.
     *
     * @param code     số thứ tự as the plan prints it, e.g. {@code 6.3}, {@code II.3}
     * @param planYear the year the task's plan was issued (from its date), {@code null} when the date is unknown
     */
    record TaskFact(String code, @Nullable Integer planYear) {

        public TaskFact {
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * Hoạt động: what an activity is, as data.
     *
     * @param leadUnits phòng/đơn vị chủ trì, canonical unit names in the plan's order; empty when it names none
     */
    record ActivityFact(List<String> leadUnits) {

        public ActivityFact {
            leadUnits = List.copyOf(leadUnits);
        }
    }
}
