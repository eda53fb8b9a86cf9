package vn.hungyen.khcn.deliverables.service;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.ContentLink.Provenance;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.StandardLinks;
import vn.hungyen.khcn.content.service.ContentLinks;
import vn.hungyen.khcn.deliverables.domain.Deliverable;
import vn.hungyen.khcn.deliverables.domain.DeliverableKind;
import vn.hungyen.khcn.deliverables.domain.HandoverStatus;
import vn.hungyen.khcn.deliverables.domain.TopicAssignment;
import vn.hungyen.khcn.deliverables.extraction.FieldClassification;

/**
 * What editors change: they add kinds, add the deliverables a task states but does not name, and override the
 * topics the rules chose. The editing screens come with the roles issue; these operations are what they call.
 */
@Service
@Transactional
public class DeliverableEditing {

    private final DeliverableRepository deliverables;
    private final KindRepository kinds;
    private final FieldClassification classification;
    private final ContentLinks links;
    private final ItemsByType items;
    private final DeliverableTexts texts;

    DeliverableEditing(DeliverableRepository deliverables, KindRepository kinds, FieldClassification classification,
            ContentLinks links, ItemsByType items, DeliverableTexts texts) {
        this.deliverables = deliverables;
        this.kinds = kinds;
        this.classification = classification;
        this.links = links;
        this.items = items;
        this.texts = texts;
    }

    /** A new kind of deliverable, after the existing ones; a code in use is refused. */
    public void addKind(String code, String nameVi, String nameEn) {
        if (kinds.findById(code).isPresent()) {
            throw new IllegalArgumentException("the kind '" + code + "' exists");
        }
        int next = kinds.findAllByOrderByOrdinalAscCodeAsc().stream().mapToInt(DeliverableKind::getOrdinal).max()
                .orElse(0) + 1;
        kinds.save(new DeliverableKind(code, nameVi, nameEn, next, DeliverableKind.Origin.EDITOR));
    }

    /** Replaces a deliverable's topics with sectors an editor chose; the note says why, and imports keep them. */
    public void overrideTopics(String slug, List<String> codes, String note) {
        if (codes.isEmpty() || note.isBlank()) {
            throw new IllegalArgumentException("an override needs at least one topic and a note");
        }
        Deliverable d = require(slug);
        d.setEditorTopics(codes.stream().map(c -> new TopicAssignment(classification.require(c).code(),
                "biên tập viên: " + note.strip())).toList());
        retext(d);
    }

    /** Adds a deliverable the task states but does not name, as the task's output; returns its slug. */
    public String addDeliverable(String taskSlug, String title, String kind, @Nullable HandoverStatus status,
            @Nullable Integer year, List<String> topicCodes, String note) {
        ContentItem task = items.findPublished(DeliverableLinks.TASK_TYPE).stream()
                .filter(t -> t.getSlug().equals(taskSlug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no published task " + taskSlug));
        kinds.findById(kind).orElseThrow(() -> new IllegalArgumentException("no deliverable kind '" + kind + "'"));
        if (deliverables.findBySlug(Deliverable.slugFor(title)).isPresent()) {
            throw new IllegalArgumentException("a deliverable named '" + title + "' exists");
        }
        Deliverable d = new Deliverable(title, kind, (int) deliverables.count() + 1);
        d.setStatus(status);
        d.setYear(year);
        if (!topicCodes.isEmpty()) {
            d.setEditorTopics(topicCodes.stream().map(c -> new TopicAssignment(classification.require(c).code(),
                    "biên tập viên: " + note.strip())).toList());
        }
        d.setState(PublicationState.PUBLISHED);
        d = deliverables.save(d);
        retext(d);
        links.link(task, d, StandardLinks.OUTPUT, DeliverableLinks.PRODUCED, Provenance.EDITOR, note);
        return d.getSlug();
    }

    private void retext(Deliverable d) {
        d.setText(texts.compose(d, kinds.findById(d.getKind()).orElseThrow()));
    }

    private Deliverable require(String slug) {
        return deliverables.findBySlug(slug).orElseThrow(() -> new IllegalArgumentException("no deliverable " + slug));
    }
}
