package vn.hungyen.khcn.deliverables.service;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.ContentLink.Provenance;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.StandardLinks;
import vn.hungyen.khcn.content.service.ContentLinks;
import vn.hungyen.khcn.content.spi.ContentImporter;
import vn.hungyen.khcn.content.spi.ImportReport;
import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.deliverables.domain.Deliverable;
import vn.hungyen.khcn.deliverables.domain.DeliverableKind;
import vn.hungyen.khcn.deliverables.domain.TopicAssignment;
import vn.hungyen.khcn.deliverables.extraction.DeliverableExtractor;
import vn.hungyen.khcn.deliverables.extraction.ExtractedDeliverable;
import vn.hungyen.khcn.deliverables.extraction.ExtractionRules;
import vn.hungyen.khcn.deliverables.extraction.KindDefinition;
import vn.hungyen.khcn.deliverables.extraction.SubjectMatch;
import vn.hungyen.khcn.deliverables.extraction.TaskExtraction;

/**
 * Reads the deliverables every published plan task names (after the plan is imported) and links each task to
 * them: named results as the task's outputs, a task referring to a kind ("nhãn hiệu của tỉnh đã được bảo
 * hộ") to every deliverable of it, a publication to the procedure it publishes. Idempotent: a deliverable that
 * exists is left as editors may have changed it, a link that exists is not made twice.
 */
@Service
@Transactional
public class DeliverableImporter implements ContentImporter {

    public static final String ID = "deliverables";
    private static final String SOURCE = "plan-task text";

    private final ExtractionRules rules;
    private final DeliverableExtractor extractor;
    private final DeliverableRepository deliverables;
    private final KindRepository kinds;
    private final ContentLinks links;
    private final PlanTasks tasks;
    private final DeliverableTexts texts;

    DeliverableImporter(ExtractionRules rules, DeliverableExtractor extractor, DeliverableRepository deliverables,
            KindRepository kinds, ContentLinks links, PlanTasks tasks, DeliverableTexts texts) {
        this.rules = rules;
        this.extractor = extractor;
        this.deliverables = deliverables;
        this.kinds = kinds;
        this.links = links;
        this.tasks = tasks;
        this.texts = texts;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "deliverables.importer.label";
    }

    /** After the plan (order 0) and the legal documents, so tasks exist to read. */
    @Override
    public int order() {
        return 30;
    }

    @Override
    public ImportReport importBundled() {
        seedKinds();
        int created = 0;
        int unchanged = 0;
        List<ImportReport.Problem> problems = new ArrayList<>();
        Map<ContentItem, TaskExtraction> referring = new HashMap<>();
        for (ContentItem task : tasks.published()) {
            TaskExtraction extraction = extractor.extract(task.getText());
            for (ExtractedDeliverable found : extraction.named()) {
                Deliverable d = deliverables.findBySlug(Deliverable.slugFor(found.title())).orElse(null);
                if (d == null) {
                    d = create(task, found);
                    created++;
                } else {
                    unchanged++;
                }
                KindDefinition kind = rules.requireKind(found.kind());
                links.link(task, d, StandardLinks.OUTPUT, kind.announcement() == KindDefinition.Announcement.VERB
                        ? DeliverableLinks.PUBLISHED : DeliverableLinks.PRODUCED, Provenance.SOURCE_TEXT, found.sentence());
            }
            extraction.groups().stream().filter(g -> g.named() < g.stated()).forEach(g -> problems.add(
                    new ImportReport.Problem(0, g.heading(), Message.of("deliverables.import.problem.count",
                            tasks.code(task), g.stated(), g.named()))));
            if (!extraction.references().isEmpty()) {
                referring.put(task, extraction);
            }
        }
        referring.forEach(this::linkReferences);
        linkPublications();
        return new ImportReport(ID, SOURCE, created, unchanged, problems);
    }

    /** A file is not a source of deliverables: they come from plan tasks (import the plan), editors add the rest. */
    @Override
    public ImportReport importFile(String fileName, InputStream content) {
        return new ImportReport(ID, fileName, 0, 0, List.of(new ImportReport.Problem(0, fileName,
                Message.of("deliverables.import.problem.file"))));
    }

    private void seedKinds() {
        int ordinal = 0;
        for (KindDefinition k : rules.kinds()) {
            ordinal++;
            if (kinds.findById(k.code()).isEmpty()) {
                kinds.save(new DeliverableKind(k.code(), k.nameVi(), k.nameEn(), ordinal, DeliverableKind.Origin.DATA));
            }
        }
    }

    private Deliverable create(ContentItem task, ExtractedDeliverable found) {
        Deliverable d = new Deliverable(found.title(), found.kind(), found.ordinal());
        d.setStatus(found.status());
        d.setYear(tasks.planYear(task).orElse(null));
        d.setResponsibleUnit(tasks.leadUnit(task, found.sentence()).orElse(null));
        d.setSourceSentence(found.sentence());
        d.setAliases(found.aliases());
        d.setRuleTopics(found.topics().stream().map(t -> new TopicAssignment(t.code(), t.rule())).toList());
        List<String> tags = new ArrayList<>(found.tags());
        if (found.place() != null) {
            d.setLocality(found.place().name(), found.place().level(), found.place().rule());
            tags.add(found.place().name());
        }
        d.setTags(tags);
        d.setText(texts.compose(d, kinds.findById(found.kind()).orElseThrow()));
        d.setState(PublicationState.PUBLISHED);
        return deliverables.save(d);
    }

    private void linkReferences(ContentItem task, TaskExtraction extraction) {
        for (TaskExtraction.Reference ref : extraction.references()) {
            for (Deliverable d : deliverables.findByKind(ref.kind())) {
                links.link(task, d, StandardLinks.OUTPUT, ref.relation(), Provenance.SOURCE_TEXT, ref.sentence());
            }
        }
    }

    /** A publication of a procedure links to the procedure whose name holds every word of its subject. */
    private void linkPublications() {
        for (KindDefinition verb : rules.kinds()) {
            if (verb.announcement() != KindDefinition.Announcement.VERB) {
                continue;
            }
            for (Deliverable publication : deliverables.findByKind(verb.code())) {
                for (KindDefinition head : rules.kinds()) {
                    SubjectMatch.subject(publication.getTitle(), head.phrase()).ifPresent(subject -> {
                        for (Deliverable work : deliverables.findByKind(head.code())) {
                            if (SubjectMatch.covers(work.getTitle(), subject)) {
                                links.link(publication, work, DeliverableLinks.PUBLICATION_OF, null, Provenance.IMPORTER,
                                        "mọi từ của “" + subject + "” có trong tên quy trình");
                            }
                        }
                    });
                }
            }
        }
    }
}
