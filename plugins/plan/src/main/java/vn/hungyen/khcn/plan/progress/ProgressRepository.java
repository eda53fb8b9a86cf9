package vn.hungyen.khcn.plan.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.hungyen.khcn.plan.domain.Activity;
import vn.hungyen.khcn.plan.domain.Organisation;
import vn.hungyen.khcn.plan.domain.PlanTask;

/** The reports of a plan, and the plan's activities and units as the follow-up reads them. */
interface ProgressRepository extends Repository<ActivityReport, Long> {

    ActivityReport save(ActivityReport report);

    Optional<ActivityReport> findById(Long id);

    @Query("select coalesce(max(r.revision), 0) from ActivityReport r where r.activity = :activity and r.unit = :unit"
            + " and r.period = :period")
    int lastRevision(Activity activity, Organisation unit, String period);

    @Query("select r from ActivityReport r join fetch r.activity a join fetch a.task t where t.plan.slug = :plan"
            + " order by r.period, t.ordinal, a.ordinal, r.revision")
    List<ActivityReport> findByPlan(String plan);

    @Query("select distinct a from Activity a join fetch a.task t join fetch t.group g left join fetch a.kpis"
            + " where t.plan.slug = :plan order by g.number, t.ordinal, a.ordinal")
    List<Activity> activities(String plan);

    @Query("select a from Activity a join fetch a.task t where t.plan.slug = :plan and t.code = :code"
            + " and a.ordinal = :ordinal")
    Optional<Activity> activity(String plan, String code, int ordinal);

    @Query("select t from PlanTask t join fetch t.group g where t.plan.slug = :plan order by g.number, t.ordinal")
    List<PlanTask> tasks(String plan);

    @Query("select o from Organisation o order by o.name")
    List<Organisation> units();

    @Query("select a from ReportApproval a where a.reportId in :reports")
    List<ReportApproval> approvals(Collection<Long> reports);

    @Query("select a from ReportApproval a where a.reportId = :report")
    Optional<ReportApproval> approval(Long report);
}
