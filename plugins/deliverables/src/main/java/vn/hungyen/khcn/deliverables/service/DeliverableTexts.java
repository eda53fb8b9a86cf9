package vn.hungyen.khcn.deliverables.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hungyen.khcn.deliverables.domain.Deliverable;
import vn.hungyen.khcn.deliverables.domain.DeliverableKind;
import vn.hungyen.khcn.deliverables.domain.TopicAssignment;
import vn.hungyen.khcn.deliverables.extraction.Field;
import vn.hungyen.khcn.deliverables.extraction.FieldClassification;

/**
 * The searchable text of a deliverable: its names (with other spellings), the sentence it was read from, its
 * kind, the names of its topics and their fields, its locality and tags — so that "thủy sản", "Phù Cừ" or
 * "giò chả" find it in the portal's one search.
 */
@Component
class DeliverableTexts {

    private final FieldClassification classification;

    DeliverableTexts(FieldClassification classification) {
        this.classification = classification;
    }

    String compose(Deliverable d, DeliverableKind kind) {
        LinkedHashSet<String> lines = new LinkedHashSet<>();
        lines.add(d.getTitle());
        lines.addAll(d.getAliases());
        if (d.getSourceSentence() != null) {
            lines.add(d.getSourceSentence());
        }
        lines.add(kind.getNameVi());
        List<String> topicNames = new ArrayList<>();
        for (TopicAssignment t : d.getTopics()) {
            classification.field(t.getCode()).ifPresent(f -> {
                topicNames.add(f.nameVi());
                if (f.parentCode() != null) {
                    classification.field(f.parentCode()).map(Field::nameVi).ifPresent(topicNames::add);
                }
            });
        }
        lines.add(String.join("; ", new LinkedHashSet<>(topicNames)));
        if (d.getLocality() != null) {
            lines.add(d.getLocality());
        }
        lines.addAll(d.getTags());
        lines.removeIf(String::isBlank);
        return String.join("\n", lines);
    }
}
