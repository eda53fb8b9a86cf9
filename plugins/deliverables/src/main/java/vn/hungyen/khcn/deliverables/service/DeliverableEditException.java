package vn.hungyen.khcn.deliverables.service;

import java.util.Arrays;

/**
 * An editor's change refused before anything was written: the message key and arguments say why in the reader's
 * language ({@code deliverables.edit.error.*}); the message says it in English for logs.
 */
public class DeliverableEditException extends IllegalArgumentException {

    private final String messageKey;
    private final Object[] arguments;

    DeliverableEditException(String reason, String messageKey, Object... arguments) {
        super(reason);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
