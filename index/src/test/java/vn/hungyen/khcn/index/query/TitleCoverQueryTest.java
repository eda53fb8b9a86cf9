package vn.hungyen.khcn.index.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;

/** Which titles a query covers, on real headings of laws and a decision's number, through the title's own analysis. */
class TitleCoverQueryTest {

    private static final ByteBuffersDirectory DIRECTORY = new ByteBuffersDirectory();
    private static final Analyzer QUERY_ANALYSIS = VietnameseAnalyzers.foldedQuery();
    private static final float BOOST = 6f;
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        try (IndexWriter writer = new IndexWriter(DIRECTORY, new IndexWriterConfig(VietnameseAnalyzers.folded()))) {
            add(writer, "tasks", "Nhiệm vụ của giáo dục thường xuyên");
            add(writer, "centres", "Cơ sở giáo dục thường xuyên");
            add(writer, "residence", "Hồ sơ đăng ký thường trú");
            add(writer, "split", "Tách hộ");
            add(writer, "mediation", "Hoà giải ở cơ sở");
            add(writer, "decision", "Quyết định 1851/QĐ-TTg");
            add(writer, "one-word", "Cấm");
        }
        reader = DirectoryReader.open(DIRECTORY);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        DIRECTORY.close();
    }

    /** As the item mapping indexes the title's folded twin and {@link TitleTermsBinder} its count. */
    private static void add(IndexWriter writer, String id, String title) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        doc.add(new TextField(SearchFields.TITLE_FOLDED, title, Field.Store.NO));
        TitleCoverQuery.luceneFields(title).forEach(doc::add);
        writer.addDocument(doc);
    }

    /** The query's terms as {@code TextQueryBuilder} takes them: the title field's query analysis of the text. */
    private static TitleCoverQuery covering(String typed) {
        return new TitleCoverQuery(VietnameseAnalyzers.terms(QUERY_ANALYSIS, SearchFields.TITLE_FOLDED, typed));
    }

    private static Map<String, Float> covered(String typed) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Map<String, Float> scores = new HashMap<>();
        for (ScoreDoc hit : searcher.search(new BoostQuery(covering(typed), BOOST), 10).scoreDocs) {
            scores.put(searcher.storedFields().document(hit.doc).get("id"), hit.score);
        }
        return scores;
    }

    @Test
    void a_title_counts_its_distinct_folded_terms_and_a_one_word_title_none() {
        assertThat(TitleCoverQuery.titleTerms("Nhiệm vụ của giáo dục thường xuyên"))
                .containsExactly("nhiem", "vu", "cua", "giao", "duc", "thuong", "xuyen");
        // Luật Cư trú, Điều 28: "tạm trú" twice counts once.
        assertThat(TitleCoverQuery.titleTerms("Hồ sơ, thủ tục đăng ký tạm trú, gia hạn tạm trú")).hasSize(10);
        // Either tone placement, with or without marks: the same terms.
        assertThat(TitleCoverQuery.titleTerms("Hoà giải ở cơ sở")).hasSize(5)
                .isEqualTo(TitleCoverQuery.titleTerms("hòa giai o co so"));
        // One or two syllables: a single word, which any question using it would hold.
        assertThat(TitleCoverQuery.titleTerms("Tách hộ")).isEmpty();
        assertThat(TitleCoverQuery.titleTerms("Cấm")).isEmpty();
        assertThat(TitleCoverQuery.titleTerms("")).isEmpty();
    }

    @Test
    void a_question_covers_the_titles_whose_every_term_it_holds() throws IOException {
        // "Cơ sở giáo dục thường xuyên" lacks nothing either: both titles are whole in the question.
        assertThat(covered("Nhiệm vụ của cơ sở giáo dục thường xuyên là gì?")).containsOnlyKeys("tasks", "centres");
        // Without "của", the tasks' heading is no longer whole in it.
        assertThat(covered("Nhiệm vụ giáo dục thường xuyên là gì?")).isEmpty();
        assertThat(covered("Hồ sơ đăng ký thường trú gồm những giấy tờ gì?")).containsOnlyKeys("residence");
        // Typed without marks or with the other tone placement.
        assertThat(covered("nhiem vu cua giao duc thuong xuyen")).containsOnlyKeys("tasks");
        assertThat(covered("Hòa giải ở cơ sở được thực hiện thế nào?")).containsOnlyKeys("mediation");
    }

    @Test
    void a_document_number_is_covered_by_the_number_typed_whole() throws IOException {
        assertThat(covered("quyết định 1851/QĐ-TTG về nhiệm vụ gì")).containsOnlyKeys("decision");
        assertThat(covered("quyết định 1851")).isEmpty();
    }

    @Test
    void a_one_word_title_is_never_covered_and_the_score_is_the_boost_for_each_title_term() throws IOException {
        assertThat(covered("Những hành vi nào bị cấm?")).isEmpty();
        assertThat(covered("Thời hạn giải quyết tách hộ là bao lâu?")).isEmpty();
        // Six terms in the title, whatever else the question holds.
        assertThat(covered("Hồ sơ đăng ký thường trú")).containsExactly(Map.entry("residence", 6 * BOOST));
        assertThat(covered("Hồ sơ đăng ký thường trú gồm những giấy tờ gì?"))
                .containsExactly(Map.entry("residence", 6 * BOOST));
    }

    @Test
    void queries_with_the_same_terms_are_equal() {
        assertThat(covering("giáo dục thường xuyên")).isEqualTo(covering("giao duc thuong xuyen"))
                .hasSameHashCodeAs(covering("giao duc thuong xuyen"))
                .isNotEqualTo(covering("giáo dục"));
        assertThat(covering("giáo dục giáo dục").terms()).containsExactly("giao", "duc");
    }
}
