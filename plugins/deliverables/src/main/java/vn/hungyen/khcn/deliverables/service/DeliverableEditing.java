package vn.hungyen.khcn.deliverables.service;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.ContentLink;
import vn.hungyen.khcn.content.domain.ContentLink.Provenance;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.Slugs;
import vn.hungyen.khcn.content.domain.StandardLinks;
import vn.hungyen.khcn.content.service.ContentLinks;
import vn.hungyen.khcn.deliverables.DeliverablesModule;
import vn.hungyen.khcn.deliverables.domain.Deliverable;
import vn.hungyen.khcn.deliverables.domain.DeliverableKind;
import vn.hungyen.khcn.deliverables.domain.HandoverStatus;
import vn.hungyen.khcn.deliverables.domain.TopicAssignment;
import vn.hungyen.khcn.deliverables.extraction.DeliverableExtractor;
import vn.hungyen.khcn.deliverables.extraction.FieldClassification;
import vn.hungyen.khcn.deliverables.extraction.TopicRule;

/**
 * What editors change: they add kinds, add the deliverables a task states but does not name, and override the
 * topics the rules chose (or give them back to the rules). Every input is checked before anything is written, so
 * a refused change ({@link DeliverableEditException}) leaves nothing half-saved.
 */
@Service
@Transactional
public class DeliverableEditing {

    private static final String ERROR = "deliverables.edit.error.";
    /** The first and last handover year an editor may give: wider than the plans, narrow enough to catch typos. */
    static final int FIRST_YEAR = 1945;
    static final int LAST_YEAR = 2100;

    private final DeliverableRepository deliverables;
    private final KindRepository kinds;
    private final FieldClassification classification;
    private final ContentLinks links;
    private final PlanTasks tasks;
    private final DeliverableTexts texts;
    private final DeliverableExtractor extractor;
    private final EditorLinks editorLinks;

    DeliverableEditing(DeliverableRepository deliverables, KindRepository kinds, FieldClassification classification,
            ContentLinks links, PlanTasks tasks, DeliverableTexts texts, DeliverableExtractor extractor,
            EditorLinks editorLinks) {
        this.deliverables = deliverables;
        this.kinds = kinds;
        this.classification = classification;
        this.links = links;
        this.tasks = tasks;
        this.texts = texts;
        this.extractor = extractor;
        this.editorLinks = editorLinks;
    }

    /** A new kind of deliverable, after the existing ones; a code in use is refused. */
    public void addKind(String code, String nameVi, String nameEn) {
        String c = code.strip();
        if (c.isEmpty()) {
            throw refused("a kind needs a code", "kind-code-empty");
        }
        if (!c.matches("[a-z0-9]+(?:-[a-z0-9]+)*") || c.length() > 64) {
            throw refused("'" + c + "' is not a kind code", "kind-code-invalid", c);
        }
        if (nameVi.isBlank() || nameEn.isBlank()) {
            throw refused("a kind needs a Vietnamese and an English name", "kind-names-empty");
        }
        if (kinds.findById(c).isPresent()) {
            throw refused("the kind '" + c + "' exists", "kind-exists", c);
        }
        int next = kinds.findAllByOrderByOrdinalAscCodeAsc().stream().mapToInt(DeliverableKind::getOrdinal).max()
                .orElse(0) + 1;
        kinds.save(new DeliverableKind(c, nameVi, nameEn, next, DeliverableKind.Origin.EDITOR));
    }

    /** Replaces a deliverable's topics with sectors an editor chose; the note says why, and imports keep them. */
    public void overrideTopics(String slug, List<String> codes, String note) {
        Deliverable d = require(slug);
        List<TopicAssignment> topics = editorTopics(codes, note, true);
        d.setEditorTopics(topics);
        retext(d);
    }

    /**
     * Gives a deliverable's topics back to the rules: they are chosen again from the sentence of the task that names
     * it. A deliverable no task names (one an editor added) has no rules to go back to.
     */
    public void restoreRuleTopics(String slug) {
        Deliverable d = require(slug);
        List<TopicAssignment> chosen = links.to(d, StandardLinks.OUTPUT).stream()
                .filter(l -> l.getProvenance() == Provenance.SOURCE_TEXT).map(ContentLink::getSource)
                .flatMap(task -> extractor.extract(task.getText()).named().stream())
                .filter(found -> Deliverable.slugFor(found.title()).equals(d.getSlug())).findFirst()
                .map(found -> found.topics().stream().map(t -> new TopicAssignment(t.code(), t.rule())).toList())
                .orElseThrow(() -> refused("no task names " + slug + ": its topics come from no rule", "no-rules",
                        d.getTitle()));
        d.returnTopicsToRules(chosen);
        retext(d);
    }

