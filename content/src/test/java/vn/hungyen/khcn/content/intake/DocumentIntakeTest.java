package vn.hungyen.khcn.content.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import vn.hungyen.khcn.content.spi.Deadline;
import vn.hungyen.khcn.content.spi.DocumentFacts;
import vn.hungyen.khcn.content.spi.DocumentFindings;
import vn.hungyen.khcn.content.spi.DocumentReader;
import vn.hungyen.khcn.content.spi.DocumentStore;
import vn.hungyen.khcn.content.spi.FoundTask;
import vn.hungyen.khcn.content.spi.IntakeReading;
import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.content.spi.ReadDocument;

/** The intake's own rules, with small readers and stores standing for the modules'. */
class DocumentIntakeTest {

    private static final String PLAN = "KẾ HOẠCH\nSố: 70/KH-UBND\n1. Rà soát thủ tục hành chính; chủ trì: Sở Nội vụ\n";

    @TempDir
    Path dataDir;

    private final BoundedDocumentReader reader = new BoundedDocumentReader(UploadLimits.defaults());

    @AfterEach
    void close() {
        reader.close();
    }

    /** Finds the number on the line "Số: …" and one task per numbered line. */
    private static final DocumentReader HEADER = new DocumentReader() {
        public String id() {
            return "header";
        }

        public DocumentFindings read(ReadDocument d) {
            String number = d.text().lines().filter(l -> l.startsWith("Số: ")).map(l -> l.substring(4)).findFirst().orElse(null);
            return new DocumentFindings(new DocumentFacts(number, "Kế hoạch", null, null, null), List.of(), List.of(),
                    List.of(), List.of(), List.of());
        }
    };
    private static final DocumentReader TASKS = new DocumentReader() {
        public String id() {
            return "tasks";
        }

        public DocumentFindings read(ReadDocument d) {
            List<FoundTask> tasks = d.structure().paragraphs().stream().filter(p -> p.text().matches("\\d+\\. .*"))
                    .map(p -> new FoundTask(p.text().substring(0, p.text().indexOf('.')), null, p.text(), List.of("Sở Nội vụ"),
                            List.of(), Deadline.NONE, List.of(), List.of(), false, p.line())).toList();
            return new DocumentFindings(new DocumentFacts("0/SAI", null, null, null, "Kế hoạch"), List.of(), tasks, List.of(),
                    List.of(), List.of());
        }
    };
    private static final DocumentReader BROKEN = new DocumentReader() {
        public String id() {
            return "broken";
        }

        public DocumentFindings read(ReadDocument d) {
            throw new IllegalStateException("a reader's bug");
        }
    };

    private static DocumentStore store(String id, int fit, List<String> stored, boolean refuse) {
        return new DocumentStore() {
            public String id() {
                return id;
            }

            public int fit(IntakeReading r) {
                return fit;
            }

            public StoredDocument store(IntakeReading r, OriginalKeeper originals, @Nullable String editor) {
                if (refuse) {
                    throw new DocumentRefusedException(Message.of("test.exists", r.facts().number()));
                }
                stored.add(id + ":" + originals.keep(id, r.facts().number(), r.original()));
                return new StoredDocument(id, "70-kh-ubnd", "DRAFT", "x/70-kh-ubnd");
            }
        };
    }

    private DocumentIntake intake(List<DocumentReader> readers, List<DocumentStore> stores) {
        return new DocumentIntake(readers, stores, reader, new OriginalFiles(dataDir), new NoResourceTransactions());
    }

