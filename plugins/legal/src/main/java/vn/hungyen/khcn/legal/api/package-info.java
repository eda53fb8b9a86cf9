/** {@code /api/legal-documents}: the registry as read-only JSON. */
@NullMarked
package vn.hungyen.khcn.legal.api;

import org.jspecify.annotations.NullMarked;
