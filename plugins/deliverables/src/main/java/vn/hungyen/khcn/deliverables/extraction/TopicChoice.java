package vn.hungyen.khcn.deliverables.extraction;

/**
 * A topic given to a deliverable and why: {@code rule} is readable by anyone, e.g.
 * {@code "ốc nhồi" → 405 (topic-rules.tsv:13)}.
 */
public record TopicChoice(String code, String rule) {
}
