package vn.hungyen.khcn.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.domain.SearchFacets;

class FacetCounterTest {

    private static final String FIELD = SearchFacets.COUNTS_FIELD;

    @Test
    void counts_the_values_of_the_matches_only_across_segments_most_frequent_first() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            // Three segments (a commit each, no merging): the same value has other ordinals in each.
            write(dir, List.of(
                    doc("a", "year\u001F2022", "issuer\u001FChính phủ"),
                    doc("a", "year\u001F2021"),
                    doc("b", "year\u001F2022")));
            write(dir, List.of(
                    doc("a", "issuer\u001FChính phủ", "issuer\u001FQuốc hội", "year\u001F2022"),
                    doc("a")));
            write(dir, List.of(doc("a", "issuer\u001FUBND tỉnh Hưng Yên")));

            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSize(3);
                FacetCounter.Counts counts = new IndexSearcher(reader)
                        .search(new TermQuery(new Term("group", "a")), FacetCounter.manager(FIELD));

                assertThat(counts.matches()).isEqualTo(5);
                // Count descending, then value in UTF-8 order ("Chính" < "Quốc" < "UBND", "2021" < "2022").
                assertThat(List.copyOf(counts.values().entrySet())).containsExactly(
                        Map.entry("issuer\u001FChính phủ", 2L),
                        Map.entry("year\u001F2022", 2L),
                        Map.entry("issuer\u001FQuốc hội", 1L),
                        Map.entry("issuer\u001FUBND tỉnh Hưng Yên", 1L),
                        Map.entry("year\u001F2021", 1L));
            }
        }
    }

    @Test
    void an_index_without_the_field_counts_matches_and_no_values() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            write(dir, List.of(doc("a"), doc("b")));
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                FacetCounter.Counts counts = new IndexSearcher(reader)
                        .search(new MatchAllDocsQuery(), FacetCounter.manager(FIELD));

                assertThat(counts.matches()).isEqualTo(2);
                assertThat(counts.values()).isEmpty();
            }
        }
    }

    private static Document doc(String group, String... values) {
        Document doc = new Document();
        doc.add(new StringField("group", group, Field.Store.NO));
        for (String value : values) {
            doc.add(new SortedSetDocValuesField(FIELD, new BytesRef(value)));
        }
        return doc;
    }

    private static void write(Directory dir, List<Document> docs) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (Document doc : docs) {
                writer.addDocument(doc);
            }
            writer.commit();
        }
    }
}
