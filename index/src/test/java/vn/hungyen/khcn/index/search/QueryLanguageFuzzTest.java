package vn.hungyen.khcn.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;

/**
 * Whatever a reader types — any Unicode, lone surrogates, control characters, stray quotes and operators, every
 * prefix of the query language, pages of text — is a query: parsing never fails ({@link SearchQuery} promises it),
 * building the Lucene query never fails, and that query runs, ranks, sorts and highlights on a small index of the
 * portal's fields analysed as the portal analyses them. Bounded tries keep the suite fast; inputs the fuzzer found
 * are kept as examples.
 */
class QueryLanguageFuzzTest {

    private static final TextQueryBuilder BUILDER = new TextQueryBuilder();
    private static final Snippets SNIPPETS = new Snippets(220);
    private static final List<String> TEXTS = List.of(
            "Triển khai hiệu quả Chương trình phát triển thị trường khoa học và công nghệ tỉnh Hưng Yên",
            "Tổ chức 02 lớp tập huấn kiến thức về phát triển thị trường công nghệ",
            "Quyết định số 2999/QĐ-UBND ngày 17/12/2021 của UBND tỉnh Hưng Yên",
            "Nghị định 60/2021/NĐ-CP quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập",
            "Văn phòng Sở; Phòng QL CN&TT CN — đổi mới sáng tạo, khởi nghiệp, \"sở hữu trí tuệ\"");

    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;

