package vn.hungyen.khcn.plan.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.domain.ContentChanges;
import vn.hungyen.khcn.content.domain.ContentLink;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.StandardLinks;
import vn.hungyen.khcn.content.service.ContentLinks;
import vn.hungyen.khcn.content.service.ContentRegistry;
import vn.hungyen.khcn.content.service.LinkSummary;
import vn.hungyen.khcn.plan.domain.Activity;
import vn.hungyen.khcn.plan.domain.Organisation;
import vn.hungyen.khcn.plan.domain.Plan;
import vn.hungyen.khcn.plan.domain.PlanTask;
import vn.hungyen.khcn.plan.domain.UnitRole;
import vn.hungyen.khcn.plan.importer.StructuredText;
import vn.hungyen.khcn.plan.service.PlanViews.ActivityView;
import vn.hungyen.khcn.plan.service.PlanViews.GroupView;
import vn.hungyen.khcn.plan.service.PlanViews.KpiView;
import vn.hungyen.khcn.plan.service.PlanViews.LinkView;
import org.springframework.beans.factory.ObjectProvider;
import vn.hungyen.khcn.content.spi.ContentRef;
import vn.hungyen.khcn.content.spi.ItemNotes;
import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.plan.service.PlanViews.PlanSummary;
import vn.hungyen.khcn.plan.service.PlanViews.SectionView;
import vn.hungyen.khcn.plan.service.PlanViews.TaskActivity;
import vn.hungyen.khcn.plan.service.PlanViews.TaskView;
import vn.hungyen.khcn.plan.service.PlanViews.UnitWork;

/** Reads published plans for the pages and the API. Drafts are not shown to readers. */
@Service
@Transactional(readOnly = true)
public class PlanCatalog {

    /** Plans whose task lists are kept at once; a reader asking for more only costs reads. */
    private static final int MAX_KEPT = 32;
    private final java.util.Map<String, Kept> kept = new java.util.concurrent.ConcurrentHashMap<>();

    /** The links a task view shows: its legal basis and its outputs. */
    private static final List<String> TASK_LINKS = List.of(StandardLinks.BASIS, StandardLinks.OUTPUT);

    private final PlanRepository plans;
    private final PlanSectionRepository sections;
    private final PlanGroupRepository groups;
    private final PlanTaskRepository tasks;
    private final ActivityRepository activities;
    private final OrganisationRepository organisations;
    private final ContentLinks links;
    private final ContentRegistry registry;
    private final ObjectProvider<ItemNotes> notes;

    PlanCatalog(PlanRepository plans, PlanSectionRepository sections, PlanGroupRepository groups,
            PlanTaskRepository tasks, ActivityRepository activities, OrganisationRepository organisations,
            ContentLinks links, ContentRegistry registry, ObjectProvider<ItemNotes> notes) {
        this.notes = notes;
        this.plans = plans;
        this.sections = sections;
        this.groups = groups;
        this.tasks = tasks;
        this.activities = activities;
        this.organisations = organisations;
        this.links = links;
        this.registry = registry;
    }

    public List<PlanSummary> plans() {
        return plans.findAllNewestFirst().stream().filter(ContentItem::isVisibleToReaders).map(PlanCatalog::summary)
                .toList();
    }

    public Optional<PlanSummary> plan(String slug) {
        return published(slug).map(PlanCatalog::summary);
    }

    /** The published plan named, or the newest when none is named ({@code null}). */
    public Optional<PlanSummary> planOrLatest(@org.jspecify.annotations.Nullable String slug) {
        return slug == null ? latest() : plan(slug);
    }

    /** The newest published plan, the one pages and the API show when none is named. */
    public Optional<PlanSummary> latest() {
        return plans().stream().findFirst();
    }

    public List<SectionView> sections(String planSlug) {
        return published(planSlug).map(plan -> sections.findByPlanOrderByOrdinal(plan).stream()
                .map(s -> new SectionView(s.getPath(), s.getHeading(), s.getText(), s.getLevel(), s.getSolutionGroup()))
                .toList()).orElse(List.of());
    }

