package vn.hungyen.khcn.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;

/**
 * The collector of the page's hits ranks exactly as Lucene's field sort {@code (score, title)} does, on an index made
 * for ties: few distinct texts (so many equal scores), titles that recur but not in every segment, some items
 * without a title, several segments, pages of every size.
 */
class BestByScoreThenTitleTest {

    private static final List<String> TEXTS = List.of(
            "Ứng dụng khoa học và công nghệ trong sản xuất nông nghiệp",
            "Khoa học và công nghệ phục vụ phát triển kinh tế - xã hội",
            "Quản lý nhà nước về khoa học và công nghệ",
            "Công nghệ cao, đổi mới sáng tạo và khởi nghiệp",
            "Sở hữu trí tuệ, nhãn hiệu chứng nhận",
            "khoa học");
    private static final List<String> TITLES = List.of("Nhiệm vụ 1.1", "nhiệm vụ 1.2", "Đề án", "an toàn bức xạ");

    @Test
    void the_best_hits_come_in_the_order_of_lucene_score_then_title_sort() throws IOException {
        Random random = new Random(20221227);
        try (Directory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(VietnameseAnalyzers.exact()).setMaxBufferedDocs(97)
                    .setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (int i = 0; i < 1000; i++) {
                    Document doc = new Document();
                    doc.add(new TextField("text", TEXTS.get(random.nextInt(TEXTS.size())), Field.Store.NO));
                    if (random.nextInt(10) > 0) {
                        // Forty titles over segments of 97 documents: a title of one segment is often absent from
                        // another, where it falls between two of that segment's titles.
                        String title = (TITLES.get(random.nextInt(TITLES.size())) + " " + random.nextInt(10))
                                .toLowerCase(Locale.ROOT);
                        doc.add(new SortedSetDocValuesField("title_sort", new BytesRef(title)));
                    }
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves().size()).isGreaterThan(3);
                IndexSearcher searcher = new IndexSearcher(reader);
                Query query = new TextQueryBuilder().build(SearchQuery.parse("khoa học công nghệ"));
                SortField title = new SortedSetSortField("title_sort", false);
                title.setMissingValue(SortField.STRING_LAST);
                Sort sort = new Sort(SortField.FIELD_SCORE, title);

                for (int n : new int[] {1, 10, 37, 500, 2000}) {
                    ScoreDoc[] expected = searcher.search(query,
                            new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE)).scoreDocs;
                    ScoreDoc[] actual = searcher.search(query, BestByScoreThenTitle.manager("title_sort", n));

                    assertThat(actual).hasSize(expected.length);
                    assertThat(Arrays.stream(actual).mapToInt(d -> d.doc).toArray()).as("page of %d", n)
                            .containsExactly(Arrays.stream(expected).mapToInt(d -> d.doc).toArray());
                    for (int i = 0; i < actual.length; i++) {
                        float score = (Float) ((FieldDoc) expected[i]).fields[0];
                        assertThat(actual[i].score).isEqualTo(score);
                    }
                }
            }
        }
    }
}
