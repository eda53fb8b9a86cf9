package vn.hungyen.khcn.plan;

import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.hungyen.khcn.content.spi.BasicContentModule;
import vn.hungyen.khcn.content.spi.ContentRef;
import vn.hungyen.khcn.content.spi.ContentTypeDescriptor;
import vn.hungyen.khcn.plan.domain.Activity;
import vn.hungyen.khcn.plan.domain.Plan;
import vn.hungyen.khcn.plan.domain.PlanSection;
import vn.hungyen.khcn.plan.domain.PlanTask;
import vn.hungyen.khcn.plan.service.PlanImporter;

/**
 * The plan module: plans (Kế hoạch), their narrative sections, tasks and activities. Other modules reach its
 * tasks through the standard links ({@code StandardLinks}): a task's legal basis and outputs point from the task.
 */
@Component
public class PlanModule extends BasicContentModule {

    public static final String ID = "plan";
    /** Where the plan pages live. */
    public static final String ROUTE_ROOT = "ke-hoach";

    /** The importer is injected lazily: the registry (and Flyway through it) needs the module before JPA is up. */
    PlanModule(@Lazy PlanImporter importer) {
        super(ID, "plan.module.name", importer);
    }

    @Override
    public List<ContentTypeDescriptor> contentTypes() {
        return List.of(
                new ContentTypeDescriptor(Plan.TYPE, Plan.class, "plan.type.plan", 10, PlanModule::planPath),
                new ContentTypeDescriptor(PlanSection.TYPE, PlanSection.class, "plan.type.section", 11,
                        PlanModule::sectionPath),
                new ContentTypeDescriptor(PlanTask.TYPE, PlanTask.class, "plan.type.task", 12, PlanModule::taskPath),
                new ContentTypeDescriptor(Activity.TYPE, Activity.class, "plan.type.activity", 13,
                        PlanModule::activityPath));
    }

    /** {@code ke-hoach/21-kh-skhcn}. */
    public static String planPath(String planSlug) {
        return ROUTE_ROOT + "/" + planSlug;
    }

    /** {@code ke-hoach/21-kh-skhcn/nhiem-vu/4.2}. */
    public static String taskPath(String planSlug, String code) {
        return planPath(planSlug) + "/nhiem-vu/" + code;
    }

    private static String planPath(ContentRef ref) {
        return planPath(ref.slug());
    }

    // Slugs are hierarchical: plan "21-kh-skhcn", section "21-kh-skhcn/ii.1", task "21-kh-skhcn/4.2",
    // activity "21-kh-skhcn/4.2/3".
    private static String sectionPath(ContentRef ref) {
        String[] parts = ref.slug().split("/");
        return planPath(parts[0]) + "#muc-" + parts[1];
    }

    private static String taskPath(ContentRef ref) {
        String[] parts = ref.slug().split("/");
        return taskPath(parts[0], parts[1]);
    }

    private static String activityPath(ContentRef ref) {
        String[] parts = ref.slug().split("/");
        return taskPath(parts[0], parts[1]) + "#hoat-dong-" + parts[2];
    }
}
