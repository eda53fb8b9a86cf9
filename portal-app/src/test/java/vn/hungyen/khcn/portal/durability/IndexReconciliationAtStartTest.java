package vn.hungyen.khcn.portal.durability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.content.service.EditorialItem;
import vn.hungyen.khcn.content.service.EditorialWorkflow;
import vn.hungyen.khcn.content.service.NodeLocks;
import vn.hungyen.khcn.deliverables.service.DeliverableEditing;
import vn.hungyen.khcn.index.search.IndexBootstrap;
import vn.hungyen.khcn.index.search.SearchHit;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchService;
import vn.hungyen.khcn.index.search.SearchSort;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/**
 * The start-up check on what a crash between the database commit and the index commit leaves behind: the same
 * number of items on both sides, yet an edit only the database has, an item only the database has and one only the
 * index has. Counting found nothing to do; the check by version reindexes exactly those.
 */
class IndexReconciliationAtStartTest extends PortalIntegrationTest {

    private static final String EDITOR = "kiem-thu-doi-chieu";

    @Autowired
    private IndexBootstrap bootstrap;
    @Autowired
    private EditorialWorkflow workflow;
    @Autowired
    private DeliverableEditing deliverables;
    @Autowired
    private SearchService search;
    @Autowired
    private EntityManager entityManager;
    @Autowired
    private EntityManagerFactory entityManagerFactory;
    @Autowired
    private NodeLocks locks;
    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void the_start_up_check_reindexes_exactly_the_items_the_index_missed_and_removes_deleted_ones() throws Exception {
        bootstrap.run(null);
        List<EditorialItem> published = workflow.items(null, PublicationState.PUBLISHED);
        EditorialItem edited = published.get(0);
        EditorialItem dropped = published.get(1);
        EditorialItem editedNormally = published.get(2);
        String removedTitle = "Mô hình trồng nhãn hương chi theo tiêu chuẩn VietGAP tại Khoái Châu";
        String removedSlug = deliverables.addDeliverable("21-kh-skhcn/6.3", removedTitle, "procedure", null, 2022,
                List.of("401"), "thử đối chiếu chỉ mục");
        long removedId = findTitle(removedTitle).orElseThrow().id();
        String crashedTitle = edited.title() + " — bản hiệu đính trước sự cố";
        try {
            // Saved and indexed as usual: no difference.
            workflow.edit(editedNormally.id(), editedNormally.version(), editedNormally.title() + " (đã rà soát)",
                    editedNormally.text(), EDITOR);
            // Committed to the database, the process gone before the index commit.
            withoutIndexing(() -> workflow.edit(edited.id(), edited.version(), crashedTitle, edited.text(), EDITOR));
            withoutIndexing(() -> deliverables.removeAddedDeliverable(removedSlug));
            inTransaction(() -> Search.session(entityManager).indexingPlan()
                    .delete(entityManager.find(ContentItem.class, dropped.id())));
            assertThat(findTitle(crashedTitle)).isEmpty();
            assertThat(findTitle(dropped.title())).isEmpty();
            assertThat(findTitle(removedTitle)).isPresent();

            bootstrap.run(null);

            assertThat(bootstrap.lastOutcome()).isEqualTo(
                    new IndexBootstrap.Outcome(false, Set.of(edited.id(), dropped.id()), Set.of(removedId)));
            assertThat(findTitle(crashedTitle)).hasValueSatisfying(hit -> assertThat(hit.id()).isEqualTo(edited.id()));
            assertThat(findTitle(dropped.title())).hasValueSatisfying(
                    hit -> assertThat(hit.id()).isEqualTo(dropped.id()));
            assertThat(findTitle(removedTitle)).isEmpty();
            bootstrap.run(null);
            assertThat(bootstrap.lastOutcome()).isEqualTo(new IndexBootstrap.Outcome(false, Set.of(), Set.of()));
        } finally {
            restoreTitle(edited);
            restoreTitle(editedNormally);
        }
    }

    @Test
    void an_index_whose_documents_an_earlier_version_derived_otherwise_is_rebuilt_at_start() {
        bootstrap.run(null);
        long documents = search.indexedDocumentCount();
        assertThat(search.documentsWithCurrentFields(SearchFields.DERIVATION_CURRENT)).isEqualTo(documents);
        // The next version's start on this version's index (it names tasks otherwise, say): every document is stale,
        // though every item's version agrees with the database's.
        IndexBootstrap nextVersion = new IndexBootstrap(search, entityManagerFactory, locks, Duration.ofMinutes(1),
                "2099-01-01");
        assertThat(search.documentsWithCurrentFields("2099-01-01")).isZero();

        nextVersion.run(null);

        assertThat(nextVersion.lastOutcome().rebuilt()).isTrue();
        assertThat(search.indexedDocumentCount()).isEqualTo(documents);
        assertThat(search.search(SearchRequest.forReaders("nhiệm vụ 5.3", null, 0, 10)).hits())
                .first().satisfies(hit -> assertThat(hit.label()).isEqualTo("5.3"));
        // This version's check on what it wrote itself: nothing to do.
        bootstrap.run(null);
        assertThat(bootstrap.lastOutcome()).isEqualTo(new IndexBootstrap.Outcome(false, Set.of(), Set.of()));
    }

    /** The hit titled exactly {@code title}, drafts included. */
    private java.util.Optional<SearchHit> findTitle(String title) {
        return search.search(new SearchRequest("\"" + title + "\"", null, Map.of(), SearchSort.RELEVANCE, 0, 20, true))
                .hits().stream().filter(hit -> hit.title().equals(title)).findFirst();
    }

    private void withoutIndexing(Runnable work) {
        inTransaction(() -> {
            Search.session(entityManager).indexingPlanFilter(filter -> filter.exclude(ContentItem.class));
            work.run();
        });
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }

    private void restoreTitle(EditorialItem original) {
        EditorialItem now = workflow.item(original.id()).orElseThrow();
        if (!now.title().equals(original.title())) {
            workflow.edit(now.id(), now.version(), original.title(), now.text(), EDITOR);
        }
    }
}
