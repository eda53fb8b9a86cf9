package vn.hungyen.khcn.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;

/**
 * The marks a suggestion gives a syllable typed without them: the form the index holds beside the typed neighbours,
 * not merely the form it holds most. Sentences of the plan 21/KH-SKHCN, where "án" (of "dự án") is held by more
 * items than "an" (of "an toàn", "an ninh").
 */
class SuggestionsMarksTest {

    private static final ByteBuffersDirectory DIRECTORY = new ByteBuffersDirectory();
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        try (IndexWriter writer = new IndexWriter(DIRECTORY, new IndexWriterConfig(VietnameseAnalyzers.itemFields()))) {
            add(writer, "Nâng cao hiệu quả công tác quản lý nhà nước về an toàn bức xạ, an ninh hạt nhân trên địa bàn "
                    + "tỉnh");
            add(writer, "Xây dựng cơ sở dữ liệu về nguồn phóng xạ trên địa bàn tỉnh tích hợp trên bản đồ kỹ thuật số "
                    + "nhằm phục vụ công tác quản lý và đảm bảo an toàn bức xạ trên địa bàn tỉnh.");
            add(writer, "Thực hiện các đề tài, dự án cấp quốc gia, dự án nông thôn miền núi, hoạt động hợp tác quốc "
                    + "tế");
            add(writer, "Hoàn thiện hệ thống quản lý cơ sở dữ liệu các đề tài, dự án, nhiệm vụ khoa học và công nghệ");
            add(writer, "Tiếp tục đảm bảo nhiệm vụ thẩm định, góp ý về công nghệ dự án đầu tư");
            add(writer, "Góp ý về công nghệ 70-80 dự án đầu tư vào địa bàn tỉnh");
            add(writer, "Thực hiện kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2022");
        }
        reader = DirectoryReader.open(DIRECTORY);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        DIRECTORY.close();
    }

    private static void add(IndexWriter writer, String text) throws IOException {
        Document doc = new Document();
        for (String field : List.of(SearchFields.TEXT, SearchFields.TEXT_FOLDED, SearchFields.TEXT_SHINGLE)) {
            doc.add(new TextField(field, text, Field.Store.NO));
        }
        writer.addDocument(doc);
    }

    private static String marked(String typed, int word) throws IOException {
        String[] tokens = typed.split(" ");
        Suggestions vocabulary = new Suggestions(reader, null);
        return Suggestions.marked(vocabulary, tokens[word], Suggestions.Beside.of(vocabulary, tokens, word));
    }

    @Test
    void the_forms_of_a_syllable_come_most_held_first() throws IOException {
        assertThat(new Suggestions(reader, null).forms("an")).containsExactly("án", "an");
        assertThat(new Suggestions(reader, null).forms("toan")).containsExactly("toàn", "toán");
        assertThat(new Suggestions(reader, null).forms("khong")).isEmpty();
    }

    @Test
    void a_word_alone_gets_the_marks_held_most() throws IOException {
        assertThat(marked("an", 0)).isEqualTo("án");
    }

    @Test
    void a_neighbour_typed_with_marks_picks_the_form_beside_it() throws IOException {
        assertThat(marked("an toàn bức xạ", 0)).isEqualTo("an");
        assertThat(marked("đảm bảo an toàn", 2)).isEqualTo("an");
        assertThat(marked("dự an đầu tư", 1)).isEqualTo("án");
        assertThat(marked("dự toan ngân sách", 1)).isEqualTo("toán");
    }

    @Test
    void neighbours_typed_without_marks_count_in_every_form() throws IOException {
        assertThat(marked("an toan buc xa", 0)).isEqualTo("an");
        assertThat(marked("an toan buc xa", 1)).isEqualTo("toàn");
        assertThat(marked("du an dau tu", 1)).isEqualTo("án");
        assertThat(marked("du toan ngan sach", 1)).isEqualTo("toán");
    }

    @Test
    void a_neighbour_the_index_lacks_leaves_the_form_held_most() throws IOException {
        assertThat(marked("an xyz", 0)).isEqualTo("án");
        assertThat(marked("KHCN an", 1)).isEqualTo("án");
    }

    @Test
    void a_whole_typed_query_gets_its_marks_from_its_own_words() throws IOException {
        Suggestions suggestions = new Suggestions(reader, null);
        // "tronh" is no word of the index: the suggestion corrects it and marks the rest as the text writes them.
        assertThat(suggestions.suggest("an toan buc xa tronh dia ban", candidate ->
                new TextQueryBuilder().build(SearchQuery.parse(candidate))))
                .isEqualTo("an toàn bức xạ trên địa bàn");
    }
}
