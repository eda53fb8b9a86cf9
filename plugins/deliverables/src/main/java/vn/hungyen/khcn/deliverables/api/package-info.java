/** Read-only JSON of published deliverables. */
@NullMarked
package vn.hungyen.khcn.deliverables.api;

import org.jspecify.annotations.NullMarked;
