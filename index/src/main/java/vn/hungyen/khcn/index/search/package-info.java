/** The search service over every content type, the index health check and the index bootstrap. */
@NullMarked
package vn.hungyen.khcn.index.search;

import org.jspecify.annotations.NullMarked;
