package vn.hungyen.khcn.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;

/**
 * The check behind "Có phải bạn muốn tìm" on a search that found something: a word is unknown only when no segment
 * holds it, in the text or the title, in any spelling. The index here has three segments (merging is off), each word
 * living in one of them only, so a check that stopped at the first segment or field would be caught.
 */
class SuggestionsUnknownWordTest {

    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;

    @BeforeAll
    static void threeSegments() throws IOException {
        directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(VietnameseAnalyzers.itemFields())
                .setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            add(writer, "Kế hoạch phát triển thị trường khoa học và công nghệ",
                    "Tổ chức lớp tập huấn về thị trường công nghệ");
            writer.commit();
            add(writer, "Luật Sở hữu trí tuệ", "Bảo hộ quyền sở hữu công nghiệp đối với sáng chế");
            writer.commit();
            // "nhãn" is in this title only, "đổi" in this text only.
            add(writer, "Chỉ dẫn địa lý nhãn lồng Hưng Yên", "Hỗ trợ đổi mới sáng tạo");
            writer.commit();
        }
        reader = DirectoryReader.open(directory);
        assertThat(reader.leaves()).hasSize(3);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    private static void add(IndexWriter writer, String title, String text) throws IOException {
        Document doc = new Document();
        doc.add(new TextField(SearchFields.TITLE_FOLDED, title, Field.Store.NO));
        doc.add(new TextField(SearchFields.TEXT_FOLDED, text, Field.Store.NO));
        writer.addDocument(doc);
    }

    private static boolean unknown(String typed) throws IOException {
        return new Suggestions(reader, null).hasUnknownWord(typed);
    }

    @Test
    void wordsOfAnySegmentAndEitherFieldAreKnown() throws IOException {
        assertThat(unknown("thị trường")).isFalse();
        assertThat(unknown("sáng chế")).isFalse();
        assertThat(unknown("đổi mới")).isFalse();
        assertThat(unknown("nhãn lồng Hưng Yên")).isFalse();
        assertThat(unknown("trí tuệ")).isFalse();
    }

    @Test
    void anySpellingOfAKnownWordIsKnown() throws IOException {
        assertThat(unknown("nhan long")).isFalse();
        assertThat(unknown("TRÍ TUỆ")).isFalse();
        assertThat(unknown("doi moi")).isFalse();
    }

    @Test
    void aTypoAmongKnownWordsIsUnknown() throws IOException {
        assertThat(unknown("sở hữu trí tệu")).isTrue();
        assertThat(unknown("tệu sở hữu")).isTrue();
        assertThat(unknown("nhãn lồng hưng yến")).isFalse();
        assertThat(unknown("nhãn lồng hưng yênn")).isTrue();
    }

    @Test
    void numbersSignsAbbreviationsAndLongWordsAreNoSyllablesToCheck() throws IOException {
        assertThat(unknown("60/2021/NĐ-CP")).isFalse();
        assertThat(unknown("2022")).isFalse();
        assertThat(unknown("khongphaimottiengnao")).isFalse();
        assertThat(unknown("   ")).isFalse();
        // No vowel: an abbreviation, not a syllable to correct.
        assertThat(unknown("TBT KHCN")).isFalse();
    }

    @Test
    void aFunctionWordNoItemHoldsIsNoUnknownWord() throws IOException {
        // "gì" and "nào" are in none of the three items.
        assertThat(unknown("sở hữu trí tuệ là gì")).isFalse();
        assertThat(unknown("nhãn lồng nào")).isFalse();
        // Without its marks, "gi" may be a syllable of its own, and is checked.
        assertThat(unknown("sở hữu trí tuệ la gi")).isTrue();
    }
}
