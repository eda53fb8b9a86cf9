package vn.hungyen.khcn.plan.progress;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Adjustments of a plan's activities; only added, read oldest first. */
interface AdjustmentRepository extends Repository<PlanAdjustment, Long> {

    PlanAdjustment save(PlanAdjustment adjustment);

    @Query("select j from PlanAdjustment j join fetch j.activity a join fetch a.task t where t.plan.slug = :plan"
            + " order by j.decidedAt, j.id")
    List<PlanAdjustment> findByPlan(String plan);
}
