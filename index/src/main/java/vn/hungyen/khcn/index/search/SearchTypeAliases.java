package vn.hungyen.khcn.index.search;

import java.util.Optional;

/**
 * Resolves what a reader types after {@code loai:} to a content-type code: the code itself, or a name of the type
 * the application knows ("nhiem-vu" for {@code plan-task}). The application provides it (it holds the labels); the
 * default knows codes only.
 */
@FunctionalInterface
public interface SearchTypeAliases {

    /** Accepts the value as a code, as typed. */
    SearchTypeAliases CODES_ONLY = value -> Optional.of(value);

    /** The content-type code for a typed value, or empty when no type goes by that name. */
    Optional<String> typeCode(String typed);
}
