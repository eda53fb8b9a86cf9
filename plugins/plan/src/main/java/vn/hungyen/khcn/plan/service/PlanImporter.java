package vn.hungyen.khcn.plan.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.hungyen.khcn.content.intake.BoundedDocumentReader;
import vn.hungyen.khcn.content.intake.OriginalFiles;
import vn.hungyen.khcn.content.intake.UploadedFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.ContentLink;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.StandardLinks;
import vn.hungyen.khcn.content.service.ContentLinks;
import vn.hungyen.khcn.content.domain.Slugs;
import vn.hungyen.khcn.content.spi.ContentImporter;
import vn.hungyen.khcn.content.spi.ImportReport;
import vn.hungyen.khcn.plan.domain.Activity;
import vn.hungyen.khcn.plan.domain.KpiValue;
import vn.hungyen.khcn.plan.domain.Organisation;
import vn.hungyen.khcn.plan.domain.Plan;
import vn.hungyen.khcn.plan.domain.PlanGroup;
import vn.hungyen.khcn.plan.domain.PlanSection;
import vn.hungyen.khcn.plan.domain.PlanTask;
import vn.hungyen.khcn.plan.domain.UnitRole;
import vn.hungyen.khcn.plan.importer.ImportProblem;
import vn.hungyen.khcn.plan.importer.OrganisationRegistry;
import vn.hungyen.khcn.plan.importer.ParsedActivity;
import vn.hungyen.khcn.plan.importer.ParsedGroup;
import vn.hungyen.khcn.plan.importer.ParsedPlan;
import vn.hungyen.khcn.plan.importer.ParsedSection;
import vn.hungyen.khcn.plan.importer.ParsedTask;
import vn.hungyen.khcn.plan.importer.PlanParser;

/**
 * Stores a parsed plan: the plan, its narrative sections, groups, tasks, activities and the units they name.
 * All in one transaction — a plan is stored whole or not at all — and idempotent for the bundled plan.
 */
@Service
@Transactional
public class PlanImporter implements ContentImporter {

    public static final String ID = "plan";
    /** The plan the portal ships with, imported on first start. */
    static final String BUNDLED = "plan/ke-hoach-21-KH-SKHCN-2022.txt";
    private static final int MAX_TITLE = 300;

    private final PlanRepository plans;
    private final PlanSectionRepository sections;
    private final PlanGroupRepository groups;
    private final PlanTaskRepository tasks;
    private final ActivityRepository activities;
    private final OrganisationRepository organisations;
    private final ContentLinks links;
    private final BoundedDocumentReader reader;
    private final OriginalFiles originals;

    PlanImporter(PlanRepository plans, PlanSectionRepository sections, PlanGroupRepository groups,
            PlanTaskRepository tasks, ActivityRepository activities, OrganisationRepository organisations,
            ContentLinks links, BoundedDocumentReader reader, OriginalFiles originals) {
        this.reader = reader;
        this.originals = originals;
        this.plans = plans;
        this.sections = sections;
        this.groups = groups;
        this.tasks = tasks;
        this.activities = activities;
        this.organisations = organisations;
        this.links = links;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "plan.importer.label";
    }