    @BeforeContainer
    static void smallIndex() throws IOException {
        Analyzer analyzer = VietnameseAnalyzers.itemFields();
        FieldType highlighted = new FieldType(TextField.TYPE_STORED);
        highlighted.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        highlighted.setStoreTermVectors(true);
        highlighted.setStoreTermVectorPositions(true);
        highlighted.setStoreTermVectorOffsets(true);
        highlighted.freeze();
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < TEXTS.size(); i++) {
                String title = TEXTS.get((i + 1) % TEXTS.size());
                Document doc = new Document();
                doc.add(new Field(SearchFields.TITLE, title, highlighted));
                doc.add(new Field(SearchFields.TEXT, TEXTS.get(i), highlighted));
                doc.add(new TextField(SearchFields.TITLE_FOLDED, title, Field.Store.NO));
                doc.add(new TextField(SearchFields.TEXT_FOLDED, TEXTS.get(i), Field.Store.NO));
                doc.add(new TextField(SearchFields.TEXT_SHINGLE, TEXTS.get(i), Field.Store.NO));
                doc.add(new SortedSetDocValuesField(SearchFields.TITLE_SORT, new BytesRef(title.toLowerCase())));
                doc.add(new SortedNumericDocValuesField(SearchFields.UPDATED_AT, i));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterContainer
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Property(tries = 1000)
    void any_typed_text_parses_into_at_most_the_clause_limit_of_meaningful_parts(@ForAll("typed") String typed) {
        SearchQuery query = SearchQuery.parse(typed);

        int clauses = query.words().size() + query.phrases().size() + query.excluded().size()
                + query.titleWords().size() + query.types().size()
                + query.facetFilters().values().stream().mapToInt(List::size).sum();
        assertThat(clauses).isLessThanOrEqualTo(SearchQuery.MAX_CLAUSES);
        assertThat(query.words()).allSatisfy(w -> assertThat(w).doesNotContain("\"").isNotBlank());
        assertThat(SearchQuery.FACET_PREFIXES.keySet()).containsAll(query.facetFilters().keySet());
    }

    @Property(tries = 1000)
    void any_typed_text_builds_a_lucene_query_that_runs_ranks_and_highlights(@ForAll("typed") String typed)
            throws IOException {
        runs(typed);
    }

    @Property(tries = 100)
    void a_pasted_page_is_cut_to_the_request_limit_and_still_runs(@ForAll("pages") String page) throws IOException {
        SearchRequest request = SearchRequest.forReaders(page, null, 0, 10);

        assertThat(request.text().length()).isLessThanOrEqualTo(SearchRequest.MAX_QUERY_LENGTH);
        runs(request.text());
    }

    @Property(tries = 50)
    void one_long_word_of_many_syllables_joined_by_punctuation_still_runs(@ForAll("longWords") String word)
            throws IOException {
        runs(SearchRequest.forReaders(word, null, 0, 10).text());
    }

    @Property(tries = 1000)
    void a_typed_facet_value_resolves_to_known_values_or_itself(@ForAll("typed") String typed) {
        java.util.Set<String> known = java.util.Set.of("2022", "Văn phòng Sở", "Phòng QL CN&TT CN", "Nghị định");

        assertThat(SearchService.resolve(typed, known)).isNotEmpty();
    }

    @Example
    void lone_surrogates_control_characters_and_operators_alone_are_queries_of_everything() throws IOException {
        for (String typed : List.of("\uD800", "\uDC00\uD800", "\u0000\u001F\u007F", "-", "\"", "-\"", "* | ( ) [ ] { }",
                "- - -", "\"\"\"", "\"\uD83D\"")) {
            assertThat(BUILDER.build(SearchQuery.parse(typed)).toString()).as(typed).contains("*:*");
            runs(typed);
        }
    }

    private static void runs(String typed) throws IOException {
        SearchQuery query = SearchQuery.parse(typed);
        Query built = BUILDER.build(query);
        Query highlight = BUILDER.highlightQuery(query, built);
        IndexSearcher searcher = new IndexSearcher(reader);
        for (SearchSort sort : SearchSort.values()) {
            assertThat(searcher.search(built, SearchService.best(sort, query, 3)).length).isLessThanOrEqualTo(3);
        }
        ScoreDoc[] best = searcher.search(built, SearchService.best(SearchSort.RELEVANCE, query, 3));
        List<Snippets.Hit> hits = Snippets.hits(reader, Arrays.stream(best).mapToInt(d -> d.doc).toArray(),
                DecodedDocuments.NONE);
        assertThat(SNIPPETS.highlight(reader, highlight, hits, List.of(SearchFields.TITLE, SearchFields.TEXT)))
                .hasSameSizeAs(hits);
    }

    /** Text as typed: fragments of the query language, Vietnamese, numbers and any characters, in any mix. */
    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("loai:", "type:", "kieu:", "nam:", "year:", "donvi:", "unit:", "nhom:", "coquan:",
                        "chude:", "loaivb:", "tieude:", "title:", "http:", "a:b", ":", "-", "--", "\"", "-\"", ":\"",
                        "*", "|", "+", "~", "~2", "(", ")", "[", "]", "{", "}", "\\", "/", "&&", "||", "NOT", "AND",
                        "2999/QĐ-UBND", "60/2021/NĐ-CP", "21/KH-SKHCN", "1/", "/1", "QĐ", "2022", "khoa học",
                        "công nghệ", "cong nghe", "Hưng Yên", "đổi mới", "Tiến sĩ", "KH&CN", "q̃", "Ð", "ß", "İ",
                        "😀", "\uD83D", "\uDE00", "\u0000", "\t", "\n", "\u00A0", "\u2028", "\u200B", "\uFEFF",
                        "\u0301", "\u0323\u0309"),
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u1EA0', '\u1EF9').ofMaxLength(8),
                Arbitraries.strings().withChars("ab1/-.:\"'đ").ofMaxLength(40));
        Arbitrary<String> separator = Arbitraries.of("", " ", " ", "  ", "\t", "\u3000");
        return Arbitraries.oneOf(
                fragment.list().ofMaxSize(40).flatMap(parts -> separator.list().ofSize(parts.size())
                        .map(seps -> join(parts, seps))),
                Arbitraries.strings().ofMaxLength(200));
    }

    /** Pages of text: long words, long runs of operators, thousands of characters. */
    @Provide
    Arbitrary<String> pages() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab.-/1đ").ofMinLength(500).ofMaxLength(3000),
                Arbitraries.strings().withChars("ab \"-:").ofMinLength(500).ofMaxLength(3000),
                Arbitraries.strings().ofMinLength(1000).ofMaxLength(5000),
                typed().list().ofMinSize(20).ofMaxSize(60).map(l -> String.join(" ", l)));
    }

    /** A pasted run of syllables without spaces ("khoa.học-công_nghệ…"): one word that analyses into many terms. */
    @Provide
    Arbitrary<String> longWords() {
        return Arbitraries.of("khoa", "học", "công", "nghệ", "a", "1", "đ", "ĐỔI", "mới")
                .list().ofMinSize(100).ofMaxSize(600)
                .flatMap(parts -> Arbitraries.of(".", "-", "_", ",", "·", "'", "+").list().ofSize(parts.size())
                        .map(seps -> join(parts, seps)));
    }

    private static String join(List<String> parts, List<String> separators) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            s.append(parts.get(i)).append(separators.get(i));
        }
        return s.toString();
    }
}
