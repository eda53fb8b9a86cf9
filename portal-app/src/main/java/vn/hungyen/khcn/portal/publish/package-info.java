/**
 * Xuất bản: what the portal gives the department's website — the editors' workflow pages, the live Atom feed, the
 * static site export (a background job) and the JSON API's HTTP rules (conditional GET, CORS). Readers only ever
 * get published items from here.
 */
@NullMarked
package vn.hungyen.khcn.portal.publish;

import org.jspecify.annotations.NullMarked;
