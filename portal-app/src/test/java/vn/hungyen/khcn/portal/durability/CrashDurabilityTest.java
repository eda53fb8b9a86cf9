package vn.hungyen.khcn.portal.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.service.EditorialItem;
import vn.hungyen.khcn.content.service.EditorialWorkflow;
import vn.hungyen.khcn.index.search.IndexBootstrap;
import vn.hungyen.khcn.index.search.IndexHealthIndicator;
import vn.hungyen.khcn.index.search.IndexIntegrity;
import vn.hungyen.khcn.index.search.SearchHit;
import vn.hungyen.khcn.index.search.SearchRequest;
import vn.hungyen.khcn.index.search.SearchService;
import vn.hungyen.khcn.index.search.SearchSort;
import vn.hungyen.khcn.portal.PortalApplication;
import vn.hungyen.khcn.portal.support.SearchBackendUnderTest;

/**
 * A save the portal confirmed ("Đã lưu.") survives the process being killed right after, and the portal starts
 * again whatever state the kill left the index in. The real portal runs in a child JVM ({@link EditsUntilKilled})
 * on its own data directory and saves title edits through the editorial workflow; this test kills it
 * ({@code kill -9}) as soon as it has read the twelfth acknowledgement, damages the commit point ({@code segments_N})
 * of one index on top, and starts the portal again on the same directory (once, for both tests). The H2 default
 * (commits written up to half a second after they are acknowledged) lost the last saves; a damaged
 * {@code segments_N} stopped the start until someone deleted the index by hand.
 */
@Tag(SearchBackendUnderTest.EMBEDDED_INDEX_ONLY)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashDurabilityTest {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 12;
    private static final long PATIENCE_SECONDS = 240;
    /** Put after the child's last line (compared by identity). */
    private static final String END = new String("(end of output)");
    /** The index whose commit point is damaged before the restart: the plans' (the bundled plan's own title). */
    private static final String DAMAGED_INDEX = "Plan";

    private final Path dataDir = Path.of("target", "test-data", "crash-" + UUID.randomUUID()).toAbsolutePath();
    private final List<String> output = new ArrayList<>();
    private Map<Long, Integer> lastAcknowledged = Map.of();
    private ConfigurableApplicationContext restarted;

    @BeforeAll
    void edit_kill_damage_and_restart() throws Exception {
        Files.createDirectories(dataDir);
        lastAcknowledged = editThenKill(dataDir, output);
        assertThat(lastAcknowledged).as("saves acknowledged before the kill, child output: %s", output).isNotEmpty();
        damageCommitPoint(dataDir.resolve("index").resolve(DAMAGED_INDEX));
        restarted = new SpringApplicationBuilder(PortalApplication.class)
                .run("--portal.data-dir=" + dataDir, "--server.port=0");
    }

    @AfterAll
    void stop() {
        if (restarted != null) {
            restarted.close();
        }
    }

    @Test
    void every_save_acknowledged_before_a_kill_is_in_the_database_and_in_search_after_a_restart() {
        EditorialWorkflow workflow = restarted.getBean(EditorialWorkflow.class);
        SearchService search = restarted.getBean(SearchService.class);
        lastAcknowledged.forEach((id, acknowledged) -> {
            EditorialItem stored = workflow.item(id).orElseThrow();
            // A save in flight at the kill may have landed too: never fewer than acknowledged, maybe one more.
            assertThat(saveNumber(stored.title())).as("item %d: %s", id, stored.title())
                    .isGreaterThanOrEqualTo(acknowledged);
            assertThat(find(search, stored.title())).as("search for %s", stored.title())
                    .anySatisfy(hit -> {
                        assertThat(hit.id()).isEqualTo(id);
                        assertThat(hit.title()).isEqualTo(stored.title());
                    });
        });
    }

    @Test
    void a_damaged_segments_file_does_not_stop_the_start_and_that_index_is_rebuilt_from_the_database() {
        assertThat(restarted.getBean(IndexIntegrity.class).damaged()).isEmpty();
        assertThat(restarted.getBean(IndexHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
        EditorialItem plan = restarted.getBean(EditorialWorkflow.class).items("plan", PublicationState.PUBLISHED)
                .getFirst();
        assertThat(restarted.getBean(IndexBootstrap.class).lastOutcome().reindexed()).contains(plan.id());
        assertThat(find(restarted.getBean(SearchService.class), plan.title())).extracting(SearchHit::id)
                .contains(plan.id());
    }

    private static List<SearchHit> find(SearchService search, String title) {
        return search.search(new SearchRequest("\"" + title + "\"", null, Map.of(), SearchSort.RELEVANCE, 0, 20,
                true)).hits();
    }

    /** Inverts bytes in the middle of the index's latest {@code segments_N}. */
    private static void damageCommitPoint(Path index) throws IOException {
        String[] names;
        try (Stream<Path> files = Files.list(index)) {
            names = files.map(f -> f.getFileName().toString()).toArray(String[]::new);
        }
        Path segments = index.resolve(SegmentInfos.getLastCommitSegmentsFileName(names));
        byte[] bytes = Files.readAllBytes(segments);
        for (int i = bytes.length / 2 - 4; i < bytes.length / 2 + 4; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Files.write(segments, bytes);
    }

    /**
     * Starts the editing child, kills it right after its {@value #ACKNOWLEDGED_BEFORE_KILL}th acknowledged save and
     * returns, per item, the number of the last save acknowledged (read up to the kill, then what the pipe still held).
     */
    private static Map<Long, Integer> editThenKill(Path dataDir, List<String> output) throws Exception {
        Path argFile = dataDir.resolve("child.args");
        Files.writeString(argFile, "-cp \"" + System.getProperty("java.class.path") + "\"\n");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Production mode as in the jar, also when the build's frontend token is not in target/classes.
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Dvaadin.productionMode=true",
                "@" + argFile,
                EditsUntilKilled.class.getName(), "--portal.data-dir=" + dataDir, "--server.port=0",
                "--logging.level.root=WARN")
                .redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread pump = Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(output closed: " + e + ")");
            }
            lines.add(END);
        });
        Map<Long, Integer> acknowledged = new LinkedHashMap<>();
        try {
            while (countSaves(output) < ACKNOWLEDGED_BEFORE_KILL) {
                String line = lines.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
                if (line == null || line == END) {
                    break;
                }
                output.add(line);
                record(line, acknowledged);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS);
            pump.join();
        }
        // Printed before the kill but not read yet: acknowledged too.
        for (String line = lines.poll(); line != null && line != END; line = lines.poll()) {
            output.add(line);
            record(line, acknowledged);
        }
        assertThat(countSaves(output)).as("child output: %s", output).isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        return acknowledged;
    }

    private static long countSaves(List<String> output) {
        return output.stream().filter(l -> l.startsWith(EditsUntilKilled.SAVED)).count();
    }

    private static void record(String line, Map<Long, Integer> acknowledged) {
        if (line.startsWith(EditsUntilKilled.SAVED)) {
            String[] parts = line.substring(EditsUntilKilled.SAVED.length()).split(" ", 3);
            acknowledged.put(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
        }
    }

    private static int saveNumber(String title) {
        int at = title.lastIndexOf(EditsUntilKilled.MARK);
        return at < 0 ? 0 : Integer.parseInt(title.substring(at + EditsUntilKilled.MARK.length()));
    }
}
