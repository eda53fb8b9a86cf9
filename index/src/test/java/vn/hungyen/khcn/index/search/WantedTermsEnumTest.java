package vn.hungyen.khcn.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;

/**
 * The highlighter's view of a hit's term vector narrowed to the terms it marks: exactly the wanted terms the vector
 * holds, in the vector's order, each with its own positions and offsets — whatever the wanted list holds besides
 * (terms before the first, after the last, between two, or none at all); the wanted terms are every term of the
 * highlight query, or none to narrow by when a clause matches otherwise than by its terms.
 */
class WantedTermsEnumTest {

    private static final String TEXT = "Điều 4. Quyền sở hữu trí tuệ: quyền tác giả, quyền sở hữu công nghiệp và "
            + "quyền đối với giống cây trồng; chỉ dẫn địa lý nhãn lồng Hưng Yên.";

    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;
    private static Terms vector;

    @BeforeAll
    static void oneDocument() throws IOException {
        FieldType withVectors = Snippets.HIGHLIGHTED_FIELD;
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzers.itemFields()))) {
            Document doc = new Document();
            doc.add(new Field(SearchFields.TEXT, TEXT, withVectors));
            writer.addDocument(doc);
        }
        reader = DirectoryReader.open(directory);
        vector = reader.termVectors().get(0).terms(SearchFields.TEXT);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    private static List<String> all() throws IOException {
        List<String> terms = new ArrayList<>();
        TermsEnum it = vector.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
            terms.add(term.utf8ToString());
        }
        return terms;
    }

    private static List<String> wanted(String... terms) throws IOException {
        BytesRef[] sorted = Stream.of(terms).map(BytesRef::new).sorted().toArray(BytesRef[]::new);
        TermsEnum it = new Snippets.WantedTermsEnum(vector.iterator(), sorted);
        List<String> out = new ArrayList<>();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
            out.add(term.utf8ToString());
        }
        assertThat(it.next()).as("an exhausted enum stays exhausted").isNull();
        return out;
    }

    @Test
    void keepsExactlyTheWantedTermsTheVectorHolds() throws IOException {
        assertThat(all()).contains("sở", "hữu", "trí", "tuệ", "quyền", "nhãn", "lồng");
        assertThat(wanted("sở", "hữu", "trí", "tuệ")).containsExactly("hữu", "sở", "trí", "tuệ");
        assertThat(wanted("tuệ", "khoa", "học", "nhãn", "zzz", "a", "lồng"))
                .containsExactly("lồng", "nhãn", "tuệ");
        assertThat(wanted("khoa", "học")).isEmpty();
        assertThat(wanted()).isEmpty();
    }

    @Test
    void everyTermOfTheVectorCanBeWanted() throws IOException {
        List<String> all = all();
        assertThat(wanted(all.toArray(String[]::new))).isEqualTo(all);
        assertThat(wanted(all.getFirst(), all.getLast())).containsExactly(all.getFirst(), all.getLast());
    }

    @Test
    void theWantedTermsAreEveryTermOfTheQueryByField() {
        Query query = new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(SearchFields.TITLE, "tuệ")), 4f), Occur.SHOULD)
                .add(new PhraseQuery(SearchFields.TEXT, "sở", "hữu"), Occur.SHOULD)
                .add(new SynonymQuery.Builder(SearchFields.TEXT).addTerm(new Term(SearchFields.TEXT, "hoà"))
                        .addTerm(new Term(SearchFields.TEXT, "hòa")).build(), Occur.MUST)
                .add(new TermQuery(new Term(SearchFields.TEXT, "lồng")), Occur.MUST_NOT)
                .build();
        Map<String, BytesRef[]> wanted = Snippets.wanted(query);
        assertThat(wanted).containsOnlyKeys(SearchFields.TITLE, SearchFields.TEXT);
        assertThat(Stream.of(wanted.get(SearchFields.TITLE)).map(BytesRef::utf8ToString)).containsExactly("tuệ");
        assertThat(Stream.of(wanted.get(SearchFields.TEXT)).map(BytesRef::utf8ToString))
                .containsExactly("hoà", "hòa", "hữu", "lồng", "sở");
    }

    @Test
    void aClauseMatchingOtherwiseThanByTermsLeavesTheVectorsWhole() {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchFields.TEXT, "nhãn")), Occur.SHOULD)
                .add(new AutomatonQuery(new Term(SearchFields.TEXT, "long"),
                        Automata.makeStringUnion(List.of(new BytesRef("long"), new BytesRef("lồng")))), Occur.SHOULD)
                .build();
        assertThat(Snippets.wanted(query)).isEmpty();
    }

    @Test
    void aWantedTermKeepsItsPositionsAndOffsets() throws IOException {
        TermsEnum it = new Snippets.WantedTermsEnum(vector.iterator(),
                new BytesRef[] {new BytesRef("quyền")});
        assertThat(it.next().utf8ToString()).isEqualTo("quyền");
        PostingsEnum postings = it.postings(null, PostingsEnum.OFFSETS);
        postings.nextDoc();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < postings.freq(); i++) {
            postings.nextPosition();
            found.add(TEXT.substring(postings.startOffset(), postings.endOffset()));
        }
        assertThat(found).containsExactly("Quyền", "quyền", "quyền", "quyền");
    }
}
