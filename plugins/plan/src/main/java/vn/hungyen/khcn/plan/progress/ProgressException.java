package vn.hungyen.khcn.plan.progress;

import java.util.List;

/**
 * A report that cannot be stored as given, with the message key (in the plan bundle, Vietnamese first) and its
 * arguments for the page to show. Nothing has been written when it is thrown.
 */
public class ProgressException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    ProgressException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