    /** Adds a deliverable the task states but does not name, as the task's output; returns its slug. */
    public String addDeliverable(String taskSlug, String title, String kind, @Nullable HandoverStatus status,
            @Nullable Integer year, List<String> topicCodes, String note) {
        String name = title.strip();
        if (name.isEmpty()) {
            throw refused("a deliverable needs a title", "title-empty");
        }
        String slug = slugOf(name);
        ContentItem task = tasks.published(taskSlug)
                .orElseThrow(() -> refused("no published task " + taskSlug, "task-unknown", taskSlug));
        if (kind.isBlank()) {
            throw refused("a deliverable needs a kind", "kind-empty");
        }
        kinds.findById(kind).orElseThrow(() -> refused("no deliverable kind '" + kind + "'", "kind-unknown", kind));
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw refused("year " + year + " is out of range", "year-invalid", String.valueOf(year),
                    String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        List<TopicAssignment> topics = editorTopics(topicCodes, note, false);
        if (deliverables.findBySlug(slug).isPresent()) {
            throw refused("a deliverable named '" + name + "' exists", "deliverable-exists", name);
        }
        Integer stated = extractor.extract(task.getText()).statedTotal();
        long named = links.from(task, StandardLinks.OUTPUT).stream()
                .filter(l -> DeliverableLinks.PRODUCED.equals(l.getKind())).count();
        if (stated != null && named >= stated) {
            throw refused("task " + taskSlug + " names all " + stated + " it states", "task-complete",
                    tasks.code(task), stated);
        }
        Deliverable d = new Deliverable(name, kind, (int) deliverables.count() + 1);
        d.setStatus(status);
        d.setYear(year);
        if (!topics.isEmpty()) {
            d.setEditorTopics(topics);
        }
        d.setState(PublicationState.PUBLISHED);
        d = deliverables.save(d);
        retext(d);
        links.link(task, d, StandardLinks.OUTPUT, DeliverableLinks.PRODUCED, Provenance.EDITOR, note.strip());
        return d.getSlug();
    }

    /**
     * Removes a deliverable an editor added (a mistake, or a name the source later gives): one a task's text names
     * is the source's, and is refused. Its links go with it.
     */
    public void removeAddedDeliverable(String slug) {
        Deliverable d = require(slug);
        if (d.getSourceSentence() != null || editorLinks.countNotByEditorTo(d) > 0) {
            throw refused(slug + " is named by a task's text", "not-added", d.getTitle());
        }
        editorLinks.deleteTouching(d);
        deliverables.delete(d);
    }

    private List<TopicAssignment> editorTopics(List<String> codes, String note, boolean required) {
        if (required && codes.isEmpty()) {
            throw refused("an override needs at least one topic", "topics-empty");
        }
        for (String code : codes) {
            if (classification.field(code).isEmpty()) {
                throw refused("no S&T field or sector '" + code + "'", "topic-unknown", code);
            }
        }
        if (note.isBlank()) {
            throw refused("a change needs a note saying why", "note-empty");
        }
        return codes.stream().distinct().map(c -> new TopicAssignment(c, TopicRule.ofEditor(note.strip()).toString())).toList();
    }

    private static String slugOf(String title) {
        String slug;
        try {
            slug = Deliverable.slugFor(title);
        } catch (IllegalArgumentException e) {
            throw refused("no slug can be made from '" + title + "'", "title-invalid", title);
        }
        if (slug.equals(DeliverablesModule.EDIT_SEGMENT)) {
            throw refused("'" + title + "' would take the editors' page", "title-invalid", title);
        }
        return Slugs.requireValid(slug);
    }

    private void retext(Deliverable d) {
        d.setText(texts.compose(d, kinds.findById(d.getKind()).orElseThrow()));
    }

    private Deliverable require(String slug) {
        return deliverables.findBySlug(slug)
                .orElseThrow(() -> refused("no deliverable " + slug, "deliverable-unknown", slug));
    }

    private static DeliverableEditException refused(String reason, String key, Object... arguments) {
        return new DeliverableEditException(reason, ERROR + key, arguments);
    }
}
