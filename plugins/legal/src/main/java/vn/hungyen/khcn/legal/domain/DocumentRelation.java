package vn.hungyen.khcn.legal.domain;

import org.jspecify.annotations.Nullable;

/**
 * A relation a text tells between two documents.
 *
 * @param source   the citation of the source document, or {@code null} when the source is the text's own document
 * @param relation what the source does to the target
 * @param target   the citation of the target document
 */
public record DocumentRelation(@Nullable Citation source, Relation relation, Citation target) {

    /** The sentence the relation was read from. */
    public String evidence() {
        return target.sentence();
    }
}