    /** Groups I … VIII with their tasks and activities, in the plan's order. */
    public List<GroupView> tree(String planSlug) {
        Optional<Plan> found = published(planSlug);
        if (found.isEmpty()) {
            return List.of();
        }
        Plan plan = found.get();
        Map<Integer, List<TaskView>> byGroup = new LinkedHashMap<>();
        for (TaskView t : taskViews(plan)) {
            byGroup.computeIfAbsent(t.groupNumber(), k -> new ArrayList<>()).add(t);
        }
        return groups.findByPlanOrderByNumber(plan).stream().map(g -> new GroupView(g.getNumeral(), g.getNumber(),
                g.getTitle(), byGroup.getOrDefault(g.getNumber(), List.of()))).toList();
    }

    /**
     * Every published task of the plan, group by group, with its activities, basis and outputs. Kept until the content
     * changes ({@link ContentChanges}): the JSON API answers this list many times for every time it changes.
     */
    public List<TaskView> tasks(String planSlug) {
        long version = ContentChanges.version();
        Kept k = kept.get(planSlug);
        if (k != null && k.version() == version) {
            return k.tasks();
        }
        List<TaskView> read = published(planSlug).map(this::taskViews).orElse(List.of());
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(planSlug, new Kept(version, read));
        return read;
    }

    /** A plan's task list as read under a content version. */
    private record Kept(long version, List<TaskView> tasks) {
    }

    /** One task, its basis with what the basis's module notes about each (a law amended, a decree expired). */
    public Optional<TaskView> task(String planSlug, String code) {
        return published(planSlug).flatMap(plan -> tasks.findByPlanAndCode(plan, code)).filter(ContentItem::isVisibleToReaders)
                .map(t -> {
                    List<LinkSummary> taskLinks = links.summariesFromEach(List.of(t), TASK_LINKS)
                            .getOrDefault(t.getId(), List.of());
                    List<ContentRef> targets = taskLinks.stream().filter(LinkSummary::isTargetPublished)
                            .map(LinkSummary::target).toList();
                    Map<Long, List<Message>> noted = new HashMap<>();
                    notes.orderedStream().forEach(n -> noted.putAll(n.notesFor(targets)));
                    return withSubtitles(t, taskView(t, t.getActivities().stream()
                            .filter(ContentItem::isVisibleToReaders).toList(), taskLinks, noted));
                });
    }

    /** The task an item reference names, as {@link #task(String, String)} shows it; empty for anything else. */
    public Optional<TaskView> task(ContentRef ref) {
        if (!PlanTask.TYPE.equals(ref.type())) {
            return Optional.empty();
        }
        return tasks.findById(ref.id()).flatMap(t -> task(t.getPlan().getSlug(), t.getCode()));
    }

    /** A task's page shows under each basis and output its subtitle (a legal document's trích yếu). */
    private TaskView withSubtitles(PlanTask task, TaskView view) {
        Map<String, String> subtitles = new HashMap<>();
        for (ContentLink l : links.fromEach(List.of(task), TASK_LINKS).getOrDefault(task.getId(), List.of())) {
            String line = l.getTarget().searchSubtitleForReaders();
            if (line != null && !line.isBlank()) {
                registry.pathFor(l.getTarget()).ifPresent(path -> subtitles.put(path, line.strip()));
            }
        }
        java.util.function.UnaryOperator<List<LinkView>> add = list -> list.stream().map(v -> new LinkView(v.title(),
                v.type(), v.kind(), v.path(), v.evidence(), v.path() == null ? null : subtitles.get(v.path()), v.notes()))
                .toList();
        return new TaskView(view.planSlug(), view.code(), view.parentCode(), view.title(), view.groupNumber(),
                view.groupNumeral(), view.groupTitle(), view.target(), view.activities(), add.apply(view.legalBasis()),
                add.apply(view.outputs()));
    }

    /**
     * The tasks of a plan in a fixed number of statements however many tasks it has (the API's list answered in
     * about two hundred when each task read its own activities, units and links): the tasks with their groups,
     * the activities with their tasks and KPIs, their units in one batch, and the links of every task at once.
     */
    private List<TaskView> taskViews(Plan plan) {
        List<PlanTask> published = tasks.findByPlan(plan).stream().filter(ContentItem::isVisibleToReaders).toList();
        Map<Long, List<Activity>> byTask = new HashMap<>();
        for (Activity a : activities.findByPlan(plan).stream().filter(ContentItem::isVisibleToReaders).toList()) {
            byTask.computeIfAbsent(a.getTask().getId(), k -> new ArrayList<>()).add(a);
        }
        Map<Long, List<LinkSummary>> taskLinks = links.summariesFromEach(published, TASK_LINKS);
        return published.stream().map(t -> taskView(t, byTask.getOrDefault(t.getId(), List.of()),
                taskLinks.getOrDefault(t.getId(), List.of()))).toList();
    }

