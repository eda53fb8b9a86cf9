package vn.hungyen.khcn.plan.service;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.hungyen.khcn.plan.domain.Plan;

interface PlanRepository extends Repository<Plan, Long> {

    Plan save(Plan plan);

    Optional<Plan> findByNumber(String number);

    Optional<Plan> findBySlug(String slug);

    @Query("select p from Plan p order by p.issuedOn desc, p.id desc")
    List<Plan> findAllNewestFirst();
}
