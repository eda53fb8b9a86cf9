package vn.hungyen.khcn.content.service;

import java.util.Collection;
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

    /** The links of the given types from any of the sources: one statement for a whole list of items. */
    @Query("select l from ContentLink l join fetch l.target where l.source in :sources and l.linkType in :types"
            + " order by l.id")
    List<ContentLink> findFromAny(@Param("sources") Collection<? extends ContentItem> sources,
            @Param("types") Collection<String> types);

    /** As {@link #findFromAny}, without loading the targets: their id, type, slug, title and state only. */
    @Query("select new vn.hungyen.khcn.content.service.LinkSummary(l.source.id, l.linkType, l.kind, l.evidence,"
            + " t.id, t.type, t.slug, t.title, t.state) from ContentLink l join l.target t"
            + " where l.source in :sources and l.linkType in :types order by l.id")
    List<LinkSummary> findSummariesFromAny(@Param("sources") Collection<? extends ContentItem> sources,
            @Param("types") Collection<String> types);

    /** The links of the given types to any of the targets: one statement for a whole list of items. */
    @Query("select l from ContentLink l join fetch l.source where l.target in :targets and l.linkType in :types"
            + " order by l.id")
    List<ContentLink> findToAny(@Param("targets") Collection<? extends ContentItem> targets,
            @Param("types") Collection<String> types);

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
