package vn.hungyen.khcn.plan.service;

import java.util.List;
import org.springframework.data.repository.Repository;
import vn.hungyen.khcn.plan.domain.Plan;
import vn.hungyen.khcn.plan.domain.PlanGroup;

interface PlanGroupRepository extends Repository<PlanGroup, Long> {

    PlanGroup save(PlanGroup group);

    List<PlanGroup> findByPlanOrderByNumber(Plan plan);
}
