package vn.hungyen.khcn.plan.service;

/** An import refused as a whole, with a message key the UI translates and the value it is about. */
public class PlanImportException extends RuntimeException {

    private final String messageKey;
    private final String subject;

    public PlanImportException(String messageKey, String subject) {
        super(messageKey + ": " + subject);
        this.messageKey = messageKey;
        this.subject = subject;
    }

    public String messageKey() {
        return messageKey;
    }

    public String subject() {
        return subject;
    }
}
