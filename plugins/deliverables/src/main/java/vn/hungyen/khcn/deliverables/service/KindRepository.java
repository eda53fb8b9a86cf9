package vn.hungyen.khcn.deliverables.service;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;
import vn.hungyen.khcn.deliverables.domain.DeliverableKind;

interface KindRepository extends Repository<DeliverableKind, String> {

    DeliverableKind save(DeliverableKind kind);

    Optional<DeliverableKind> findById(String code);

    List<DeliverableKind> findAllByOrderByOrdinalAscCodeAsc();
}