    @Test
    void merges_the_header_in_reader_order_and_collects_every_readers_tasks() {
        DocumentIntake intake = intake(List.of(HEADER, TASKS), List.of());
        try (DocumentIntake.Pending p = intake.read(new ByteArrayInputStream(PLAN.getBytes(StandardCharsets.UTF_8)), "kh70.txt")) {
            assertThat(p.reading().facts().number()).isEqualTo("70/KH-UBND");
            assertThat(p.reading().facts().title()).isEqualTo("Kế hoạch");
            assertThat(p.reading().tasks()).extracting(FoundTask::code, FoundTask::sourceLine).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("1", 3));
            assertThat(Files.exists(p.file().path())).isTrue();
        }
        assertThat(dataDir.resolve(OriginalFiles.UPLOADS)).isEmptyDirectory();
    }

    @Test
    void a_failing_reader_becomes_a_problem_and_the_others_still_count() {
        DocumentIntake intake = intake(List.of(BROKEN, HEADER), List.of());
        try (DocumentIntake.Pending p = intake.read(new ByteArrayInputStream(PLAN.getBytes(StandardCharsets.UTF_8)), "kh70.txt")) {
            assertThat(p.reading().problems()).containsExactly(Message.of("intake.problem.reader-failed", "broken"));
            assertThat(p.reading().facts().number()).isEqualTo("70/KH-UBND");
        }
    }

    @Test
    void the_best_fitting_store_keeps_the_document_and_its_original_appears_after_the_commit() throws Exception {
        List<String> stored = new java.util.ArrayList<>();
        DocumentIntake intake = intake(List.of(HEADER, TASKS), List.of(store("legal", 10, stored, false),
                store("plan", 100, stored, false), store("none", 0, stored, false)));
        try (DocumentIntake.Pending p = intake.read(new ByteArrayInputStream(PLAN.getBytes(StandardCharsets.UTF_8)), "kh70.txt")) {
            DocumentStore.StoredDocument result = intake.store(p, "bien-tap");
            assertThat(result.kind()).isEqualTo("plan");
            assertThat(stored).hasSize(1).first().asString().startsWith("plan:files/plan/70-kh-ubnd/").endsWith(".txt");
            Path original = dataDir.resolve(stored.getFirst().substring("plan:".length()));
            assertThat(original).hasContent(PLAN);
        }
    }

    @Test
    void a_refused_store_writes_no_original_and_says_why() {
        List<String> stored = new java.util.ArrayList<>();
        DocumentIntake intake = intake(List.of(HEADER), List.of(store("legal", 10, stored, true)));
        try (DocumentIntake.Pending p = intake.read(new ByteArrayInputStream(PLAN.getBytes(StandardCharsets.UTF_8)), "kh70.txt")) {
            assertThatThrownBy(() -> intake.store(p, null)).isInstanceOf(DocumentStore.DocumentRefusedException.class)
                    .extracting(e -> ((DocumentStore.DocumentRefusedException) e).reason())
                    .isEqualTo(Message.of("test.exists", "70/KH-UBND"));
        }
        assertThat(dataDir.resolve("files")).doesNotExist();
    }

    @Test
    void a_document_no_store_fits_is_refused_with_its_reason() {
        DocumentIntake intake = intake(List.of(HEADER), List.of(store("none", 0, new java.util.ArrayList<>(), false)));
        try (DocumentIntake.Pending p = intake.read(new ByteArrayInputStream("Chỉ một dòng chữ.".getBytes(StandardCharsets.UTF_8)), "a.txt")) {
            assertThatThrownBy(() -> intake.store(p, null)).extracting(e -> ((DocumentStore.DocumentRefusedException) e).reason().key())
                    .isEqualTo("intake.error.nothing-to-store");
        }
    }

    @Test
    void the_start_up_sweep_removes_half_copied_originals_and_waiting_uploads_only() throws Exception {
        Path kept = Files.createDirectories(dataDir.resolve("files/legal/60-2021-nd-cp")).resolve("a1b2.pdf");
        Files.writeString(kept, "%PDF");
        Path half = kept.resolveSibling("c3d4.pdf.part");
        Files.writeString(half, "%PD");
        Path waiting = Files.createDirectories(dataDir.resolve(OriginalFiles.UPLOADS)).resolve("upload-1.part");
        Files.writeString(waiting, "…");

        assertThat(new OriginalFiles(dataDir).sweep()).isEqualTo(2);
        assertThat(kept).exists();
        assertThat(half).doesNotExist();
        assertThat(waiting).doesNotExist();
    }

    @Test
    void in_a_folder_shared_with_other_nodes_the_sweep_leaves_a_copy_in_progress_and_removes_an_abandoned_one()
            throws Exception {
        Path shared = dataDir.resolve("chung");
        Path folder = Files.createDirectories(shared.resolve("files/legal/41-qd-skhcn"));
        Path copying = Files.writeString(folder.resolve("a1b2.txt.5f0c.part"), "Số: 41/QĐ");
        Path abandoned = Files.writeString(folder.resolve("c3d4.txt.9e1a.part"), "Số: 42/QĐ");
        Instant now = Instant.parse("2026-03-12T08:00:00Z");
        Files.setLastModifiedTime(copying, FileTime.from(now.minusSeconds(30)));
        Files.setLastModifiedTime(abandoned, FileTime.from(now.minus(OriginalFiles.ABANDONED_PART).minusSeconds(1)));
        Path waiting = Files.createDirectories(dataDir.resolve(OriginalFiles.UPLOADS)).resolve("upload-1.part");
        Files.writeString(waiting, "…");

        int removed = new OriginalFiles(dataDir, shared, Clock.fixed(now, ZoneOffset.UTC)).sweep();

        assertThat(removed).isEqualTo(2);
        assertThat(copying).exists();
        assertThat(abandoned).doesNotExist();
        assertThat(waiting).doesNotExist();
    }

    /** Transactions without a resource: enough for the synchronisations an original is written from. */
    static final class NoResourceTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
