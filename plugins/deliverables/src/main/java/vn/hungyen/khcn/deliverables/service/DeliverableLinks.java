package vn.hungyen.khcn.deliverables.service;

/**
 * The relations this module reads and writes, in one place: the plan's type codes it knows (a contract by data,
 * not by import) and the {@code kind}s of its task → deliverable {@code output} links.
 */
public final class DeliverableLinks {

    /** A publication → the procedure it publishes. */
    public static final String PUBLICATION_OF = "publication-of";

    /** Content type codes of the plan module, read through the core. */
    public static final String PLAN_TYPE = "plan";
    public static final String TASK_TYPE = "plan-task";
    public static final String ACTIVITY_TYPE = "plan-activity";

    /** Output kinds: a task named the deliverable in a list of results. */
    public static final String PRODUCED = "produced";
    /** A task publishes the deliverable. */
    public static final String PUBLISHED = "published";

    private DeliverableLinks() {
    }
}
