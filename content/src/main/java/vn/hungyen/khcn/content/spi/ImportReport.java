package vn.hungyen.khcn.content.spi;

import java.util.List;

/**
 * Báo cáo nhập: what an import did and what it could not place.
 *
 * @param importerId the importer
 * @param source     what was read (a bundled resource or a file name)
 * @param created    items created
 * @param unchanged  items already present and left as they were
 * @param problems   what could not be placed, with where and why
 */
public record ImportReport(String importerId, String source, int created, int unchanged, List<Problem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** A piece of input the importer could not place; the reason is a sentence of the importing module's bundles. */
    public record Problem(int line, String text, Message reason) {
    }
}
