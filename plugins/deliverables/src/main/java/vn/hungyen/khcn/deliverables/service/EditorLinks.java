package vn.hungyen.khcn.deliverables.service;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.ContentLink;

/**
 * The links of a deliverable an editor removes, by query so that none is loaded: a loaded link to a removed item
 * would stop the flush.
 */
interface EditorLinks extends Repository<ContentLink, Long> {

    /** Links to the item that a source text or an importer made, not an editor. */
    @Query("select count(l) from ContentLink l where l.target = :item"
            + " and l.provenance <> vn.hungyen.khcn.content.domain.ContentLink.Provenance.EDITOR")
    long countNotByEditorTo(@Param("item") ContentItem item);

    @Modifying
    @Query("delete from ContentLink l where l.source = :item or l.target = :item")
    int deleteTouching(@Param("item") ContentItem item);
}
