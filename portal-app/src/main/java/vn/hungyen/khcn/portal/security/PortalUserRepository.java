package vn.hungyen.khcn.portal.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface PortalUserRepository extends Repository<PortalUser, Long> {

    PortalUser save(PortalUser user);

    Optional<PortalUser> findByUsername(String username);

    long count();

    List<PortalUser> findAllByOrderByUsername();
}
