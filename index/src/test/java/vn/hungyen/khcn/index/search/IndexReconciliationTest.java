package vn.hungyen.khcn.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.domain.SearchFields;

class IndexReconciliationTest {

    @Test
    void items_changed_or_missing_are_reindexed_and_documents_of_deleted_items_purged() {
        // 1: same version; 2: edited after its last indexing (a crash between the two commits); 4: never indexed;
        // 3: deleted from the database, still in the index; 5: indexed before the version field existed.
        var stored = Map.of(1L, 3L, 2L, 2L, 4L, 0L, 5L, 1L);
        var indexed = Map.of(1L, 3L, 2L, 1L, 3L, 5L, 5L, -1L);
        var differences = IndexReconciliation.compare(stored, indexed);
        assertThat(differences.toIndex()).containsExactly(2L, 4L, 5L);
        assertThat(differences.toPurge()).containsExactly(3L);
        assertThat(differences.size()).isEqualTo(4);
        assertThat(IndexReconciliation.compare(Map.of(7L, 1L), Map.of(7L, 1L)).isEmpty()).isTrue();
    }

    @Test
    void versions_are_read_from_the_doc_values_of_live_documents_only() throws IOException {
        try (var directory = new ByteBuffersDirectory();
                var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            writer.addDocument(item(41, 3L, "Hỗ trợ doanh nghiệp đổi mới công nghệ"));
            writer.addDocument(item(42, 1L, "Quy trình kỹ thuật chăn nuôi gà Đông Tảo"));
            writer.addDocument(item(43, null, "Bảo hộ nhãn hiệu chứng nhận nhãn lồng Hưng Yên"));
            writer.commit();
            // Item 42 reindexed at version 2: the old document is deleted, the new one added.
            writer.updateDocument(new Term("key", "42"), item(42, 2L, "Quy trình chăn nuôi gà Đông Tảo (sửa)"));
            writer.commit();
            try (var reader = DirectoryReader.open(directory)) {
                assertThat(IndexReconciliation.indexedVersions(reader))
                        .containsExactlyInAnyOrderEntriesOf(Map.of(41L, 3L, 42L, 2L, 43L, -1L));
            }
        }
    }

    private static Document item(long id, Long version, String title) {
        Document doc = new Document();
        doc.add(new StringField("key", String.valueOf(id), Field.Store.NO));
        doc.add(new BinaryDocValuesField(SearchService.ID_FIELD, new BytesRef(String.valueOf(id))));
        if (version != null) {
            doc.add(new SortedNumericDocValuesField(SearchFields.VERSION, version));
        }
        doc.add(new TextField(SearchFields.TITLE, title, Field.Store.YES));
        return doc;
    }
}
