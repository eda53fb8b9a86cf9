package vn.hungyen.khcn.portal.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import vn.hungyen.khcn.content.testing.DamagedFiles;
import vn.hungyen.khcn.index.search.IndexHealthIndicator;
import vn.hungyen.khcn.index.search.IndexIntegrity;
import vn.hungyen.khcn.index.search.IndexRebuildingException;
import vn.hungyen.khcn.index.search.IndexRebuilds;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchService;
import vn.hungyen.khcn.index.search.SearchTypeAliases;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;
import vn.hungyen.khcn.portal.support.SearchBackendUnderTest;

/**
 * The index is derived data: damaged on disk, it is found damaged (health DOWN), rebuilt from the database without
 * anyone touching it, and answers again with what it answered before. Readers meanwhile are told it is being rebuilt.
 */
@Tag(SearchBackendUnderTest.EMBEDDED_INDEX_ONLY)
class IndexSelfHealingTest extends PortalIntegrationTest {

    @Autowired
    private IndexHealthIndicator health;
    @Autowired
    private IndexRebuilds rebuilds;
    @Autowired
    private IndexIntegrity integrity;
    @Autowired
    private SearchService search;
    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Test
    void a_segment_file_damaged_on_disk_turns_health_down_until_the_index_is_rebuilt_from_the_database()
            throws IOException {
        long before = search.search(SearchRequest.forReaders("khoa học công nghệ", null, 0, 10)).total();
        Path damaged = largestSegmentFile();
        DamagedFiles.flipMiddleBytes(damaged);

        Health down = health.health();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails()).containsEntry("rebuilding", true);
        assertThat(down.getDetails().get("damaged").toString()).contains(damaged.getParent().getFileName().toString());

        rebuilds.schedule("the test waits for the rebuild the health check started").join();

        assertThat(integrity.damaged()).isEmpty();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(search.search(SearchRequest.forReaders("khoa học công nghệ", null, 0, 10)).total())
                .isEqualTo(before).isPositive();
    }

    @Test
    void while_the_index_is_rebuilt_a_search_is_told_so_and_answers_again_once_it_is_done() {
        List<Runnable> held = new ArrayList<>();
        IndexRebuilds heldRebuilds = new IndexRebuilds(entityManagerFactory, held::add);
        SearchService searchDuringRebuild = new SearchService(entityManagerFactory, SearchTypeAliases.CODES_ONLY,
                heldRebuilds, integrity);
        var rebuild = heldRebuilds.schedule("a rebuild the test holds back");

        assertThatThrownBy(() -> searchDuringRebuild.search(SearchRequest.forReaders("khoa học", null, 0, 10)))
                .isInstanceOf(IndexRebuildingException.class);

        held.forEach(Runnable::run);
        assertThat(rebuild).isCompleted();
        assertThat(searchDuringRebuild.search(SearchRequest.forReaders("khoa học", null, 0, 10)).total()).isPositive();
    }

    /** The largest compound segment file of the portal's index (the bundled plan's activities or tasks). */
    private static Path largestSegmentFile() throws IOException {
        try (Stream<Path> files = Files.walk(DATA_DIR.resolve("index"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".cfs"))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
    }
}
