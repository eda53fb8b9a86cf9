/**
 * Nhận văn bản: the one way a file enters the portal. An upload is streamed to a temporary file under a size limit,
 * its type detected from its bytes, zip containers checked for inflation bombs, and its text extracted by Tika in a
 * bounded worker (time limit, text limit, no embedded documents); then every module's
 * {@link vn.hungyen.khcn.content.spi.DocumentReader} reads it and the best-fitting
 * {@link vn.hungyen.khcn.content.spi.DocumentStore} keeps it as a draft.
 */
@NullMarked
package vn.hungyen.khcn.content.intake;

import org.jspecify.annotations.NullMarked;
