package vn.hungyen.khcn.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;
import vn.hungyen.khcn.index.query.TitleCoverQuery;
import vn.hungyen.khcn.index.search.TextQueryBuilder.Ranking;

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
            // Luật Giáo dục 2019, Điều 42, 43, 44 and 46 (the heading as title, as the ALQAC evaluation indexes them).
            add(writer, "edu-tasks", "Nhiệm vụ của giáo dục thường xuyên",
                    "1. Thực hiện xóa mù chữ cho người trong độ tuổi theo quy định của pháp luật. 2. Đào "
                            + "tạo, bồi dưỡng nâng cao năng lực làm việc; cập nhật, bổ sung kiến thức, kỹ năng cần "
                            + "thiết trong cuộc sống cho mọi người; tạo cơ hội cho người có nhu cầu học tập nâng "
                            + "cao trình độ học");
            add(writer, "edu-programmes", "Chương trình, hình thức, nội dung, phương pháp giáo dục thường xuyên",
                    "1. Chương trình giáo dục thường xuyên bao gồm: a) Chương trình xóa mù chữ; b) Chương "
                            + "trình giáo dục đáp ứng yêu cầu của người học; cập nhật kiến thức, kỹ năng, chuyển "
                            + "giao công nghệ; c) Chương trình đào tạo, bồi dưỡng nâng cao năng lực nghề nghiệp; d) "
                            + "Chương trình giáo dục thuộc chương trình để cấp văn bằng của hệ thống giáo dục "
                            + "quốc dân. 2. Hình thức thực hiện chương trình giáo dục thường xuyên bao gồm: a) Vừa "
                            + "làm vừa học; b) Học từ xa; c) Tự học, tự học có hướng dẫn; d) Hình thức học khác "
                            + "theo nhu cầu của");
            add(writer, "edu-centres", "Cơ sở giáo dục thường xuyên",
                    "1. Giáo dục thường xuyên được thực hiện tại cơ sở giáo dục thường xuyên, cơ sở giáo "
                            + "dục phổ thông, cơ sở giáo dục nghề nghiệp, cơ sở giáo dục đại học, cơ sở văn hóa, "
                            + "tại nơi làm việc, cộng đồng dân cư, qua phương tiện thông tin đại chúng và phương "
                            + "tiện khác. 2. Cơ sở giáo dục thường xuyên bao gồm: a) Trung tâm giáo dục thường "
                            + "xuyên; b) Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên; c) Trung tâm học "
                            + "tập cộng đồng; d) Trung tâm khác thực hiện nhiệm vụ giáo dục thường xuyên. 3. Việc "
                            + "thực hiện chương trình");
            add(writer, "edu-policy", "Chính sách phát triển giáo dục thường xuyên",
                    "1. Nhà nước có chính sách đầu tư phát triển giáo dục thường xuyên, thực hiện giáo "
                            + "dục cho mọi người, thúc đẩy việc học tập của người lớn, xây dựng xã hội học tập; "
                            + "khuyến khích tổ chức, cá nhân tham gia, cung ứng dịch vụ giáo dục thường xuyên có "
                            + "chất lượng, đáp ứng nhu cầu học tập suốt đời của người học. 2. Cơ quan, tổ chức có "
                            + "trách nhiệm tạo điều kiện thuận lợi cho cán bộ, công chức, viên chức và người lao "
                            + "động được thường xuyên học tập, học tập suốt đời để phát triển bản thân và nâng cao "
                            + "chất lượng cuộc sống. 3.");
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
        TitleCoverQuery.luceneFields(title).forEach(doc::add);
        writer.addDocument(doc);
    }

    private static List<String> search(String typed) throws IOException {
        return search(QUERIES, typed);
    }

    private static Map<String, Float> scores(TextQueryBuilder queries, String typed) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Map<String, Float> scores = new HashMap<>();
        for (ScoreDoc hit : searcher.search(queries.build(SearchQuery.parse(typed)), 20).scoreDocs) {
            scores.put(searcher.storedFields().document(hit.doc).get("id"), hit.score);
        }
        return scores;
    }

    private static List<String> search(TextQueryBuilder queries, String typed) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(queries.build(SearchQuery.parse(typed)), 10).scoreDocs) {
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
    void an_item_whose_whole_title_the_question_holds_ranks_first() throws IOException {
        // "Cơ sở giáo dục thường xuyên" holds "nhiệm vụ giáo dục thường xuyên" and the term many times over: without
        // the bonus it comes first. Every word of "Nhiệm vụ của giáo dục thường xuyên" is in the question.
        Ranking s = Ranking.SHIPPED;
        TextQueryBuilder withoutBonus = new TextQueryBuilder(s.withTitleCovered(0f));
        String asked = "Nhiệm vụ của giáo dục thường xuyên là gì?";
        assertThat(search(withoutBonus, asked).get(0)).isNotEqualTo("edu-tasks");
        assertThat(search(asked)).startsWith("edu-tasks");
        assertThat(search("nhiem vu cua giao duc thuong xuyen la gi")).startsWith("edu-tasks");
        // Exactly that item gains, the bonus for each of its title's seven terms: the others' scores stay as they were.
        Map<String, Float> with = scores(QUERIES, asked);
        Map<String, Float> without = scores(withoutBonus, asked);
        assertThat(with.keySet()).isEqualTo(without.keySet());
        for (String id : with.keySet()) {
            assertThat(with.get(id) - without.get(id)).as(id)
                    .isCloseTo(id.equals("edu-tasks") ? 7 * s.titleCovered() : 0f, within(0.001f));
        }
        // Without "của", no title is whole in the question: nothing changes.
        assertThat(scores(QUERIES, "Nhiệm vụ giáo dục thường xuyên là gì?"))
                .isEqualTo(scores(withoutBonus, "Nhiệm vụ giáo dục thường xuyên là gì?"));
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
