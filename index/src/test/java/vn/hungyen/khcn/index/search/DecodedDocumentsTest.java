package vn.hungyen.khcn.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;

/**
 * Long documents decoded for one page and kept for the next: decoded once while kept, short ones every time, the
 * least recently used out first within the budget, gone with their segment — and a kept document highlights as a
 * freshly decoded one does. Three "laws" of articles of the Law on Intellectual Property (each well over
 * {@link DecodedDocuments#MIN_CHARS}) and one plan line.
 */
class DecodedDocumentsTest {

    private static final String ARTICLES = "Điều 4. Giải thích từ ngữ. Quyền sở hữu trí tuệ là quyền của tổ chức, "
            + "cá nhân đối với tài sản trí tuệ, bao gồm quyền tác giả và quyền liên quan đến quyền tác giả, quyền sở "
            + "hữu công nghiệp và quyền đối với giống cây trồng. Điều 6. Căn cứ phát sinh, xác lập quyền sở hữu trí "
            + "tuệ. Quyền sở hữu công nghiệp đối với chỉ dẫn địa lý được xác lập trên cơ sở quyết định cấp văn bằng "
            + "bảo hộ của cơ quan nhà nước có thẩm quyền. ";
    private static final int LAWS = 3;

    private ByteBuffersDirectory directory;
    private DirectoryReader reader;
    private LeafReader segment;
    private final AtomicInteger decodes = new AtomicInteger();

    @BeforeEach
    void index() throws IOException {
        FieldType withVectors = Snippets.HIGHLIGHTED_FIELD;
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzers.itemFields()))) {
            for (int law = 0; law < LAWS; law++) {
                add(writer, withVectors, "Luật Sở hữu trí tuệ, bản " + (law + 1), ARTICLES.repeat(50));
            }
            add(writer, withVectors, "Nhiệm vụ 7.3", "Hỗ trợ xác lập quyền sở hữu trí tuệ cho sản phẩm nhãn lồng Hưng "
                    + "Yên và quản lý chỉ dẫn địa lý.");
            writer.forceMerge(1);
        }
        reader = DirectoryReader.open(directory);
        segment = reader.leaves().getFirst().reader();
    }

    private static void add(IndexWriter writer, FieldType type, String title, String text) throws IOException {
        Document doc = new Document();
        doc.add(new Field(SearchFields.TITLE, title, type));
        doc.add(new Field(SearchFields.TEXT, text, type));
        writer.addDocument(doc);
    }

    @AfterEach
    void close() throws IOException {
        if (reader.getRefCount() > 0) {
            reader.close();
        }
        directory.close();
    }

    private DecodedDocuments.Decoded get(DecodedDocuments kept, int doc) throws IOException {
        return kept.get(segment, doc, d -> {
            decodes.incrementAndGet();
            return new DecodedDocuments.Decoded(segment.storedFields().document(d), segment.termVectors().get(d));
        });
    }

    private static long bytes(int doc, DirectoryReader reader) throws IOException {
        Document stored = reader.storedFields().document(doc);
        return (long) DecodedDocuments.BYTES_PER_CHAR
                * (stored.get(SearchFields.TITLE).length() + stored.get(SearchFields.TEXT).length());
    }

    @Test
    void a_long_document_is_decoded_once_while_kept_and_a_short_one_every_time() throws IOException {
        DecodedDocuments kept = new DecodedDocuments(1L << 20);
        DecodedDocuments.Decoded first = get(kept, 0);
        assertThat(first.stored().get(SearchFields.TEXT).length()).isGreaterThan(DecodedDocuments.MIN_CHARS);
        assertThat(first.vectors().terms(SearchFields.TEXT)).isNotNull();
        assertThat(get(kept, 0)).isSameAs(first);
        assertThat(decodes).hasValue(1);
        get(kept, LAWS);
        get(kept, LAWS);
        assertThat(decodes).hasValue(3);
        assertThat(kept.size()).isEqualTo(1);
        assertThat(kept.held()).isEqualTo(bytes(0, reader));
    }

    @Test
    void within_the_budget_the_least_recently_used_leaves_first() throws IOException {
        DecodedDocuments kept = new DecodedDocuments(2 * bytes(0, reader) + 100);
        get(kept, 0);
        get(kept, 1);
        get(kept, 0);
        get(kept, 2);
        assertThat(decodes).hasValue(3);
        assertThat(kept.size()).isEqualTo(2);
        assertThat(kept.held()).isLessThanOrEqualTo(2 * bytes(0, reader) + 100);
        get(kept, 0);
        assertThat(decodes).as("the law read last but one is still kept").hasValue(3);
        get(kept, 1);
        assertThat(decodes).as("the law read longest ago was let go").hasValue(4);
    }

    @Test
    void a_document_larger_than_the_whole_budget_is_not_kept() throws IOException {
        DecodedDocuments kept = new DecodedDocuments(bytes(0, reader) - 1);
        get(kept, 0);
        get(kept, 0);
        assertThat(decodes).hasValue(2);
        assertThat(kept.size()).isZero();
        assertThat(kept.held()).isZero();
        get(DecodedDocuments.NONE, 1);
        get(DecodedDocuments.NONE, 1);
        assertThat(decodes).hasValue(4);
    }

    @Test
    void a_closed_segment_takes_its_documents_with_it() throws IOException {
        DecodedDocuments kept = new DecodedDocuments(1L << 20);
        get(kept, 0);
        get(kept, 1);
        assertThat(kept.size()).isEqualTo(2);
        reader.close();
        assertThat(kept.size()).isZero();
        assertThat(kept.held()).isZero();
    }

    @Test
    void a_kept_document_is_highlighted_as_a_freshly_decoded_one() throws IOException {
        TextQueryBuilder queries = new TextQueryBuilder();
        SearchQuery typed = SearchQuery.parse("chi dan dia ly");
        Query highlight = queries.highlightQuery(typed);
        Snippets snippets = new Snippets(SearchService.SNIPPET_CHARS);
        int[] page = {0, LAWS, 1};
        DecodedDocuments kept = new DecodedDocuments(1L << 20);
        List<Snippets.Marked> fresh = snippets.highlight(reader, highlight,
                Snippets.hits(reader, page, DecodedDocuments.NONE), SearchService.HIGHLIGHTED);
        List<Snippets.Marked> cold = snippets.highlight(reader, highlight, Snippets.hits(reader, page, kept),
                SearchService.HIGHLIGHTED);
        assertThat(kept.size()).isEqualTo(2);
        List<Snippets.Marked> warm = snippets.highlight(reader, highlight, Snippets.hits(reader, page, kept),
                SearchService.HIGHLIGHTED);
        for (List<Snippets.Marked> marked : List.of(cold, warm)) {
            for (int i = 0; i < page.length; i++) {
                assertThat(marked.get(i).html()).containsExactly(fresh.get(i).html());
                assertThat(marked.get(i).firstMark()).containsExactly(fresh.get(i).firstMark());
            }
        }
        // Typed without marks, the words are marked as the text writes them, in the law and in the plan line.
        for (int i = 0; i < 2; i++) {
            String snippet = fresh.get(i).html()[1];
            assertThat(snippet).contains("<mark>");
            assertThat(snippet.replaceAll("</?mark>", "")).contains("chỉ dẫn địa lý");
        }
    }
}
