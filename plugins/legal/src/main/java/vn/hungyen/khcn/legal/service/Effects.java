package vn.hungyen.khcn.legal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.hungyen.khcn.content.domain.ContentLink;
import vn.hungyen.khcn.legal.domain.Effect;
import vn.hungyen.khcn.legal.domain.LegalDocument;
import vn.hungyen.khcn.legal.domain.Relation;

/**
 * Tình trạng hiệu lực of an entry from the links to it, one computation for the pages and the API
 * ({@link LegalCatalog}) and for the search's ranking ({@link LegalRegistry#refreshSuperseded}).
 */
final class Effects {

    /** The relations that act on the entry they point to. */
    static final List<Relation> ACTING = List.of(Relation.AMENDS, Relation.REPLACES, Relation.REPEALS,
            Relation.REPEALS_IN_PART);

    private Effects() {
    }

    static List<String> actingCodes() {
        return ACTING.stream().map(Relation::code).toList();
    }

    /**
     * The effect on {@code doc} of the documents readers may see among the sources of {@code incoming} (links to
     * {@code doc} of any type), judged on {@code today}.
     */
    static Effect of(LegalDocument doc, List<ContentLink> incoming, LocalDate today) {
        List<Effect.Change> changes = new ArrayList<>();
        for (Relation r : ACTING) {
            for (ContentLink l : incoming) {
                if (l.getLinkType().equals(r.code()) && l.getSource() instanceof LegalDocument source
                        && source.isVisibleToReaders()) {
                    changes.add(new Effect.Change(r, source.getSlug(), source.getTitle(),
                            source.getEffectiveOn() != null ? source.getEffectiveOn() : source.getIssuedOn()));
                }
            }
        }
        return Effect.of(doc.getEffectiveOn(), changes, today);
    }
}
