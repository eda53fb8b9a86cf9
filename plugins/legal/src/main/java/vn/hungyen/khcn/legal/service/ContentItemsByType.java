package vn.hungyen.khcn.legal.service;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import vn.hungyen.khcn.content.domain.ContentItem;

/** Other modules' items by the type code they publish ({@link PlanItems}): read through the core's entity only. */
interface ContentItemsByType extends Repository<ContentItem, Long> {

    Optional<ContentItem> findById(Long id);

    @Query("select c from ContentItem c where c.type = :type order by c.id")
    List<ContentItem> findByType(@Param("type") String type);
}
