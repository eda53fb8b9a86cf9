package vn.hungyen.khcn.index.search;

import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.TextSection;

/**
 * One result. {@code snippetHtml} and {@code titleHtml} are safe to insert as HTML: the document text in them is
 * escaped and the only markup is {@code <mark>} around the matched words. {@code subtitle} is plain text (escape it
 * like any text), the line shown under the title, or null; {@code label} plain text, the number or code shown before
 * the title (a task's "4.2"), or null; {@code section} the part of the item's text the snippet was cut from (a legal
 * document's "Điều 12", anchor {@code dieu-12} on the item's page), or null.
 */
public record SearchHit(long id, String type, String slug, @Nullable String label, String title,
        @Nullable String subtitle, String titleHtml, String snippetHtml, @Nullable TextSection section, float score) {
}
