/**
 * Sự cố cơ sở dữ liệu: what readers and operators get while the database does not answer — the JSON API a quick
 * {@code 503} with {@code Retry-After} instead of a 30-second hang and a 500, the pages a plain Vietnamese message, the
 * health endpoint {@code DOWN} within its own short time-out. Search answers from the index all along, and the
 * connection pool reconnects by itself when the database is back: nothing here needs a restart.
 */
@NullMarked
package vn.hungyen.khcn.portal.outage;

import org.jspecify.annotations.NullMarked;
