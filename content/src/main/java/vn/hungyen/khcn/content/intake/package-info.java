/**
 * Nhận văn bản: the one way a file enters the portal. An upload is streamed to a temporary file under a size limit,
 * its type detected from its bytes, zip containers checked for inflation bombs, and its text extracted by Tika in a
 * bounded worker (time limit, text limit, no embedded documents); then every module's
 * {@link vn.hungyen.khcn.content.spi.DocumentReader} reads it and the best-fitting
 * {@link vn.hungyen.khcn.content.spi.DocumentStore} keeps it as a draft. A scan (a page image, or a PDF with a page
 * without text) is read instead by {@link vn.hungyen.khcn.content.intake.OcrJobs} in the background — Tesseract page by
 * page, deskewed and corrected — and text typed in the TCVN3 or VNI encodings is converted to Unicode before reading.
 */
@NullMarked
package vn.hungyen.khcn.content.intake;

import org.jspecify.annotations.NullMarked;
