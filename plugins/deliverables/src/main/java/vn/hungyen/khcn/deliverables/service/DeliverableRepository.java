package vn.hungyen.khcn.deliverables.service;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.hungyen.khcn.deliverables.domain.Deliverable;

interface DeliverableRepository extends Repository<Deliverable, Long> {

    Deliverable save(Deliverable deliverable);

    Optional<Deliverable> findBySlug(String slug);

    @Query("select d from Deliverable d order by d.kind, d.ordinal, d.id")
    List<Deliverable> findAllOrdered();

    @Query("select d from Deliverable d where d.kind = :kind order by d.ordinal, d.id")
    List<Deliverable> findByKind(String kind);

    long count();

    void delete(Deliverable deliverable);
}
