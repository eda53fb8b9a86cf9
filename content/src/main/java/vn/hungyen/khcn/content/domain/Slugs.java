package vn.hungyen.khcn.content.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.text.Diacritics;

/**
 * Đường dẫn ngắn: URL-safe, stable identifiers for content items, e.g. {@code 21-kh-skhcn} or {@code 4.2}.
 * Vietnamese marks are folded (đ → d) so a slug reads the same as its title without diacritics. A slug may
 * have parts separated by {@code /} when an item lives inside another ({@code 21-kh-skhcn/4.2}).
 */
public final class Slugs {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:[./-][a-z0-9]+)*");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9.]+");
    private static final int MAX_LENGTH = 200;

    private Slugs() {
    }

    /** Makes a slug from free text: "Quyết định 2999/QĐ-UBND" → {@code quyet-dinh-2999-qd-ubnd}. */
    public static String of(String text) {
        String folded = Diacritics.strip(text);
        String slug = NOT_SLUG.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.replaceAll("[.-]{2,}", "-").replaceAll("^[.-]+|[.-]+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("[.-]+$", "");
        }
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("no slug can be made from '" + text + "'");
        }
        return slug;
    }

    /** The slug of an item inside another: {@code child("21-kh-skhcn", "4.2")} → {@code 21-kh-skhcn/4.2}. */
    public static String child(String parentSlug, String childSlug) {
        return requireValid(requireValid(parentSlug) + "/" + requireValid(childSlug));
    }

    /** Returns the slug unchanged if it is valid, or explains why it is not. */
    public static String requireValid(@Nullable String slug) {
        if (slug == null || slug.length() > MAX_LENGTH || !VALID.matcher(slug).matches()) {
            throw new IllegalArgumentException("not a valid slug: '" + slug + "' (lower-case a-z, 0-9, and '.', '-' or '/' between them)");
        }
        return slug;
    }
}
