package vn.hungyen.khcn.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import vn.hungyen.khcn.content.testing.DamagedFiles;

class IndexHealthIndicatorTest {

    private static IndexHealthIndicator indicator(SearchService search) {
        return new IndexHealthIndicator(search, new IndexRebuilds(mock(EntityManagerFactory.class)),
                new IndexIntegrity(null));
    }

    @Test
    void index_is_down_when_a_query_over_it_fails() {
        SearchService search = mock(SearchService.class);
        when(search.indexedDocumentCount()).thenThrow(new IllegalStateException("index directory is locked"));
        assertThat(indicator(search).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void index_is_up_with_its_document_count_when_a_query_answers() {
        SearchService search = mock(SearchService.class);
        when(search.indexedDocumentCount()).thenReturn(160L);
        when(search.hasIndexedTypes()).thenReturn(true);
        var health = indicator(search).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("documents", 160L);
    }

    @Test
    void index_is_down_while_it_is_rebuilt_from_the_database() {
        List<Runnable> held = new ArrayList<>();
        IndexRebuilds rebuilds = new IndexRebuilds(mock(EntityManagerFactory.class), held::add);
        rebuilds.schedule("the test holds the rebuild back");
        var health = new IndexHealthIndicator(mock(SearchService.class), rebuilds, new IndexIntegrity(null)).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("rebuilding", true);
    }

    @Test
    void a_damaged_index_turns_health_down_and_starts_one_rebuild(@TempDir Path root) throws IOException {
        Path index = root.resolve("PlanTask");
        Files.createDirectories(index);
        try (var directory = FSDirectory.open(index);
                var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 100; i++) {
                Document doc = new Document();
                doc.add(new TextField("title", "Hỗ trợ doanh nghiệp đổi mới công nghệ " + i, Field.Store.YES));
                writer.addDocument(doc);
            }
            writer.commit();
        }
        try (var files = Files.list(index)) {
            DamagedFiles.flipMiddleBytes(
                    files.filter(f -> f.toString().endsWith(".cfs")).findFirst().orElseThrow());
        }
        List<Runnable> held = new ArrayList<>();
        IndexRebuilds rebuilds = new IndexRebuilds(mock(EntityManagerFactory.class), held::add);
        IndexHealthIndicator indicator = new IndexHealthIndicator(mock(SearchService.class), rebuilds,
                new IndexIntegrity(root));

        var health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("damaged").toString()).startsWith("[PlanTask: checksum failed");
        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(held).hasSize(1);
    }
}
