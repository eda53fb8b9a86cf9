package vn.hungyen.khcn.content.service;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.PublicationState;

/** Reads content items of any type. Writing goes through each module's own repository. */
public interface ContentItemRepository extends Repository<ContentItem, Long> {

    Optional<ContentItem> findById(Long id);

    Optional<ContentItem> findByTypeAndSlug(String type, String slug);

    long count();

    /** Items of a type (any when null) in a state (any when null), most recently changed first. */
    @Query("select c from ContentItem c where (:type is null or c.type = :type) and (:state is null or c.state = :state)"
            + " order by c.updatedAt desc, c.id desc")
    List<ContentItem> findForEditors(@Param("type") @Nullable String type,
            @Param("state") @Nullable PublicationState state, Limit limit);

    /** Items in a state, most recently changed first. */
    List<ContentItem> findByStateOrderByUpdatedAtDescIdDesc(PublicationState state, Limit limit);

    /** Rows of {@code [type, count]} for the items in the given states. */
    @Query("select c.type, count(c) from ContentItem c where c.state in :states group by c.type")
    List<Object[]> countByType(@Param("states") List<PublicationState> states);
}
