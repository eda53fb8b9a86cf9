/**
 * The legal-document model: document numbers, types and issuers, the citations a text makes and the relations
 * between documents they tell. Plain Java apart from the entity; no UI, no Spring.
 */
@NullMarked
package vn.hungyen.khcn.legal.domain;

import org.jspecify.annotations.NullMarked;
