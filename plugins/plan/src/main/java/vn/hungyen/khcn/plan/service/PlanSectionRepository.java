package vn.hungyen.khcn.plan.service;

import java.util.List;
import org.springframework.data.repository.Repository;
import vn.hungyen.khcn.plan.domain.Plan;
import vn.hungyen.khcn.plan.domain.PlanSection;

interface PlanSectionRepository extends Repository<PlanSection, Long> {

    PlanSection save(PlanSection section);

    List<PlanSection> findByPlanOrderByOrdinal(Plan plan);
}
