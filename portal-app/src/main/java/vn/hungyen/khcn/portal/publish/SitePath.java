package vn.hungyen.khcn.portal.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A file of the exported site, relative to its root: lower-case segments of letters, digits, '.' and '-', never
 * "." or "..", so a slug or a topic name can never write outside the export folder.
 */
record SitePath(List<String> segments) {

    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,199}");

    SitePath {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("an empty site path");
        }
        for (String s : segments) {
            if (!SEGMENT.matcher(s).matches() || s.contains("..")) {
                throw new IllegalArgumentException("not a safe site path segment: '" + s + "'");
            }
        }
        segments = List.copyOf(segments);
    }

    /** {@code "ke-hoach/21-kh-skhcn/nhiem-vu/4.2.html"} → its segments, each checked. */
    static SitePath of(String relative) {
        return new SitePath(List.of(relative.split("/", -1)));
    }

    /** The file under {@code root}; checked again after normalisation. */
    Path under(Path root) {
        Path file = root;
        for (String s : segments) {
            file = file.resolve(s);
        }
        file = file.normalize();
        if (!file.startsWith(root.normalize())) {
            throw new IllegalArgumentException(this + " leaves the export folder");
        }
        return file;
    }

    /** The link from this page to {@code target}: relative, so the site works from file:// and any web server. */
    String linkTo(SitePath target) {
        return "../".repeat(segments.size() - 1) + target;
    }

    @Override
    public String toString() {
        return String.join("/", segments);
    }
}
