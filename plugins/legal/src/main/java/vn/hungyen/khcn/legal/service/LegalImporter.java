package vn.hungyen.khcn.legal.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.event.EventListener;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.ContentLink;
import vn.hungyen.khcn.content.domain.ContentLink.Provenance;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.StandardLinks;
import vn.hungyen.khcn.content.service.ContentLinks;
import vn.hungyen.khcn.content.service.ContentStateChanged;
import vn.hungyen.khcn.content.spi.ContentImporter;
import vn.hungyen.khcn.content.spi.ImportReport;
import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.legal.domain.CitationExtractor;
import vn.hungyen.khcn.legal.domain.DocumentHeader;
import vn.hungyen.khcn.legal.domain.Issuers;
import vn.hungyen.khcn.legal.domain.LegalDocument;

/**
 * At every start (after the plan module's importer): the bundled laws in full text, then every plan's own entry
 * and the documents it cites, then each task's legal basis. Idempotent: entries and links already there are
 * left alone. An upload goes to {@link LegalUploads}.
 *
 * <p>A plan counts only while readers may see it: a draft (an editor's upload) gives no entry, cites nothing and
 * founds no task's basis — its number, title and citations would otherwise be public here. An entry this importer
 * made for a plan follows the plan's state: taken back to draft or archived with it (at once, through
 * {@link ContentStateChanged}, and at every start), published again with it.
 */
@Service
public class LegalImporter implements ContentImporter {

    public static final String ID = "legal";
    /** Runs after the plan importer (order 0): it links the plan's tasks. */
    static final int ORDER = 20;
    static final String BUNDLED_LAWS = "classpath*:legal/laws/*.txt";

    private final LegalRegistry registry;
    private final TaskBasisLinker tasks;
    private final ContentItemsByType items;
    private final PlanItems plans;
    private final ContentLinks links;
    private final LegalUploads uploads;

    LegalImporter(LegalRegistry registry, TaskBasisLinker tasks, ContentItemsByType items, PlanItems plans,
            ContentLinks links, LegalUploads uploads) {
        this.registry = registry;
        this.tasks = tasks;
        this.items = items;
        this.plans = plans;
        this.links = links;
        this.uploads = uploads;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "legal.importer.label";
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    @Transactional
    public ImportReport importBundled() {
        LegalRegistry.Tally tally = new LegalRegistry.Tally();
        List<ImportReport.Problem> problems = new ArrayList<>();
        int unchanged = 0;
        for (Resource law : bundledLaws()) {
            if (!importLaw(law, tally, problems)) {
                unchanged++;
            }
        }
        int taskLinks = 0;
        for (ContentItem plan : plans.plans()) {
            taskLinks += followPlan(plan, tally, problems);
        }
        // A repeal comes into force on its date, and a database of an earlier version has no standing yet.
        registry.refreshSuperseded();
        return new ImportReport(ID, "legal/laws + plans", tally.documents + tally.links + taskLinks, unchanged, problems);
    }

    @Override
    public ImportReport importFile(String fileName, InputStream content) throws IOException {
        LegalUploads.Result result = uploads.create(fileName, content);
        return new ImportReport(ID, fileName, result.created() ? 1 : 0, result.created() ? 0 : 1, List.of());
    }

    static List<Resource> bundledLaws() {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(BUNDLED_LAWS))
                    .sorted(Comparator.comparing(r -> String.valueOf(r.getFilename()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled laws", e);
        }
    }

    /** @return whether anything was stored */
    private boolean importLaw(Resource law, LegalRegistry.Tally tally, List<ImportReport.Problem> problems) {
        String text;
        try (InputStream in = law.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled law " + law.getFilename(), e);
        }
        DocumentHeader header = DocumentHeader.read(text).orElse(null);
        if (header == null) {
            problems.add(new ImportReport.Problem(1, String.valueOf(law.getFilename()),
                    Message.of("legal.import.problem.no-number")));
            return false;
        }
        LegalDocument existing = registry.find(header.number().slug()).orElse(null);
        if (existing != null && existing.hasFullText()) {
            return false;
        }
        LegalDocument doc = existing != null ? existing
                : new LegalDocument(header.number(), header.type(), LegalDocument.Origin.BUNDLED);
        if (existing == null) {
            tally.documents++;
        }
        doc.setState(PublicationState.PUBLISHED);
        doc.setFullText(text.strip(), LegalDocument.Origin.BUNDLED);
        registry.completeFromHeader(doc, header.date(), header.title(),
                header.issuer() != null ? header.issuer() : Issuers.fromSymbol(header.number(), null).orElse(null));
        registry.completeEffect(doc, header);
        doc = registry.save(doc);
        registry.relateFromText(doc, text, new CitationExtractor(), tally);
        return true;
    }

    /** An editor moved a plan: its entry, citations and tasks' basis follow now, not at the next start. */
    @EventListener
    void planStateChanged(ContentStateChanged change) {
        if (plans.isPlanType(change.type())) {
            items.findById(change.id())
                    .ifPresent(plan -> followPlan(plan, new LegalRegistry.Tally(), new ArrayList<>()));
        }
    }

    /**
     * A plan readers may see gets its entry, citations and tasks' basis; the entry made for a plan they may not see
     * goes back to the plan's state.
     *
     * @return the number of task links added
     */
    private int followPlan(ContentItem plan, LegalRegistry.Tally tally, List<ImportReport.Problem> problems) {
        if (plan.isVisibleToReaders()) {
            importPlan(plan, tally, problems);
            return tasks.linkPlan(plan);
        }
        for (ContentLink link : links.to(plan, StandardLinks.DESCRIBED_IN)) {
            if (link.getSource() instanceof LegalDocument entry && entry.getOrigin() == LegalDocument.Origin.CONTENT
                    && entry.getState() != plan.getState()) {
                entry.setState(plan.getState());
                registry.save(entry);
            }
        }
        return 0;
    }

    /** The plan's own entry (it is content of the portal: its page is the plan's), its citations and relations. */
    private void importPlan(ContentItem plan, LegalRegistry.Tally tally, List<ImportReport.Problem> problems) {
        DocumentHeader header = DocumentHeader.read(plan.getText()).orElse(null);
        if (header == null) {
            problems.add(new ImportReport.Problem(1, plan.getSlug(), Message.of("legal.import.problem.plan-number")));
            return;
        }
        CitationExtractor extractor = new CitationExtractor(CitationExtractor.province(plan.getText(), null));
        LegalDocument doc = registry.find(header.number().slug()).orElse(null);
        if (doc == null) {
            doc = new LegalDocument(header.number(), header.type(), LegalDocument.Origin.CONTENT);
            tally.documents++;
        }
        if (doc.getOrigin() == LegalDocument.Origin.CONTENT) {
            doc.setState(PublicationState.PUBLISHED); // again, when the plan was taken back to draft and republished
        }
        registry.completeFromHeader(doc, header.date(), plan.getTitle(), Issuers.fromSymbol(header.number(),
                CitationExtractor.province(plan.getText(), null)).orElse(null));
        if (!doc.hasFullText()) {
            doc.setText(LegalRegistry.summary(doc));
        }
        doc = registry.save(doc);
        if (links.link(doc, plan, StandardLinks.DESCRIBED_IN, null, Provenance.IMPORTER, null)) {
            tally.links++;
        }
        registry.relateFromText(doc, plan.getText(), extractor, tally);
    }
}
