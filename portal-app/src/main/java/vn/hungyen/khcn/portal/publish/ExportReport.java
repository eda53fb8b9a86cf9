package vn.hungyen.khcn.portal.publish;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What an export produced.
 *
 * @param files     files in the exported site (pages, sitemap, feed, style sheet)
 * @param written   files whose content changed and were written
 * @param unchanged files identical to the previous export, kept as they were (not rewritten)
 * @param items     published items with a page
 */
public record ExportReport(int files, int written, int unchanged, int items, Path folder, Path zip, Instant finishedAt) {
}
