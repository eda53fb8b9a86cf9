package vn.hungyen.khcn.index.search;

/**
 * One result. {@code snippetHtml} and {@code titleHtml} are safe to insert as HTML: the document text in them is
 * escaped and the only markup is {@code <mark>} around the matched words.
 */
public record SearchHit(long id, String type, String slug, String title, String titleHtml, String snippetHtml,
        float score) {
}
