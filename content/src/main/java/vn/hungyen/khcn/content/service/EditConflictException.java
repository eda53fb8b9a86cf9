package vn.hungyen.khcn.content.service;

/**
 * Xung đột biên tập: someone saved the item after this editor opened it. Nothing is written; the editor's own text
 * stays in their form, and {@link #current()} is the version that was saved in between, to compare and merge.
 */
public class EditConflictException extends RuntimeException {

    private final transient EditorialItem current;
    private final String lastEditor;

    public EditConflictException(long expectedVersion, EditorialItem current, String lastEditor) {
        super("item " + current.id() + " was saved by " + lastEditor + " (version " + current.version()
                + ") after it was opened at version " + expectedVersion);
        this.current = current;
        this.lastEditor = lastEditor;
    }

    /** The item as it is now, saved by someone else. */
    public EditorialItem current() {
        return current;
    }

    /** Who saved the current version, as the history names them; empty when the history does not say. */
    public String lastEditor() {
        return lastEditor;
    }
}
