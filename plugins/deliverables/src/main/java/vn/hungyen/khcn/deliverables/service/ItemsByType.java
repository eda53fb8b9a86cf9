package vn.hungyen.khcn.deliverables.service;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import vn.hungyen.khcn.content.domain.ContentItem;

/** Content items of another module, by type code, through the core's common model. */
interface ItemsByType extends Repository<ContentItem, Long> {

    @Query("select c from ContentItem c where c.type = :type and c.state = vn.hungyen.khcn.content.domain.PublicationState.PUBLISHED order by c.id")
    List<ContentItem> findPublished(@Param("type") String type);
}
