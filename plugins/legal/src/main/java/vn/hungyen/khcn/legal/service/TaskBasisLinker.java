package vn.hungyen.khcn.legal.service;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.ContentLink;
import vn.hungyen.khcn.content.domain.ContentLink.Provenance;
import vn.hungyen.khcn.content.domain.StandardLinks;
import vn.hungyen.khcn.content.service.ContentLinks;
import vn.hungyen.khcn.legal.domain.Citation;
import vn.hungyen.khcn.legal.domain.CitationExtractor;
import vn.hungyen.khcn.legal.domain.DocumentHeader;
import vn.hungyen.khcn.legal.domain.LegalDocument;
import vn.hungyen.khcn.legal.domain.Relation;
import vn.hungyen.khcn.legal.domain.RelationReader;

/**
 * Căn cứ của nhiệm vụ: links each plan task to the documents it rests on, strongest evidence first —
 * {@code direct} (cited in the task's own row), {@code section} (cited in the narrative solution group its
 * appendix group is described in) and {@code plan} (the plan's preamble, for every task). A task gets one link
 * per document, of the first kind found, so the task page and {@code /api/tasks} list direct links first.
 *
 * <p>Plan items are reached through the core only: the standard links, and which of them are tasks as the plan
 * module publishes it ({@link PlanItems}).
 */
@Service
@Transactional
class TaskBasisLinker {

    static final String KIND_DIRECT = "direct";
    static final String KIND_SECTION = "section";
    /** The plan's preamble (căn cứ of the whole plan): a link kind, spelled like the plan's type code by chance. */
    static final String KIND_PLAN = "plan";

    private final ContentLinks links;
    private final LegalRegistry registry;
    private final PlanItems plans;

    TaskBasisLinker(ContentLinks links, LegalRegistry registry, PlanItems plans) {
        this.links = links;
        this.registry = registry;
        this.plans = plans;
    }

    /**
     * Links every task of a plan to the documents it rests on (creating their entries); returns the number of links
     * added. Only for a plan readers may see ({@link LegalImporter} decides): a draft's citations stay out.
     */
    int linkPlan(ContentItem plan) {
        String planText = plan.getText();
        String province = CitationExtractor.province(CitationExtractor.normalise(planText), null);
        CitationExtractor extractor = new CitationExtractor(province);
        String self = DocumentHeader.read(planText).map(h -> h.number().toString()).orElse(null);
        String normalised = CitationExtractor.normalise(planText);
        List<Citation> preamble = RelationReader.read(normalised, extractor.extract(normalised), self).stream()
                .filter(r -> r.source() == null && r.relation() == Relation.BASIS).map(r -> r.target()).toList();
        LegalRegistry.Tally tally = new LegalRegistry.Tally();
        int added = 0;
        List<ContentItem> tasks = links.to(plan, StandardLinks.PART_OF).stream().map(ContentLink::getSource)
                .filter(plans::isTask).toList();
        for (ContentItem task : tasks) {
            added += link(task, extractor.extract(task.getText()), KIND_DIRECT, self, tally);
            Optional<ContentItem> section = links.from(task, StandardLinks.DESCRIBED_IN).stream()
                    .map(ContentLink::getTarget).findFirst();
            if (section.isPresent()) {
                added += link(task, extractor.extract(section.get().getText()), KIND_SECTION, self, tally);
            }
            added += link(task, preamble, KIND_PLAN, self, tally);
        }
        return added;
    }

    private int link(ContentItem task, List<Citation> citations, String kind, String self, LegalRegistry.Tally tally) {
        int added = 0;
        for (Citation c : citations) {
            if (c.key().equals(self) || !c.resolved()) {
                continue; // a law named without a number the registry knows is shown, never stored as an entry
            }
            LegalDocument doc = registry.ensure(c, null, tally);
            if (links.link(task, doc, StandardLinks.BASIS, kind, Provenance.SOURCE_TEXT, c.sentence())) {
                added++;
            }
        }
        return added;
    }
}
