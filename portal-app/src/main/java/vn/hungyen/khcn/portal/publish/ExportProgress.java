package vn.hungyen.khcn.portal.publish;

/** Told after each file of an export; a listener that throws stops the export (the previous one stays). */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> { };

    void fileDone(int done, int total);
}
