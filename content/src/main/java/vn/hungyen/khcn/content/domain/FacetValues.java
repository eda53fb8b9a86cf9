package vn.hungyen.khcn.content.domain;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The facet values one content item contributes while it is indexed (see {@link ContentItem#contributeFacets}).
 * Names must be listed in {@link SearchFacets#ALL}; values are stripped, NFC-normalized and de-duplicated, blank or
 * null values are ignored (an item without an issuer simply has no issuer facet).
 */
public final class FacetValues {

    private final Map<String, Set<String>> values = new LinkedHashMap<>();

    FacetValues() {
    }

    /** Adds one value of a facet; null or blank values are ignored. */
    public FacetValues add(String facet, @Nullable String value) {
        SearchFacets.requireKnown(facet);
        if (value != null && !value.isBlank()) {
            String clean = Normalizer.normalize(value.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
            if (clean.length() > SearchFacets.MAX_VALUE_LENGTH) {
                clean = clean.substring(0, SearchFacets.MAX_VALUE_LENGTH).strip();
            }
            values.computeIfAbsent(facet, f -> new LinkedHashSet<>()).add(clean);
        }
        return this;
    }

    /** Adds several values of a facet (an activity with two lead units). */
    public FacetValues addAll(String facet, Collection<String> more) {
        more.forEach(v -> add(facet, v));
        return this;
    }

    /** Facet name → values, in the order they were added. */
    public Map<String, Set<String>> asMap() {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        return copy;
    }

    /** The values of one facet, in the order added; empty when none. */
    public Set<String> get(String facet) {
        return values.getOrDefault(SearchFacets.requireKnown(facet), Set.of());
    }
}
