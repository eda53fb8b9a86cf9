package vn.hungyen.khcn.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hungyen.khcn.content.testing.DamagedFiles;

/** The checksum check on real Lucene indexes written to disk, then damaged the way the tester damaged the portal's. */
class IndexIntegrityTest {

    private static final String[] TITLES = {"Kế hoạch phát triển khoa học và công nghệ tỉnh Hưng Yên năm 2022",
            "Hỗ trợ doanh nghiệp đổi mới công nghệ", "Quy trình kỹ thuật chăn nuôi gà Đông Tảo",
            "Bảo hộ nhãn hiệu chứng nhận nhãn lồng Hưng Yên", "Ứng dụng tiến bộ kỹ thuật trong sản xuất nông nghiệp"};

    @TempDir
    Path root;

    @Test
    void whole_indexes_are_not_damaged_and_a_missing_root_holds_nothing_to_check() throws IOException {
        writeIndex(root.resolve("PlanTask"), true);
        writeIndex(root.resolve("LegalDocument"), false);
        assertThat(new IndexIntegrity(root).damaged()).isEmpty();
        assertThat(new IndexIntegrity(root.resolve("not-there")).damaged()).isEmpty();
        assertThat(new IndexIntegrity(null).damaged()).isEmpty();
    }

    @Test
    void bytes_flipped_inside_a_compound_segment_file_are_found_by_its_checksum() throws IOException {
        Path index = root.resolve("PlanTask");
        writeIndex(index, true);
        IndexIntegrity integrity = new IndexIntegrity(root);
        assertThat(integrity.damaged()).isEmpty();

        DamagedFiles.flipMiddleBytes(largest(index, ".cfs"));

        // Checked before, but the file changed since: checksummed again.
        assertThat(integrity.damaged()).singleElement().satisfies(damage -> {
            assertThat(damage.directory()).isEqualTo(index);
            assertThat(damage.problem()).contains("checksum failed");
        });
    }

    @Test
    void bytes_flipped_in_stored_fields_of_a_plain_segment_are_found() throws IOException {
        Path index = root.resolve("Activity");
        writeIndex(index, false);
        DamagedFiles.flipMiddleBytes(largest(index, ".fdt"));
        assertThat(new IndexIntegrity(root).damaged()).singleElement()
                .satisfies(damage -> assertThat(damage.directory()).isEqualTo(index));
    }

    @Test
    void a_damaged_commit_point_is_found_and_removing_it_leaves_an_empty_directory_and_the_other_indexes()
            throws IOException {
        Path damaged = root.resolve("PlanTask");
        Path whole = root.resolve("LegalDocument");
        writeIndex(damaged, true);
        writeIndex(whole, true);
        DamagedFiles.flipMiddleBytes(largest(damaged, "segments_"));

        IndexIntegrity integrity = new IndexIntegrity(root);
        assertThat(integrity.removeDamaged()).extracting(IndexIntegrity.Damage::directory).containsExactly(damaged);

        assertThat(damaged).isEmptyDirectory();
        assertThat(whole).isNotEmptyDirectory();
        assertThat(integrity.damaged()).isEmpty();
    }

    @Test
    void a_failure_caused_by_a_corrupt_file_is_told_from_other_failures() {
        var corrupt = new UncheckedIOException("cannot highlight the hits",
                new CorruptIndexException("checksum failed", "_0.cfs"));
        assertThat(IndexIntegrity.isDamage(corrupt)).isTrue();
        assertThat(IndexIntegrity.isDamage(new IllegalStateException("index directory is locked"))).isFalse();
    }

    private static void writeIndex(Path directory, boolean compound) throws IOException {
        Files.createDirectories(directory);
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setUseCompoundFile(compound);
        try (FSDirectory lucene = FSDirectory.open(directory); IndexWriter writer = new IndexWriter(lucene, config)) {
            for (int i = 0; i < 200; i++) {
                Document doc = new Document();
                doc.add(new TextField("title", TITLES[i % TITLES.length] + " " + i, Field.Store.YES));
                writer.addDocument(doc);
            }
            writer.commit();
        }
    }

    private static Path largest(Path directory, String namePart) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().contains(namePart))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
    }
}
