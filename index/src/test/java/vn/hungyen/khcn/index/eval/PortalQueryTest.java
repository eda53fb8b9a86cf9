package vn.hungyen.khcn.index.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;
import vn.hungyen.khcn.index.eval.PortalQuery.FieldClause;

/** The portal's query shape over the three Vietnamese fields finds documents the way users ask for them. */
class PortalQueryTest {

    private static final ByteBuffersDirectory DIRECTORY = new ByteBuffersDirectory();
    private static final PortalQuery PORTAL = new PortalQuery(
            new FieldClause("exact", VietnameseAnalyzers.exactQuery(), RetrievalEvaluation.EXACT_BOOST),
            new FieldClause("folded", VietnameseAnalyzers.foldedQuery(), RetrievalEvaluation.FOLDED_BOOST),
            new FieldClause("shingle", VietnameseAnalyzers.shingles(), RetrievalEvaluation.SHINGLE_BOOST));

    @BeforeAll
    static void index() throws IOException {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(VietnameseAnalyzers.exact(),
                Map.of("folded", VietnameseAnalyzers.folded(), "shingle", VietnameseAnalyzers.shingles()));
        try (IndexWriter writer = new IndexWriter(DIRECTORY, new IndexWriterConfig(analyzer))) {
            add(writer, "qd2999", "Quyết định số 2999/QĐ-UBND ngày 21/12/2021 của UBND tỉnh về giao chỉ tiêu");
            add(writer, "nd60", "Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ về cơ chế tự chủ");
            add(writer, "khcn", "Sở Khoa học và Công nghệ (KH&CN) xây dựng kế hoạch năm 2022");
            add(writer, "ma", "Mã số thuế của doanh nghiệp");
            add(writer, "ma-tuy", "Phòng, chống ma túy trong nhà trường");
        }
    }

    @AfterAll
    static void close() throws IOException {
        DIRECTORY.close();
    }

    private static void add(IndexWriter writer, String id, String text) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        for (String field : List.of("exact", "folded", "shingle")) {
            doc.add(new TextField(field, text, Field.Store.NO));
        }
        writer.addDocument(doc);
    }

    private static List<String> search(String text) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(DIRECTORY)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(PORTAL.build(text), 10).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get("id"));
            }
            return ids;
        }
    }

    @Test
    void finds_a_decision_by_its_number_however_it_is_typed() throws IOException {
        for (String query : List.of("2999/QĐ-UBND", "2999/qd-ubnd", "QĐ 2999", "qd 2999", "quyết định 2999")) {
            assertThat(search(query)).as(query).first().isEqualTo("qd2999");
        }
    }

    @Test
    void finds_a_decree_by_number_and_year_or_by_its_kind() throws IOException {
        for (String query : List.of("60/2021/NĐ-CP", "60/2021", "nghị định 60", "nghi dinh 60", "NĐ 60")) {
            assertThat(search(query)).as(query).first().isEqualTo("nd60");
        }
    }

    @Test
    void expands_the_abbreviation_both_ways() throws IOException {
        assertThat(search("KH&CN")).first().isEqualTo("khcn");
        assertThat(search("khoa hoc cong nghe")).first().isEqualTo("khcn");
    }

    @Test
    void folds_diacritics_but_ranks_exact_accents_first() throws IOException {
        // "ma" (folded) matches both "Mã số" and "ma túy"; the exact field decides the order.
        assertThat(search("mã")).containsExactly("ma", "ma-tuy");
        assertThat(search("ma")).containsExactly("ma-tuy", "ma");
    }

    @Test
    void odd_query_syntax_never_fails() throws IOException {
        assertThat(search("\"(KH&CN AND [ /-– *")).first().isEqualTo("khcn");
        assertThat(search("   ")).isEmpty();
        assertThat(search("?!")).isEmpty();
    }
}
