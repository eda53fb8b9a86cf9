package vn.hungyen.khcn.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.vectorhighlight.FastVectorHighlighter;
import org.apache.lucene.search.vectorhighlight.FieldQuery;
import org.apache.lucene.search.vectorhighlight.SimpleBoundaryScanner;
import org.apache.lucene.search.vectorhighlight.SimpleFragListBuilder;
import org.apache.lucene.search.vectorhighlight.SimpleFragmentsBuilder;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;

/**
 * The snippets of a page are Lucene's fast-vector highlighter's, configured as Hibernate Search configures it, on the
 * same index: the page's own term stacks (which skip the document-frequency lookups, a weight this highlighter's
 * text-order fragments never use) mark the same words in the same fragment. Texts of several articles each, so that
 * a snippet has several fragments to choose from, with words as common as "quyền" and as rare as "nhãn lồng".
 */
class SnippetsTermStackTest {

    private static final String[] SENTENCES = {
        "Quyền sở hữu trí tuệ là quyền của tổ chức, cá nhân đối với tài sản trí tuệ, bao gồm quyền tác giả và quyền"
                + " liên quan đến quyền tác giả, quyền sở hữu công nghiệp và quyền đối với giống cây trồng.",
        "Quyền sở hữu công nghiệp đối với chỉ dẫn địa lý được xác lập trên cơ sở quyết định cấp văn bằng bảo hộ của"
                + " cơ quan nhà nước có thẩm quyền.",
        "Hỗ trợ xác lập quyền sở hữu trí tuệ cho sản phẩm nhãn lồng Hưng Yên và quản lý chỉ dẫn địa lý.",
        "Chuyển giao công nghệ là chuyển nhượng quyền sở hữu hoặc chuyển giao quyền sử dụng công nghệ từ bên có quyền"
                + " chuyển giao công nghệ sang bên nhận công nghệ.",
        "Duy trì vườn bảo tồn gen nhãn lồng, hoạt động phòng trừ sâu bệnh và nhân giống cây trồng đặc sản.",
        "Tổ chức, cá nhân có quyền tác giả được pháp luật bảo hộ khi tác phẩm được định hình dưới một hình thức vật"
                + " chất nhất định.",
        "Ngân sách nhà nước bảo đảm kinh phí cho nhiệm vụ khoa học và công nghệ cấp tỉnh theo quy định của pháp luật.",
    };

    private ByteBuffersDirectory directory;
    private DirectoryReader reader;

    @BeforeEach
    void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzers.itemFields()))) {
            // 35 texts of four sentences each, in turning orders: each word's document frequency is its own.
            for (int i = 0; i < 35; i++) {
                StringBuilder text = new StringBuilder();
                for (int j = 0; j < 4; j++) {
                    text.append(SENTENCES[(i * 3 + j * (1 + i % 3)) % SENTENCES.length]).append(' ');
                }
                Document doc = new Document();
                doc.add(new Field(SearchFields.TITLE, "Văn bản " + (i + 1), Snippets.HIGHLIGHTED_FIELD));
                doc.add(new Field(SearchFields.TEXT, text.toString().strip(), Snippets.HIGHLIGHTED_FIELD));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"quyền sở hữu trí tuệ", "chỉ dẫn địa lý nhãn lồng", "\"văn bằng bảo hộ\"",
            "giống cây trồng quyền tác giả", "chuyển giao công nghệ"})
    void the_page_is_marked_as_lucenes_fast_vector_highlighter_marks_it(String typed) throws IOException {
        Query highlight = new TextQueryBuilder().highlightQuery(SearchQuery.parse(typed));
        IndexSearcher searcher = new IndexSearcher(reader);
        int[] page = Arrays.stream(searcher.search(highlight, 10).scoreDocs).mapToInt(hit -> hit.doc).toArray();
        assertThat(page).hasSize(10);

        List<Snippets.Marked> marked = new Snippets(SearchService.SNIPPET_CHARS).highlight(reader, highlight,
                Snippets.hits(reader, page, DecodedDocuments.NONE), List.of(SearchFields.TEXT));

        FastVectorHighlighter lucene = new FastVectorHighlighter(true, true);
        lucene.setPhraseLimit(256);
        FieldQuery fieldQuery = lucene.getFieldQuery(highlight, reader);
        SimpleFragmentsBuilder fragments = new SimpleFragmentsBuilder(new String[] {"<mark>"},
                new String[] {"</mark>"}, new SimpleBoundaryScanner());
        fragments.setDiscreteMultiValueHighlighting(true);
        LeafReader segment = reader.leaves().getFirst().reader();
        List<String> expected = new ArrayList<>();
        for (int doc : page) {
            expected.add(lucene.getBestFragment(fieldQuery, segment, doc, SearchFields.TEXT,
                    SearchService.SNIPPET_CHARS, new SimpleFragListBuilder(), fragments, new String[] {"<mark>"},
                    new String[] {"</mark>"}, new SimpleHTMLEncoder()));
        }
        assertThat(expected).doesNotContainNull().allSatisfy(fragment -> assertThat(fragment).contains("<mark>"));
        assertThat(marked.stream().map(m -> m.html()[0]).toList()).isEqualTo(expected);
    }
}
