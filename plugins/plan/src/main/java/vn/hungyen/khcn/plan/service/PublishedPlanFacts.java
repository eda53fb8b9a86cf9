package vn.hungyen.khcn.plan.service;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.spi.ContentRef;
import vn.hungyen.khcn.content.spi.PlanFacts;
import vn.hungyen.khcn.content.spi.PlanTypes;
import vn.hungyen.khcn.plan.domain.Activity;
import vn.hungyen.khcn.plan.domain.Organisation;
import vn.hungyen.khcn.plan.domain.Plan;
import vn.hungyen.khcn.plan.domain.PlanTask;
import vn.hungyen.khcn.plan.domain.UnitRole;

/**
 * The plan module's answer to {@link PlanFacts}: read from the stored fields (a task's code, its plan's date of
 * issue, an activity's units in the role {@link UnitRole#LEAD}), never from the slugs or text other modules see.
 */
@Service
@Transactional(readOnly = true)
class PublishedPlanFacts implements PlanFacts {

    private static final PlanTypes TYPES = new PlanTypes(Plan.TYPE, PlanTask.TYPE, Activity.TYPE);

    private final PlanTaskRepository tasks;
    private final ActivityRepository activities;

    PublishedPlanFacts(PlanTaskRepository tasks, ActivityRepository activities) {
        this.tasks = tasks;
        this.activities = activities;
    }

    @Override
    public PlanTypes types() {
        return TYPES;
    }

    @Override
    public Optional<TaskFact> task(ContentRef task) {
        if (!TYPES.task().equals(task.type())) {
            return Optional.empty();
        }
        return tasks.findById(task.id()).map(t -> {
            LocalDate issued = t.getPlan().getIssuedOn();
            return new TaskFact(t.getCode(), issued == null ? null : issued.getYear());
        });
    }

    @Override
    public Optional<ActivityFact> activity(ContentRef activity) {
        if (!TYPES.activity().equals(activity.type())) {
            return Optional.empty();
        }
        return activities.findById(activity.id())
                .map(a -> new ActivityFact(a.unitsIn(UnitRole.LEAD).stream().map(Organisation::getName).toList()));
    }
}
