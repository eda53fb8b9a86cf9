package vn.hungyen.khcn.portal.publish;

/** An export was asked for while one is running: exports never run twice at once. */
public class ExportAlreadyRunningException extends IllegalStateException {

    public ExportAlreadyRunningException() {
        super("an export is already running");
    }
}
