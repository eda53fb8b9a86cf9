package vn.hungyen.khcn.plan.progress;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.ContentLink;
import vn.hungyen.khcn.content.domain.StandardLinks;
import vn.hungyen.khcn.content.service.ContentLinks;
import vn.hungyen.khcn.plan.domain.PlanTask;
import vn.hungyen.khcn.plan.progress.ProgressViews.BasisChange;

/**
 * Căn cứ thay đổi: a task is flagged while a document in its basis has been amended, replaced or repealed (a
 * relation another module recorded as a typed link, {@link StandardLinks#CHANGES_IN_FORCE}) and no editor has said
 * that the task still stands or has been adjusted.
 */
@Service
@Transactional(readOnly = true)
public class BasisChanges {

    private final ProgressRepository repository;
    private final BasisReviewRepository reviews;
    private final ContentLinks links;
    private final Clock clock;

    BasisChanges(ProgressRepository repository, BasisReviewRepository reviews, ContentLinks links, Clock clock) {
        this.repository = repository;
        this.reviews = reviews;
        this.links = links;
        this.clock = clock;
    }

    /** The unanswered basis changes of every visible task of the plan. */
    public List<BasisChange> open(String plan) {
        return open(repository.tasks(plan).stream().filter(ContentItem::isVisibleToReaders).toList());
    }

    /** The unanswered basis changes of one task. */
    public List<BasisChange> open(String plan, String taskCode) {
        return open(repository.tasks(plan).stream().filter(t -> t.getCode().equals(taskCode))
                .filter(ContentItem::isVisibleToReaders).toList());
    }

    private List<BasisChange> open(List<PlanTask> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ContentLink>> basis = links.fromEach(tasks, List.of(StandardLinks.BASIS));
        List<ContentItem> documents = basis.values().stream().flatMap(List::stream).map(ContentLink::getTarget)
                .distinct().toList();
        Map<Long, List<ContentLink>> changes = links.toEach(documents, StandardLinks.CHANGES_IN_FORCE);
        Set<String> answered = new HashSet<>();
        reviews.findByTasks(tasks.stream().map(PlanTask::getId).toList())
                .forEach(r -> answered.add(r.getTaskId() + "/" + r.getLinkId()));
        List<BasisChange> result = new ArrayList<>();
        for (PlanTask task : tasks) {
            for (ContentLink b : basis.getOrDefault(task.getId(), List.of())) {
                for (ContentLink change : changes.getOrDefault(b.getTarget().getId(), List.of())) {
                    if (!answered.contains(task.getId() + "/" + change.getId()) && change.getSource().isPublished()) {
                        result.add(new BasisChange(change.getId(), task.getCode(), task.getTitle(),
                                b.getTarget().getTitle(), change.getSource().getTitle(), change.getLinkType(),
                                change.getCreatedAt()));
                    }
                }
            }
        }
        result.sort(Comparator.comparing(BasisChange::recordedAt).reversed());
        return result;
    }

    /**
     * An editor's answer to one change of a task's basis: the task stands ({@code adjusted == false}) or was
     * adjusted; the flag goes away.
     */
    @Transactional
    public void answer(String plan, String taskCode, long linkId, boolean adjusted, @Nullable String note) {
        Reporter who = Reporter.current();
        who.requireEditor();
        BasisChange change = open(plan, taskCode).stream().filter(c -> c.linkId() == linkId).findFirst()
                .orElseThrow(() -> new ProgressException("plan.progress.error.no-change", taskCode));
        PlanTask task = repository.tasks(plan).stream().filter(t -> t.getCode().equals(change.taskCode())).findFirst()
                .orElseThrow();
        reviews.save(new BasisReview(task.getId(), linkId,
                adjusted ? BasisReview.Decision.ADJUSTED : BasisReview.Decision.CONFIRMED,
                note == null || note.isBlank() ? null : note.strip(), who.username(), clock.instant()));
    }
}
