package vn.hungyen.khcn.plan.service;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.hungyen.khcn.plan.domain.Activity;
import vn.hungyen.khcn.plan.domain.Plan;

interface ActivityRepository extends Repository<Activity, Long> {

    Activity save(Activity activity);

    Optional<Activity> findById(Long id);

    @Query("select distinct a from Activity a join fetch a.task t left join fetch a.kpis where t.plan = :plan"
            + " order by t.ordinal, a.ordinal")
    List<Activity> findByPlan(Plan plan);
}
