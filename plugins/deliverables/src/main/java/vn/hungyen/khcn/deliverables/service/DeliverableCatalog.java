package vn.hungyen.khcn.deliverables.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.ContentLink;
import vn.hungyen.khcn.content.domain.StandardLinks;
import vn.hungyen.khcn.content.service.ContentLinks;
import vn.hungyen.khcn.content.service.ContentRegistry;
import vn.hungyen.khcn.deliverables.DeliverablesModule;
import vn.hungyen.khcn.deliverables.domain.Deliverable;
import vn.hungyen.khcn.deliverables.domain.DeliverableKind;
import vn.hungyen.khcn.deliverables.domain.TopicAssignment;
import vn.hungyen.khcn.deliverables.extraction.DeliverableExtractor;
import vn.hungyen.khcn.deliverables.extraction.Field;
import vn.hungyen.khcn.deliverables.extraction.FieldClassification;
import vn.hungyen.khcn.deliverables.extraction.TaskExtraction;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.DeliverableCard;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.DeliverableDetail;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.GroupCoverage;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.ItemLink;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.KindCount;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.KindView;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.LocalityCount;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.TaskCoverage;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.TaskLink;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.TopicNode;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.TopicView;

/** Reads published deliverables for the pages and the API: filters, the topic tree, counts and coverage. */
@Service
@Transactional(readOnly = true)
public class DeliverableCatalog {

    private static final int RELATED = 6;

    private final DeliverableRepository deliverables;
    private final KindRepository kinds;
    private final FieldClassification classification;
    private final ContentLinks links;
    private final ContentRegistry registry;
    private final PlanTasks tasks;
    private final DeliverableExtractor extractor;

    DeliverableCatalog(DeliverableRepository deliverables, KindRepository kinds, FieldClassification classification,
            ContentLinks links, ContentRegistry registry, PlanTasks tasks, DeliverableExtractor extractor) {
        this.deliverables = deliverables;
        this.kinds = kinds;
        this.classification = classification;
        this.links = links;
        this.registry = registry;
        this.tasks = tasks;
        this.extractor = extractor;
    }

    /** Published deliverables in a topic (a field takes its sectors), of a kind, in a locality; null means any. */
    public List<DeliverableCard> find(@Nullable String topic, @Nullable String kind, @Nullable String locality) {
        Map<String, KindView> kindViews = kindViews();
        List<Deliverable> found = published().stream()
                .filter(d -> topic == null || d.getTopics().stream().anyMatch(t -> classification.isWithin(t.getCode(), topic)))
                .filter(d -> kind == null || kind.equals(d.getKind()))
                .filter(d -> locality == null || locality.equals(d.getLocality()))
                .toList();
        return cards(found, kindViews);
    }

    public List<DeliverableCard> all() {
        return find(null, null, null);
    }

    public Optional<TopicView> topic(String code) {
        return classification.field(code).map(f -> topicView(f, null));
    }

    /** The 6 fields with their sectors, each with the number of published deliverables in it. */
    public List<TopicNode> topicTree() {
        List<Deliverable> all = published();
        List<TopicNode> tree = new ArrayList<>();
        for (Field field : classification.fields()) {
            List<TopicNode> sectors = classification.sectorsOf(field.code()).stream()
                    .map(s -> new TopicNode(s.code(), s.nameVi(), s.nameEn(), count(all, s.code()), List.of())).toList();
            tree.add(new TopicNode(field.code(), field.nameVi(), field.nameEn(), count(all, field.code()), sectors));
        }
        return tree;
    }

    /** Every kind, editors' included, with its count of published deliverables. */
    public List<KindCount> kinds() {
        Map<String, Long> counts = published().stream().collect(Collectors.groupingBy(Deliverable::getKind,
                Collectors.counting()));
        return kinds.findAllByOrderByOrdinalAscCodeAsc().stream()
                .map(k -> new KindCount(kindView(k), counts.getOrDefault(k.getCode(), 0L))).toList();
    }

    public Optional<KindView> kind(String code) {
        return kinds.findById(code).map(DeliverableCatalog::kindView);
    }

    /** Localities the deliverables name, most deliverables first. */
    public List<LocalityCount> localities() {
        Map<String, List<Deliverable>> byName = published().stream().filter(d -> d.getLocality() != null)
                .collect(Collectors.groupingBy(Deliverable::getLocality, LinkedHashMap::new, Collectors.toList()));
        return byName.entrySet().stream()
                .map(e -> new LocalityCount(e.getKey(), e.getValue().getFirst().getLocalityLevel(), e.getValue().size()))
                .sorted(Comparator.comparingLong(LocalityCount::count).reversed().thenComparing(LocalityCount::name))
                .toList();
    }

