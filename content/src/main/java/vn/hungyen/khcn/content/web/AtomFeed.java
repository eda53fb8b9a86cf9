package vn.hungyen.khcn.content.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes an Atom 1.0 feed (RFC 4287): the live feed, the exported site's feed and a module's own feeds (a unit's due
 * list) are the same kind of document, every text escaped through {@link Html}.
 */
public final class AtomFeed {

    /** One published item: its absolute link, title, content type label and when it last changed. */
    public record Entry(String id, String title, String link, String category, Instant updated, String summary) {
    }

    private AtomFeed() {
    }

    public static String render(String feedId, String title, String selfLink, String siteLink, List<Entry> entries) {
        Instant updated = entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
        StringBuilder xml = new StringBuilder(4096);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n")
                .append("  <id>").append(Html.escape(feedId)).append("</id>\n")
                .append("  <title>").append(Html.escape(title)).append("</title>\n")
                .append("  <updated>").append(stamp(updated)).append("</updated>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Html.escape(selfLink))
                .append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Html.escape(siteLink)).append("\"/>\n")
                .append("  <author><name>Sở Khoa học và Công nghệ tỉnh Hưng Yên</name></author>\n");
        for (Entry e : entries) {
            xml.append("  <entry>\n")
                    .append("    <id>").append(Html.escape(e.id())).append("</id>\n")
                    .append("    <title>").append(Html.escape(e.title())).append("</title>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Html.escape(e.link()))
                    .append("\"/>\n")
                    .append("    <category term=\"").append(Html.escape(e.category())).append("\"/>\n")
                    .append("    <updated>").append(stamp(e.updated())).append("</updated>\n")
                    .append("    <summary>").append(Html.escape(e.summary())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    /** A short plain-text summary: the first 300 characters of the item's text. */
    public static String summary(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }

    private static String stamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