    @Override
    public ImportReport importBundled() {
        String text;
        try (InputStream in = PlanImporter.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled plan " + BUNDLED + " is missing from the module");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return importText(text, BUNDLED, PublicationState.PUBLISHED, true);
    }

    /**
     * Imports an uploaded plan through the portal's one bounded reading path (size, type from the bytes, time and text
     * limits); a Word or OpenDocument table comes out in the export's layout, so both are parsed alike.
     */
    @Override
    public ImportReport importFile(String fileName, InputStream content) {
        try (UploadedFile file = UploadedFile.receive(content, fileName, reader.limits().maxSize().toBytes(),
                originals.uploadDirectory())) {
            return importText(reader.read(file).text(), file.fileName(), PublicationState.DRAFT, false);
        }
    }

    /**
     * Parses and stores a plan given as text in the appendix layout.
     *
     * @param skipExisting whether an already stored plan of the same number is left alone (the bundled plan at
     *                     every start) rather than refused (an editor's upload)
     */
    ImportReport importText(String text, String source, PublicationState state, boolean skipExisting) {
        ParsedPlan parsed = new PlanParser().parse(text);
        if (parsed.header().number() == null || parsed.groups().isEmpty()) {
            throw new PlanImportException("plan.import.error.not-a-plan", source);
        }
        List<ImportReport.Problem> problems = parsed.problems().stream().map(PlanImporter::toProblem).toList();
        if (plans.findByNumber(parsed.header().number()).isPresent()) {
            if (skipExisting) {
                return new ImportReport(ID, source, 0, 1, List.of());
            }
            throw new PlanImportException("plan.import.error.exists", parsed.header().number());
        }
        int created = store(parsed, state);
        return new ImportReport(ID, source, created, 0, problems);
    }

    /** Stores a parsed plan whole, in the caller's transaction; returns how many items it created. */
    int store(ParsedPlan parsed, PublicationState state) {
        var header = parsed.header();
        Plan plan = new Plan(header.number(), header.title() == null ? header.number() : header.title());
        plan.setIssuedOn(header.date());
        plan.setPlace(header.place());
        plan.setIssuer(header.issuer());
        plan.setSigner(header.signer());
        plan.setText(header.fullText());
        plan.setState(state);
        plans.save(plan);
        int created = 1;

        Map<Integer, PlanSection> solutionSections = new HashMap<>();
        for (ParsedSection s : parsed.sections()) {
            PlanSection section = new PlanSection(plan, s.path(), s.heading(), s.level(), s.order());
            section.setText(s.text());
            section.setSolutionGroup(s.solutionGroup());
            section.setState(state);
            sections.save(section);
            structure(section, plan, StandardLinks.PART_OF);
            if (s.solutionGroup() != null) {
                solutionSections.put(s.solutionGroup(), section);
            }
            created++;
        }

        Map<String, Organisation> units = organisationsFor(parsed);
        int taskOrdinal = 0;
        for (ParsedGroup g : parsed.groups()) {
            PlanGroup group = groups.save(new PlanGroup(plan, g.numeral(), g.number(), g.title()));
            for (ParsedTask t : g.tasks()) {
                PlanTask task = new PlanTask(plan, group, t.code(), t.title(), ++taskOrdinal);
                task.setParentCode(t.parentCode());
                task.setTarget(t.target().isEmpty() ? null : t.target().toStorage());
                task.setSourceLine(t.sourceLine());
                task.setText(taskText(t));
                task.setState(state);
                tasks.save(task);
                structure(task, plan, StandardLinks.PART_OF);
                PlanSection described = solutionSections.get(g.number());
                if (described != null) {
                    structure(task, described, StandardLinks.DESCRIBED_IN);
                }
                created++;
                for (ParsedActivity a : t.activities()) {
                    structure(activities.save(activity(task, a, units, state)), task, StandardLinks.PART_OF);
                    created++;
                }
            }
        }
        return created;
    }

    private void structure(ContentItem from, ContentItem to, String type) {
        links.link(from, to, type, null, ContentLink.Provenance.IMPORTER, null);
    }

    private Activity activity(PlanTask task, ParsedActivity a, Map<String, Organisation> units, PublicationState state) {
        Activity activity = new Activity(task, a.ordinal(), activityTitle(task, a));
        activity.setRequirement(a.requirement().isEmpty() ? null : a.requirement().toStorage());
        activity.setTarget(a.target().isEmpty() ? null : a.target().toStorage());
        activity.setTimeframe(a.timeframe().text(), a.timeframe().months(), a.timeframe().recurring(),
                a.timeframe().externallySet());
        activity.setNote(a.note().isBlank() ? null : a.note());
        if (a.deadline() != null) {
            activity.setDeadline(a.deadline().from(), a.deadline().to(), a.deadline().recurring());
        }
        activity.setSourceLine(a.sourceLine());
        a.leadUnits().forEach(u -> activity.addUnit(units.get(u), UnitRole.LEAD));
        a.implementingUnits().forEach(u -> activity.addUnit(units.get(u), UnitRole.IMPLEMENTING));
        a.coordinatingUnits().forEach(u -> activity.addUnit(units.get(u), UnitRole.COORDINATING));
        a.kpis().forEach(k -> activity.addKpi(new KpiValue(k.text(), k.min(), k.max(), k.unit())));
        activity.setText(String.join("\n", Stream.of(a.requirement().plain(), a.target().plain(), a.timeframe().text(),
                String.join(", ", a.leadUnits()), String.join(", ", a.implementingUnits()),
                String.join(", ", a.coordinatingUnits()), a.note()).filter(s -> s != null && !s.isBlank()).toList()));
        activity.setState(state);
        return activity;
    }

    private static String activityTitle(PlanTask task, ParsedActivity a) {
        String text = !a.requirement().isEmpty() ? a.requirement().plain() : a.target().plain();
        if (text.isBlank()) {
            text = task.getCode() + " — " + task.getTitle();
        }
        String firstLine = text.lines().findFirst().orElse(text).strip();
        return firstLine.length() <= MAX_TITLE ? firstLine : firstLine.substring(0, MAX_TITLE - 1).strip() + "…";
    }

    private static String taskText(ParsedTask t) {
        return Stream.concat(Stream.of(t.title(), t.target().plain()),
                        t.activities().stream().flatMap(a -> Stream.of(a.requirement().plain(), a.target().plain())))
                .filter(s -> s != null && !s.isBlank()).distinct().collect(Collectors.joining("\n"));
    }

    /** One stored organisation per canonical unit name the plan uses, created with its known aliases. */
    private Map<String, Organisation> organisationsFor(ParsedPlan parsed) {
        OrganisationRegistry registry = OrganisationRegistry.load();
        Map<String, OrganisationRegistry.Organisation> known = new HashMap<>();
        registry.organisations().forEach(o -> known.put(o.canonicalName(), o));
        Map<String, Organisation> result = new HashMap<>();
        for (String name : parsed.distinctUnits()) {
            OrganisationRegistry.Organisation info = known.get(name);
            Set<String> aliases = info == null ? Set.of() : Set.copyOf(info.aliases());
            Organisation organisation = organisations.findBySlug(Slugs.of(name)).orElseGet(() -> organisations.save(
                    new Organisation(name, info == null ? null : info.shortName(), aliases)));
            organisation.addAliases(aliases);
            result.put(name, organisation);
        }
        return result;
    }

    private static ImportReport.Problem toProblem(ImportProblem p) {
        return new ImportReport.Problem(p.line(), p.text(), p.reason());
    }
}