    /** For each task that states or names deliverables: how many it states and how many are named (linked). */
    public List<TaskCoverage> coverage() {
        Map<String, KindView> kindViews = kindViews();
        List<TaskCoverage> result = new ArrayList<>();
        for (ContentItem task : tasks.published()) {
            if (!task.isVisibleToReaders()) {
                continue; // a published task of a draft plan
            }
            TaskExtraction extraction = extractor.extract(task.getText());
            if (extraction.statedTotal() == null && extraction.groups().isEmpty()) {
                continue;
            }
            List<ContentItem> produced = links.from(task, StandardLinks.OUTPUT).stream()
                    .filter(l -> DeliverableLinks.PRODUCED.equals(l.getKind())).map(ContentLink::getTarget).toList();
            List<GroupCoverage> groups = extraction.groups().stream().map(g -> new GroupCoverage(
                    kindViews.getOrDefault(g.kind(), new KindView(g.kind(), g.kind(), g.kind())), g.stated(),
                    (int) produced.stream().filter(i -> i instanceof Deliverable d && d.getKind().equals(g.kind())).count()))
                    .toList();
            result.add(new TaskCoverage(task.getSlug(), tasks.code(task), task.getTitle(), registry.pathFor(task).orElse(null),
                    extraction.statedTotal(), produced.size(), groups));
        }
        return result;
    }

    public Optional<DeliverableDetail> deliverable(String slug) {
        return deliverables.findBySlug(slug).filter(ContentItem::isVisibleToReaders).map(this::detail);
    }

    private DeliverableDetail detail(Deliverable d) {
        Map<String, KindView> kindViews = kindViews();
        List<TaskLink> taskLinks = links.to(d, StandardLinks.OUTPUT).stream()
                .filter(l -> tasks.isTask(l.getSource()) && l.getSource().isVisibleToReaders())
                .map(l -> new TaskLink(tasks.code(l.getSource()), l.getSource().getTitle(),
                        registry.pathFor(l.getSource()).orElse(null), l.getKind(), l.getEvidence(),
                        links.from(l.getSource(), StandardLinks.BASIS).stream()
                                .filter(b -> b.getTarget().isVisibleToReaders())
                                .map(b -> itemLink(b.getTarget(), b))
                                .toList()))
                .toList();
        List<ItemLink> publishes = links.from(d, DeliverableLinks.PUBLICATION_OF).stream()
                .filter(l -> l.getTarget().isVisibleToReaders()).map(l -> itemLink(l.getTarget(), l)).toList();
        List<ItemLink> publishedAs = links.to(d, DeliverableLinks.PUBLICATION_OF).stream()
                .filter(l -> l.getSource().isVisibleToReaders()).map(l -> itemLink(l.getSource(), l)).toList();
        Set<String> sectors = d.getTopics().stream().map(TopicAssignment::getCode).collect(Collectors.toSet());
        List<Deliverable> related = published().stream().filter(o -> !o.getSlug().equals(d.getSlug()))
                .filter(o -> o.getTopics().stream().anyMatch(t -> sectors.contains(t.getCode())))
                .sorted(Comparator.comparing((Deliverable o) -> !o.getKind().equals(d.getKind())))
                .limit(RELATED).toList();
        return new DeliverableDetail(cards(List.of(d), kindViews).getFirst(), d.getSourceSentence(),
                d.getResponsibleUnit(),
                d.getReceivingOrganisation(), d.getLocalityRule(), d.isTopicsByEditor(), taskLinks, publishes, publishedAs,
                cards(related, kindViews));
    }

    private ItemLink itemLink(ContentItem target, ContentLink link) {
        return new ItemLink(target.getTitle(), registry.pathFor(target).orElse(null), link.getKind(), link.getEvidence());
    }

    /** The cards of a list of deliverables, the tasks they come from read in one statement for the whole list. */
    private List<DeliverableCard> cards(List<Deliverable> list, Map<String, KindView> kindViews) {
        Map<Long, List<ContentLink>> outputOf = links.toEach(list, List.of(StandardLinks.OUTPUT));
        return list.stream().map(d -> card(d, kindViews, outputOf.getOrDefault(d.getId(), List.of()))).toList();
    }

    private DeliverableCard card(Deliverable d, Map<String, KindView> kindViews, List<ContentLink> outputOf) {
        List<String> taskCodes = outputOf.stream()
                .filter(l -> tasks.isTask(l.getSource()) && l.getSource().isVisibleToReaders())
                .map(l -> tasks.code(l.getSource())).distinct().toList();
        List<TopicView> topics = d.getTopics().stream()
                .map(t -> classification.field(t.getCode()).map(f -> topicView(f, t.getRule())).orElse(null))
                .filter(Objects::nonNull).toList();
        return new DeliverableCard(d.getSlug(), DeliverablesModule.deliverablePath(d.getSlug()), d.getTitle(),
                kindViews.getOrDefault(d.getKind(), new KindView(d.getKind(), d.getKind(), d.getKind())), topics,
                taskCodes, d.getStatus(), d.getYear(), d.getLocality(), d.getLocalityLevel(), d.getTags(),
                d.getAliases());
    }

    private long count(List<Deliverable> all, String code) {
        return all.stream().filter(d -> d.getTopics().stream().anyMatch(t -> classification.isWithin(t.getCode(), code)))
                .count();
    }

    private List<Deliverable> published() {
        return deliverables.findAllOrdered().stream().filter(ContentItem::isVisibleToReaders).toList();
    }

    private Map<String, KindView> kindViews() {
        return kinds.findAllByOrderByOrdinalAscCodeAsc().stream().map(DeliverableCatalog::kindView)
                .collect(Collectors.toMap(KindView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static KindView kindView(DeliverableKind k) {
        return new KindView(k.getCode(), k.getNameVi(), k.getNameEn());
    }

    private static TopicView topicView(Field f, @Nullable String rule) {
        return new TopicView(f.code(), f.nameVi(), f.nameEn(), rule);
    }
}
