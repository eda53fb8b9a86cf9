package vn.hungyen.khcn.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
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
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;

/**
 * The shipped query on an index with the portal's five text fields and analyzers, over titles and sentences of the
 * laws and the plan 21/KH-SKHCN: which items it finds and in which order.
 */
class TextQueryBuilderRankingTest {

    private static final ByteBuffersDirectory DIRECTORY = new ByteBuffersDirectory();
    private static final TextQueryBuilder QUERIES = new TextQueryBuilder();
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        Analyzer analyzer = VietnameseAnalyzers.itemFields();
        try (IndexWriter writer = new IndexWriter(DIRECTORY, new IndexWriterConfig(analyzer))) {
            add(writer, "law-ckcn", "Luật Khoa học và công nghệ",
                    "Luật này quy định về tổ chức khoa học và công nghệ, quyền và nghĩa vụ của tổ chức, cá nhân hoạt "
                            + "động khoa học và công nghệ.");
            add(writer, "plan", "Kế hoạch hoạt động khoa học và công nghệ năm 2022",
                    "Căn cứ Luật Khoa học và công nghệ năm 2013; triển khai các nhiệm vụ khoa học và công nghệ năm "
                            + "2022 trên địa bàn tỉnh Hưng Yên, chuyển đổi số và đổi mới sáng tạo.");
            add(writer, "law-cgcn", "Luật Chuyển giao công nghệ",
                    "Luật này quy định về hoạt động chuyển giao công nghệ tại Việt Nam, từ Việt Nam ra nước ngoài.");
            add(writer, "law-shtt", "Luật Sở hữu trí tuệ",
                    "Chỉ dẫn địa lý là dấu hiệu dùng để chỉ sản phẩm có nguồn gốc từ khu vực, địa phương cụ thể.");
            add(writer, "law-prohibited", "Điều 8. Các hành vi bị nghiêm cấm",
                    "Lợi dụng hoạt động khoa học và công nghệ để xâm phạm lợi ích của Nhà nước; chiếm đoạt kinh phí "
                            + "nghiên cứu; giả mạo, làm sai lệch kết quả nghiên cứu.");
            add(writer, "law-other", "Luật Đất đai",
                    "Chỉ thị về quản lý đất đai; hướng dẫn địa phương lập quy hoạch, kế hoạch sử dụng đất.");
        }
        reader = DirectoryReader.open(DIRECTORY);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        DIRECTORY.close();
    }

    private static void add(IndexWriter writer, String id, String title, String text) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        for (String field : List.of(SearchFields.TITLE, SearchFields.TITLE_FOLDED)) {
            doc.add(new TextField(field, title, Field.Store.NO));
        }
        for (String field : List.of(SearchFields.TEXT, SearchFields.TEXT_FOLDED, SearchFields.TEXT_SHINGLE)) {
            doc.add(new TextField(field, text, Field.Store.NO));
        }
        writer.addDocument(doc);
    }

    private static List<String> search(String typed) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(QUERIES.build(SearchQuery.parse(typed)), 10).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
    }

    @Test
    void a_law_named_in_the_query_ranks_before_the_plan_that_cites_it() throws IOException {
        // The plan holds every word, and "khoa học và công nghệ" twice; only the law is titled with the whole query.
        assertThat(search("Luật Khoa học và công nghệ")).startsWith("law-ckcn", "plan");
        assertThat(search("luat khoa hoc va cong nghe")).startsWith("law-ckcn");
    }

    @Test
    void a_longer_query_finds_an_item_that_lacks_one_of_its_words() throws IOException {
        // "2022" is not in the law: every-word matching would lose it.
        assertThat(search("chuyển giao công nghệ 2022")).contains("law-cgcn");
    }

    @Test
    void a_term_of_several_syllables_needs_its_syllables_side_by_side() throws IOException {
        // Luật Đất đai holds chỉ, dẫn, địa and lý, scattered (chỉ thị, hướng dẫn, địa phương, quản lý).
        assertThat(search("chỉ dẫn địa lý")).containsExactly("law-shtt");
        assertThat(search("chi dan dia ly")).containsExactly("law-shtt");
    }

    @Test
    void up_to_three_content_words_every_one_is_required() throws IOException {
        assertThat(search("sở hữu trí tuệ")).containsExactly("law-shtt");
        assertThat(search("chuyển giao sở hữu")).isEmpty();
    }

    @Test
    void a_question_word_is_no_part_of_the_term_beside_it() throws IOException {
        // "nào" stands beside neither "vi" nor "bị" in any item: were it a syllable of the run "hành vi nào bị cấm"
        // needing a neighbour, the question would find nothing. The terms around it ("hành vi", "cấm") are checked.
        assertThat(search("Hành vi nào bị cấm?")).containsExactly("law-prohibited");
        assertThat(search("hanh vi nao bi cam")).containsExactly("law-prohibited");
        assertThat(search("những hành vi gì bị nghiêm cấm")).containsExactly("law-prohibited");
        // The runs on either side of it are what they would be alone: "chỉ dẫn" and "địa lý", which rank the law
        // holding them side by side first (before, "của" needing a neighbour left nothing at all).
        assertThat(search("chỉ dẫn của địa lý")).startsWith("law-shtt");
        // A run of three or more beside it is still checked: Luật Đất đai holds "chỉ", "dẫn", "địa", not together.
        assertThat(search("chỉ dẫn địa nào")).containsExactly("law-shtt");
    }
}
