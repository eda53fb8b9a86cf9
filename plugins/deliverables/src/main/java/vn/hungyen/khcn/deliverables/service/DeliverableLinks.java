package vn.hungyen.khcn.deliverables.service;

/**
 * The relations this module writes, in one place: the {@code kind}s of its task → deliverable {@code output} links
 * and its own link type. (The plan's type codes are the plan module's: read through {@link PlanTasks}.)
 */
public final class DeliverableLinks {

    /** A publication → the procedure it publishes. */
    public static final String PUBLICATION_OF = "publication-of";

    /** Output kinds: a task named the deliverable in a list of results. */
    public static final String PRODUCED = "produced";
    /** A task publishes the deliverable. */
    public static final String PUBLISHED = "published";

    private DeliverableLinks() {
    }
}
