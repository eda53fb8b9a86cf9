package vn.hungyen.khcn.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.hungyen.khcn.content.testing.OpenSearchAvailable;
import vn.hungyen.khcn.portal.persistence.MariaDbAvailable;
import vn.hungyen.khcn.portal.support.MultipartBody;

/**
 * Two portal processes on one MariaDB database and one OpenSearch index, as docs/several-nodes.md runs them: search
 * backend {@code opensearch}, {@code outbox-polling} coordination, a data directory each and one shared directory.
 * A decision uploaded on one node and published on the other is found by search on both and its original is served
 * by both; unpublished on one, it is gone from the other's search; and the second node to start did not import the
 * bundled content again. The nodes are {@link PortalNode} child JVMs on the test classpath. Skipped with a message without MariaDB or OpenSearch, except
 * under {@code CI=true} ({@link MariaDbAvailable}, {@link OpenSearchAvailable}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith({MariaDbAvailable.class, OpenSearchAvailable.class})
class TwoNodesTest {

    private static final Duration START_PATIENCE = Duration.ofSeconds(240);
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String ADMIN = "quan-tri-hai-nut";
    private static final String PASSWORD = "mat-khau-hai-nut-2026";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Put after a node's last line (compared by identity). */
    private static final String END = new String("(end of output)");

    private final Path root = Path.of("target", "test-data", "two-nodes-" + UUID.randomUUID()).toAbsolutePath();
    private final String indexPrefix = "nodes-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private Node a;
    private Node b;

    /**
     * On a new database and index the first node starts alone, as docs/several-nodes.md says: OpenSearch refuses the
     * second of two creations of one index, so two first starts at once would stop one of them.
     */
    @BeforeAll
    void start_node_a_then_node_b() throws Exception {
        MariaDbOutboxCoordinationTest.MariaDb.clean();
        Files.createDirectories(root);
        Path argFile = root.resolve("java.args");
        Files.writeString(argFile, "-cp \"" + System.getProperty("java.class.path") + "\"\n");
        a = Node.start("a", argFile, root, indexPrefix, List.of("--portal.admin.username=" + ADMIN,
                "--portal.admin.password=" + PASSWORD));
        a.awaitReady();
        b = Node.start("b", argFile, root, indexPrefix, List.of());
        b.awaitReady();
    }

    @AfterAll
    void stop_both_and_drop_the_indexes() throws Exception {
        for (Node node : new Node[] {a, b}) {
            if (node != null) {
                node.stop();
            }
        }
        HTTP.send(HttpRequest.newBuilder(URI.create(OpenSearchAvailable.url() + "/" + indexPrefix + "*")).DELETE()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_decision_uploaded_and_published_on_one_node_is_found_on_the_other_and_unpublished_there_it_is_gone()
            throws Exception {
        String decision = """
                SỞ KHOA HỌC VÀ CÔNG NGHỆ
                Số: 41/QĐ-SKHCN
                Hưng Yên, ngày 12 tháng 3 năm 2026
                QUYẾT ĐỊNH
                Về việc triển khai mô hình trồng rau thủy canh tại xã Phụng Công
                Điều 1. Triển khai mô hình trồng rau thủy canh hồi lưu tại xã Phụng Công, huyện Văn Giang.""";
        byte[] original = decision.getBytes(StandardCharsets.UTF_8);
        JsonNode stored = upload(b, "qd-41-thuy-canh.txt", original);
        String slug = stored.path("slug").asText();
        assertThat(stored.path("state").asText()).isEqualTo("DRAFT");
        assertThat(search(a, "thủy canh Phụng Công").path("total").asLong()).as("a draft is found by no reader")
                .isZero();

        assertThat(a.command("publish legal-document " + slug)).isEqualTo(PortalNode.DONE + slug + " PUBLISHED");
        JsonNode onB = until(b, "rau thuy canh", r -> hits(r, slug));
        // A legal document's title is its number; its trích yếu is the line under it.
        assertThat(onB.path("hits").get(0).path("title").asText()).isEqualTo("41/QĐ-SKHCN");
        assertThat(onB.path("hits").get(0).path("subtitle").asText()).contains("rau thủy canh", "Phụng Công");
        until(a, "thủy canh Phụng Công", r -> hits(r, slug));
        // The original was written by B into the shared directory; A serves it.
        HttpResponse<byte[]> fromA = HTTP.send(HttpRequest.newBuilder(
                a.uri("/api/legal-documents/" + slug + "/original")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(fromA.statusCode()).isEqualTo(200);
        assertThat(fromA.body()).isEqualTo(original);

        assertThat(b.command("unpublish legal-document " + slug)).isEqualTo(PortalNode.DONE + slug + " DRAFT");
        until(a, "thủy canh Phụng Công", r -> r.path("total").asLong() == 0);
        until(b, "thủy canh Phụng Công", r -> r.path("total").asLong() == 0);
    }

    @Test
    void an_upload_on_node_a_published_on_node_b_is_searchable_on_both() throws Exception {
        String decision = """
                SỞ KHOA HỌC VÀ CÔNG NGHỆ
                Số: 42/QĐ-SKHCN
                Hưng Yên, ngày 20 tháng 3 năm 2026
                QUYẾT ĐỊNH
                Về việc thành lập Hội đồng tư vấn đánh giá giống nhãn lồng Hưng Yên
                Điều 1. Thành lập Hội đồng tư vấn đánh giá giống nhãn lồng.""";
        String slug = upload(a, "qd-42-nhan-long.txt", decision.getBytes(StandardCharsets.UTF_8)).path("slug").asText();

        assertThat(b.command("publish legal-document " + slug)).isEqualTo(PortalNode.DONE + slug + " PUBLISHED");

        until(a, "nhãn lồng", r -> hits(r, slug));
        until(b, "nhan long", r -> hits(r, slug));
    }

    @Test
    void the_second_node_finds_the_bundled_plan_imported_and_imports_nothing() {
        assertThat(planImport(a)).doesNotContain(": 0 created").contains(" 0 unchanged");
        assertThat(planImport(b)).contains(": 0 created").doesNotContain(" 0 unchanged");
    }

    /** The node's log line of the bundled plan's import ("… N created, M unchanged, P problems"). */
    private static String planImport(Node node) {
        return node.output().stream().filter(l -> l.contains("Bundled content plan from")).findFirst()
                .orElseThrow(() -> new AssertionError("node " + node.name + " logged no import of the plan"));
    }

    private static boolean hits(JsonNode result, String slug) {
        for (JsonNode hit : result.path("hits")) {
            if (hit.path("url").asText().endsWith("/" + slug)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode upload(Node node, String fileName, byte[] content) throws Exception {
        HttpResponse<String> answer = HTTP.send(MultipartBody.file(fileName, content)
                .post(HttpRequest.newBuilder(node.uri("/api/documents")))
                .header("Authorization", MultipartBody.basic(ADMIN, PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).path("stored");
    }

    private static JsonNode search(Node node, String query) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(node.uri("/api/search?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** Searches on the node until the answer satisfies the condition ({@link #PATIENCE} at most). */
    private static JsonNode until(Node node, String query, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode last = search(node, query);
        while (!condition.test(last)) {
            assertThat(System.nanoTime()).as("search for %s on node %s within %s, last answer %s", query, node.name,
                    PATIENCE, last).isLessThan(deadline);
            Thread.sleep(200);
            last = search(node, query);
        }
        return last;
    }

    /** A portal node in a child JVM, its output kept, its commands sent on its input. */
    private record Node(String name, int port, Process process, List<String> output, BlockingQueue<String> lines,
            Writer commands) {

        static Node start(String name, Path argFile, Path root, String indexPrefix, List<String> extra)
                throws IOException {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Dvaadin.productionMode=true",
                    "@" + argFile, PortalNode.class.getName(),
                    "--server.port=" + port,
                    "--portal.data-dir=" + root.resolve(name),
                    "--portal.shared-dir=" + root.resolve("shared"),
                    "--spring.profiles.active=mariadb",
                    "--spring.datasource.url=" + MariaDbAvailable.url(),
                    "--spring.datasource.username=" + MariaDbAvailable.user(),
                    "--spring.datasource.password=" + MariaDbAvailable.password(),
                    "--portal.search.backend=opensearch",
                    "--portal.search.opensearch.url=" + OpenSearchAvailable.url(),
                    "--portal.search.opensearch.index-prefix=" + indexPrefix,
                    "--portal.cluster.coordination=outbox-polling",
                    "--logging.level.root=WARN",
                    "--logging.level.vn.hungyen.khcn.content.service=INFO"));
            command.addAll(extra);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> output = new CopyOnWriteArrayList<>();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread.ofVirtual().start(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        output.add(line);
                        lines.add(line);
                    }
                } catch (IOException e) {
                    output.add("(output closed: " + e + ")");
                }
                lines.add(END);
            });
            return new Node(name, port, process, output, lines,
                    new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        }

        URI uri(String pathAndQuery) {
            return URI.create("http://localhost:" + port + pathAndQuery);
        }

        void awaitReady() throws InterruptedException {
            nextLine(l -> l.equals(PortalNode.READY), START_PATIENCE);
        }

        /** Sends a command and returns the node's answer to it. */
        String command(String line) throws IOException, InterruptedException {
            commands.write(line + "\n");
            commands.flush();
            return nextLine(l -> l.startsWith(PortalNode.DONE) || l.startsWith(PortalNode.FAILED), PATIENCE);
        }

        private String nextLine(Predicate<String> wanted, Duration patience) throws InterruptedException {
            long deadline = System.nanoTime() + patience.toNanos();
            while (true) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertThat(line).as("node %s within %s (alive: %s), its output: %s", name, patience,
                        process.isAlive(), String.join("\n", output)).isNotNull().isNotSameAs(END);
                if (wanted.test(line)) {
                    return line;
                }
            }
        }

        void stop() throws InterruptedException {
            try {
                commands.write("stop\n");
                commands.flush();
            } catch (IOException e) {
                // already gone
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }

        @Override
        public String toString() {
            return name.toUpperCase(Locale.ROOT);
        }
    }
}
