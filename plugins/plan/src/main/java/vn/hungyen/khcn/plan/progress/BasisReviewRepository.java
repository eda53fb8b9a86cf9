package vn.hungyen.khcn.plan.progress;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Editors' answers to basis changes; only added. */
interface BasisReviewRepository extends Repository<BasisReview, Long> {

    BasisReview save(BasisReview review);

    @Query("select r from BasisReview r where r.taskId in :tasks")
    List<BasisReview> findByTasks(Collection<Long> tasks);
}
