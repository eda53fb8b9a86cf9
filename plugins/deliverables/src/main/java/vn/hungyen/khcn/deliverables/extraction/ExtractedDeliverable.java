package vn.hungyen.khcn.deliverables.extraction;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.deliverables.domain.HandoverStatus;

/**
 * A deliverable read from a task's text.
 *
 * @param title    the name as the source spells it
 * @param kind     code of its kind
 * @param status   as the announcing sentence says, if it says
 * @param sentence the line the name was read from (the evidence of the task → deliverable link)
 * @param heading  the sentence that announced it ("1. Nghiệm thu và bàn giao 05 quy trình kỹ thuật …")
 * @param ordinal  position among the task's deliverables, from 1
 * @param aliases  common spellings of the name
 * @param topics   sectors with the rule that chose each
 * @param tags     free tags (OCOP, …)
 * @param place    locality its name states
 */
public record ExtractedDeliverable(String title, String kind, @Nullable HandoverStatus status, String sentence,
        String heading, int ordinal, List<String> aliases, List<TopicChoice> topics, List<String> tags,
        @Nullable Place place) {

    public ExtractedDeliverable {
        aliases = List.copyOf(aliases);
        topics = List.copyOf(topics);
        tags = List.copyOf(tags);
    }

    /** The title and its aliases: every name a reader may search for. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(title), aliases.stream()).toList();
    }
}
