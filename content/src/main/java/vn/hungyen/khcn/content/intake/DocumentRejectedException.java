package vn.hungyen.khcn.content.intake;

import vn.hungyen.khcn.content.spi.Message;

/**
 * An upload the portal will not read, with the reason in words for the editor ({@link #reason()}, a bundle key of
 * {@code i18n/intake.properties}) and what kind of refusal it is, for the HTTP answer.
 */
public final class DocumentRejectedException extends RuntimeException {

    /** What kind of refusal: too large (413), a type the portal does not read (415), unreadable (422), busy (503). */
    public enum Kind {
        TOO_LARGE, UNSUPPORTED, UNREADABLE, BUSY
    }

    private final Kind kind;
    private final Message reason;

    DocumentRejectedException(Kind kind, String key, Object... args) {
        this(null, kind, key, args);
    }

    DocumentRejectedException(Throwable cause, Kind kind, String key, Object... args) {
        super(key + " " + java.util.Arrays.toString(args), cause);
        this.kind = kind;
        this.reason = Message.of(key, args);
    }

    public Kind kind() {
        return kind;
    }

    public Message reason() {
        return reason;
    }
}