    /** Every unit the plan names, with what it leads, implements and coordinates. */
    public List<UnitWork> units(String planSlug) {
        List<TaskView> all = tasks(planSlug);
        List<UnitWork> result = new ArrayList<>();
        for (Organisation o : organisations.findAllByOrderByName()) {
            List<TaskActivity> leads = involvement(all, o.getName(), UnitRole.LEAD);
            List<TaskActivity> impl = involvement(all, o.getName(), UnitRole.IMPLEMENTING);
            List<TaskActivity> coord = involvement(all, o.getName(), UnitRole.COORDINATING);
            if (!leads.isEmpty() || !impl.isEmpty() || !coord.isEmpty()) {
                result.add(new UnitWork(o.getSlug(), o.getName(), o.getShortName(), List.copyOf(o.getAliases()), leads,
                        impl, coord));
            }
        }
        return result;
    }

    private static List<TaskActivity> involvement(List<TaskView> tasks, String unit, UnitRole role) {
        List<TaskActivity> result = new ArrayList<>();
        for (TaskView t : tasks) {
            for (ActivityView a : t.activities()) {
                List<String> names = switch (role) {
                    case LEAD -> a.leadUnits();
                    case IMPLEMENTING -> a.implementingUnits();
                    case COORDINATING -> a.coordinatingUnits();
                };
                if (names.contains(unit)) {
                    result.add(new TaskActivity(t.code(), t.title(), a.ordinal(), a.requirement().plain(),
                            a.timeframeText()));
                }
            }
        }
        return result;
    }

    private Optional<Plan> published(String slug) {
        return plans.findBySlug(slug).filter(p -> p.getState() == PublicationState.PUBLISHED);
    }

    private TaskView taskView(PlanTask t, List<Activity> acts, List<LinkSummary> taskLinks) {
        return taskView(t, acts, taskLinks, Map.of());
    }

    private TaskView taskView(PlanTask t, List<Activity> acts, List<LinkSummary> taskLinks,
            Map<Long, List<Message>> noted) {
        return new TaskView(t.getPlan().getSlug(), t.getCode(), t.getParentCode(), t.getTitle(),
                t.getGroup().getNumber(), t.getGroup().getNumeral(), t.getGroup().getTitle(), structured(t.getTarget()),
                acts.stream().map(PlanCatalog::activityView).toList(), links(taskLinks, StandardLinks.BASIS, noted),
                links(taskLinks, StandardLinks.OUTPUT, noted));
    }

    private List<LinkView> links(List<LinkSummary> taskLinks, String type, Map<Long, List<Message>> noted) {
        // A link to a draft or archived item is not shown: readers must not learn of it.
        return taskLinks.stream().filter(l -> l.linkType().equals(type) && l.isTargetPublished())
                .map(l -> linkView(l, noted.getOrDefault(l.targetId(), List.of()))).toList();
    }

    private LinkView linkView(LinkSummary l, List<Message> notes) {
        return new LinkView(l.targetTitle(), l.targetType(), l.kind(), registry.pathFor(l.target()).orElse(null),
                l.evidence(), null, notes);
    }

    private static ActivityView activityView(Activity a) {
        return new ActivityView(a.getOrdinal(), structured(a.getRequirement()), structured(a.getTarget()),
                a.getTimeframeText(), a.getMonths(), a.isRecurring(), a.isExternallySet(), names(a, UnitRole.LEAD),
                names(a, UnitRole.IMPLEMENTING), names(a, UnitRole.COORDINATING), a.getNote(),
                a.getKpis().stream().map(k -> new KpiView(k.getText(), k.getMin(), k.getMax(), k.getUnit())).toList(),
                a.getSourceLine());
    }

    private static List<String> names(Activity a, UnitRole role) {
        return a.unitsIn(role).stream().map(Organisation::getName).toList();
    }

    private static StructuredText structured(String stored) {
        return stored == null ? StructuredText.fromStorage("") : StructuredText.fromStorage(stored);
    }

    private static PlanSummary summary(Plan p) {
        return new PlanSummary(p.getSlug(), p.getNumber(), p.getIssuedOn(), p.getTitle(), p.getIssuer(), p.getSigner());
    }
}
