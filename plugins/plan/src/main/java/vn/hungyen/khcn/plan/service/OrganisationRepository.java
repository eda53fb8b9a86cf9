package vn.hungyen.khcn.plan.service;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;
import vn.hungyen.khcn.plan.domain.Organisation;

interface OrganisationRepository extends Repository<Organisation, Long> {

    Organisation save(Organisation organisation);

    Optional<Organisation> findBySlug(String slug);

    List<Organisation> findAllByOrderByName();
}
