package vn.hungyen.khcn.content.domain;

import java.util.Objects;

/**
 * A part of an item's text that its page can be opened at: a legal document's Điều, with the anchor of its heading on
 * the document's page ({@code dieu-12}), where it starts in {@link ContentItem#getText()} (a character offset) and how
 * a reader calls it ("Điều 12"). A content type gives its sections through {@link ContentItem#searchSections()}; the
 * search stores them with the item and links a hit to the section its snippet was cut from.
 *
 * @param anchor the id of the section's heading on the item's page, without {@code #}
 * @param start  the offset in the item's text where the section begins
 * @param label  the section's name as the page shows it, plain text
 */
public record TextSection(String anchor, int start, String label) {

    /** Separates the parts of a section as the index stores it ({@link #stored()}); in neither anchor nor label. */
    private static final char SEPARATOR = '\u001F';

    public TextSection {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(label, "label");
        if (anchor.isBlank() || !anchor.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-'))) {
            throw new IllegalArgumentException("an anchor is ASCII letters, digits and '-': '" + anchor + "'");
        }
        if (start < 0) {
            throw new IllegalArgumentException("a section starts at an offset of 0 or more: " + start);
        }
        if (label.isBlank() || label.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("a section's label is a line of text: '" + label + "'");
        }
    }

    /** The section as one stored value of {@link SearchFields#SECTIONS}: {@code start U+001F anchor U+001F label}. */
    public String stored() {
        return start + String.valueOf(SEPARATOR) + anchor + SEPARATOR + label;
    }

    /** A section as {@link #stored()} wrote it. */
    public static TextSection fromStored(String value) {
        int first = value.indexOf(SEPARATOR);
        int second = first < 0 ? -1 : value.indexOf(SEPARATOR, first + 1);
        if (second < 0) {
            throw new IllegalArgumentException("not a stored section: '" + value + "'");
        }
        return new TextSection(value.substring(first + 1, second), Integer.parseInt(value.substring(0, first)),
                value.substring(second + 1));
    }
}
