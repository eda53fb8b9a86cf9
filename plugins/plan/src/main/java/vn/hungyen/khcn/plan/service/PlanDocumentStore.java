package vn.hungyen.khcn.plan.service;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.spi.DocumentStore;
import vn.hungyen.khcn.content.spi.IntakeReading;
import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.plan.domain.Plan;
import vn.hungyen.khcn.plan.importer.OrganisationRegistry;
import vn.hungyen.khcn.plan.importer.ParsedPlan;
import vn.hungyen.khcn.plan.intake.FindingsPlan;

/**
 * Lưu kế hoạch từ văn bản tải lên: stores a document with tasks as a draft plan — groups, tasks and one activity per
 * task with its units, deadline, outputs and targets — through the same store as the bundled plan's import.
 */
@Service
public class PlanDocumentStore implements DocumentStore {

    public static final String ID = "plan";
    /** Any document with a task is a plan before it is anything else (a legal store answers low for any number). */
    static final int FIT = 100;
    private static final String ROUTE_ROOT = "ke-hoach/";

    private final PlanImporter importer;
    private final PlanRepository plans;
    private final OrganisationRegistry registry = OrganisationRegistry.load();

    PlanDocumentStore(PlanImporter importer, PlanRepository plans) {
        this.importer = importer;
        this.plans = plans;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int fit(IntakeReading reading) {
        return reading.tasks().stream().anyMatch(t -> !t.group()) ? FIT : 0;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredDocument store(IntakeReading reading, OriginalKeeper originals, @Nullable String editor) {
        ParsedPlan parsed = FindingsPlan.of(reading, registry);
        String number = parsed.header().number();
        if (number == null) {
            throw new DocumentRefusedException(Message.of("plan.intake.error.no-number", reading.document().fileName()));
        }
        if (plans.findByNumber(number).isPresent()) {
            throw new DocumentRefusedException(Message.of("plan.intake.error.exists", number));
        }
        if (parsed.allTasks().isEmpty()) {
            throw new DocumentRefusedException(Message.of("plan.intake.error.no-tasks", reading.document().fileName()));
        }
        importer.store(parsed, PublicationState.DRAFT);
        Plan plan = plans.findByNumber(number).orElseThrow();
        plan.setOriginalPath(originals.keep(ID, plan.getSlug(), reading.original()));
        return new StoredDocument(Plan.TYPE, plan.getSlug(), PublicationState.DRAFT.name(), ROUTE_ROOT + plan.getSlug());
    }
}
