package vn.hungyen.khcn.legal.service;

import java.util.Arrays;

/**
 * An upload refused with a reason an editor can act on; {@link #messageKey()} is a key of the legal bundle and
 * {@link #arguments()} fill it. Nothing of the upload is stored when this is thrown.
 */
public class LegalUploadException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    LegalUploadException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    LegalUploadException(Throwable cause, String messageKey, Object... arguments) {
        this(messageKey, arguments);
        initCause(cause);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
