package vn.hungyen.khcn.plan.service;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.hungyen.khcn.plan.domain.Plan;
import vn.hungyen.khcn.plan.domain.PlanTask;

interface PlanTaskRepository extends Repository<PlanTask, Long> {

    PlanTask save(PlanTask task);

    Optional<PlanTask> findById(Long id);

    /** Group by group (the order of the plan's appendix), then in the order of the text. */
    @Query("select t from PlanTask t join fetch t.group g where t.plan = :plan order by g.number, t.ordinal")
    List<PlanTask> findByPlan(Plan plan);

    @Query("select t from PlanTask t join fetch t.group where t.plan = :plan and t.code = :code")
    Optional<PlanTask> findByPlanAndCode(Plan plan, String code);
}
