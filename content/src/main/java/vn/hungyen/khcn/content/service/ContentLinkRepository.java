package vn.hungyen.khcn.content.service;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.ContentLink;

/** Typed links between content items. */
public interface ContentLinkRepository extends Repository<ContentLink, Long> {

    ContentLink save(ContentLink link);

    @Query("select l from ContentLink l join fetch l.target where l.source = :source and l.linkType = :type order by l.id")
    List<ContentLink> findFrom(@Param("source") ContentItem source, @Param("type") String type);

    @Query("select l from ContentLink l join fetch l.source where l.target = :target and l.linkType = :type order by l.id")
    List<ContentLink> findTo(@Param("target") ContentItem target, @Param("type") String type);

    /** Every link whose two ends readers may see: what a published site shows. */
    @Query("select l from ContentLink l join fetch l.source s join fetch l.target t"
            + " where s.state = vn.hungyen.khcn.content.domain.PublicationState.PUBLISHED"
            + " and t.state = vn.hungyen.khcn.content.domain.PublicationState.PUBLISHED order by l.id")
    List<ContentLink> findBetweenPublished();

    boolean existsBySourceAndTargetAndLinkType(ContentItem source, ContentItem target, String linkType);

    long countByLinkType(String linkType);
}
