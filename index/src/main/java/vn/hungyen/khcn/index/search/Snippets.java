package vn.hungyen.khcn.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CompositeReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Encoder;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.vectorhighlight.BoundaryScanner;
import org.apache.lucene.search.vectorhighlight.FastVectorHighlighter;
import org.apache.lucene.search.vectorhighlight.FieldFragList;
import org.apache.lucene.search.vectorhighlight.FieldFragList.WeightedFragInfo;
import org.apache.lucene.search.vectorhighlight.FieldPhraseList;
import org.apache.lucene.search.vectorhighlight.FieldTermStack;
import org.apache.lucene.search.vectorhighlight.FieldQuery;
import org.apache.lucene.search.vectorhighlight.SimpleBoundaryScanner;
import org.apache.lucene.search.vectorhighlight.SimpleFieldFragList;
import org.apache.lucene.search.vectorhighlight.SimpleFragListBuilder;
import org.apache.lucene.search.vectorhighlight.SimpleFragmentsBuilder;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.SearchFields;

/**
 * Highlights the exact text fields of the hits of one page with Lucene's fast-vector highlighter, configured as
 * Hibernate Search configures it for {@code h.fastVector().tag("<mark>", "</mark>").encoder(HTML).fragmentSize(n)
 * .numberOfFragments(1).noMatchSize(n)} (simple boundary scanner with its default characters and scan, fragments in
 * text order, phrase limit 256, the start of the field when nothing matches), so the snippets are the same. The
 * title is the exception: it is highlighted whole, from its first word ("Triển khai hiệu quả…", not "khai hiệu
 * quả…"), since a reader recognizes an item by the beginning of its title.
 *
 * <p>Why not Hibernate Search's own highlight projection: it highlights with the search query and rebuilds the
 * highlighter's query for every hit and every field (20 times for a page of 10 with title and text), rewriting each
 * multi-term clause against the index each time. Here the highlight query is given apart from the search query
 * ({@link TextQueryBuilder#highlightQuery}: the accented forms of words typed without marks are not searched for,
 * only marked) and is prepared once per page, its accented-form clauses expanded on the terms of the page's hits
 * rather than on the whole index ({@link #expandedOnHits}).
 */
final class Snippets {

    private static final String[] PRE_TAGS = {"<mark>"};
    private static final String[] POST_TAGS = {"</mark>"};
    private static final int PHRASE_LIMIT = 256;
    /** Longer than any title (2,000 characters at most in the database). */
    private static final int WHOLE_MARGIN = 2_000;
    /** The fragment list builder wants at least three margins of fragment. */
    private static final int WHOLE_CHARS = 3 * WHOLE_MARGIN;
    private static final Encoder ENCODER = new SimpleHTMLEncoder();

    /** Compiled accented-form automata, by clause: the same words come back; compiled once (cleared past the cap). */
    private static final Map<AutomatonQuery, CompiledAutomaton> COMPILED = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 10_000;

    /**
     * A stored text field with the term vectors the highlighter reads (positions and offsets), as Hibernate Search
     * writes the exact title and text: for the indexes written here rather than by it (a page of OpenSearch hits).
     */
    static final FieldType HIGHLIGHTED_FIELD = highlightedField();

    private final int fragmentChars;

    Snippets(int fragmentChars) {
        this.fragmentChars = fragmentChars;
    }

    private static FieldType highlightedField() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setStoreTermVectors(true);
        type.setStoreTermVectorPositions(true);
        type.setStoreTermVectorOffsets(true);
        type.freeze();
        return type;
    }

    /**
     * The hits of a page, by their document numbers in {@code reader} (as a search of that reader returned them):
     * each on its segment, wrapped so that its stored fields and term vectors are decoded once for everything read
     * from it ({@link #stored}, {@link #highlight}), or taken from {@code decoded} when a search before decoded them.
     */
    static List<Hit> hits(IndexReader reader, int[] docs, DecodedDocuments decoded) {
        List<LeafReaderContext> leaves = reader.leaves();
        Map<Integer, HitReader> wrapped = new HashMap<>();
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int doc : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            HitReader hitReader = wrapped.computeIfAbsent(leaf.ord, o -> new HitReader(leaf.reader(), decoded));
            hits.add(new Hit(hitReader, doc - leaf.docBase));
        }
        return hits;
    }

    /** Every stored field of a hit, decoded once (the highlighter reads them again from the same copy). */
    static Document stored(Hit hit) throws IOException {
        return hit.reader().storedFields().document(hit.doc());
    }

    /**
     * For each hit of {@code reader} ({@link #hits}), in order, the first fragment of each field ({@code null} when
     * the field is empty) and where in the field its first mark is.
     */
    List<Marked> highlight(IndexReader reader, Query query, List<Hit> hits, List<String> fields) {
        if (hits.isEmpty()) {
            return List.of();
        }
        try {
            FastVectorHighlighter highlighter = new FastVectorHighlighter(true, true);
            highlighter.setPhraseLimit(PHRASE_LIMIT);
            Query expanded = expandedOnHits(query, hits);
            FieldQuery fieldQuery = highlighter.getFieldQuery(expanded, reader);
            Map<String, BytesRef[]> wanted = wanted(expanded);
            for (Hit hit : hits) {
                hit.reader().showOnly(wanted);
            }
            BoundaryScanner boundaries = new SimpleBoundaryScanner();
            SimpleFragListBuilder fragLists = new SimpleFragListBuilder();
            // A title is shown whole, from its first word: the margin before the first match reaches its start.
            SimpleFragListBuilder wholeLists = new SimpleFragListBuilder(WHOLE_MARGIN);
            SimpleFragmentsBuilder fragments = new SimpleFragmentsBuilder(PRE_TAGS, POST_TAGS, boundaries);
            fragments.setDiscreteMultiValueHighlighting(true);
            List<Marked> out = new ArrayList<>(hits.size());
            for (Hit hit : hits) {
                String[] html = new String[fields.size()];
                int[] firstMark = new int[fields.size()];
                for (int i = 0; i < fields.size(); i++) {
                    String field = fields.get(i);
                    boolean whole = field.equals(SearchFields.TITLE);
                    int chars = whole ? WHOLE_CHARS : fragmentChars;
                    // What FastVectorHighlighter.getBestFragments does, keeping the fragment list: where the
                    // fragment shown (the first, in text order) has its first mark.
                    FieldFragList list = (whole ? wholeLists : fragLists).createFieldFragList(new FieldPhraseList(
                            termStack(hit, field, fieldQuery), fieldQuery, PHRASE_LIMIT),
                            chars);
                    String[] best = fragments.createFragments(hit.reader(), hit.doc(), field, list, 1, PRE_TAGS,
                            POST_TAGS, ENCODER);
                    firstMark[i] = best == null || best.length == 0 ? -1 : firstMark(list);
                    if (best == null || best.length == 0) {
                        SimpleFieldFragList start = new SimpleFieldFragList(-1);
                        start.add(0, chars, Collections.emptyList());
                        best = fragments.createFragments(hit.reader(), hit.doc(), field, start, 1, PRE_TAGS, POST_TAGS,
                                ENCODER);
                    }
                    html[i] = best == null || best.length == 0 ? null : best[0];
                }
                out.add(new Marked(html, firstMark));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot highlight the hits", e);
        }
    }

    /** The highlighter's term stack of one field of a hit (see {@link TermStackReader}). */
    private static FieldTermStack termStack(Hit hit, String field, FieldQuery fieldQuery) throws IOException {
        return new FieldTermStack(hit.reader().forTermStack, hit.doc(), field, fieldQuery);
    }

    /**
     * By field, every term of {@code query} (sorted as the index sorts terms): all the highlighter can mark there,
     * and more (prohibited clauses too). Empty when a clause matches in another way than by its terms (an automaton
     * left unexpanded, say): the highlighter then sees whole term vectors.
     */
    static Map<String, BytesRef[]> wanted(Query query) {
        Map<String, Set<BytesRef>> terms = new HashMap<>();
        boolean[] notByTerms = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... found) {
                for (Term term : found) {
                    terms.computeIfAbsent(term.field(), f -> new HashSet<>()).add(term.bytes());
                }
            }

            @Override
            public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
                notByTerms[0] = true;
            }

            @Override
            public void visitLeaf(Query leaf) {
                notByTerms[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        if (notByTerms[0]) {
            return Map.of();
        }
        Map<String, BytesRef[]> wanted = new HashMap<>();
        terms.forEach((field, set) -> wanted.put(field, set.stream().sorted().toArray(BytesRef[]::new)));
        return wanted;
    }

    /** The offset of the first marked term of the first fragment of {@code list}, -1 for none. */
    private static int firstMark(FieldFragList list) {
        if (list.getFragInfos().isEmpty()) {
            return -1;
        }
        int first = Integer.MAX_VALUE;
        for (WeightedFragInfo.SubInfo sub : list.getFragInfos().get(0).getSubInfos()) {
            for (FieldPhraseList.WeightedPhraseInfo.Toffs offsets : sub.getTermsOffsets()) {
                first = Math.min(first, offsets.getStartOffset());
            }
        }
        return first == Integer.MAX_VALUE ? -1 : first;
    }

    /**
     * The highlighted fragments of one hit, by field in the order asked: the HTML ({@code null} for an empty field)
     * and the offset in the field of the fragment's first mark (-1 when nothing is marked).
     */
    record Marked(@Nullable String[] html, int[] firstMark) {
    }

    /**
     * The query with each top-level automaton clause (the accented forms of a word typed without marks) replaced by
     * the terms of the hits' term vectors it accepts, same boost: what the highlighter would otherwise get by
     * rewriting the clause against the whole index, once per hit and field. A hit only ever marks its own terms, so
     * the fragments are the same.
     */
    static Query expandedOnHits(Query query, Collection<Hit> docs) throws IOException {
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        List<BooleanClause> automata = bool.clauses().stream().filter(c -> automaton(c.getQuery()) != null).toList();
        if (automata.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        bool.clauses().stream().filter(c -> automaton(c.getQuery()) == null).forEach(out::add);
        Map<BooleanClause, CompiledAutomaton> compiled = new HashMap<>();
        for (BooleanClause clause : automata) {
            compiled.put(clause, COMPILED.computeIfAbsent(automaton(clause.getQuery()), a -> new CompiledAutomaton(
                    a.getAutomaton(), null, true, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, false)));
        }
        if (COMPILED.size() > MAX_CACHED) {
            COMPILED.clear();
        }
        Map<BooleanClause, Set<BytesRef>> found = new HashMap<>();
        for (Hit doc : docs) {
            Fields fields = doc.reader().allTermVectors(doc.doc());
            if (fields == null) {
                continue;
            }
            for (BooleanClause clause : automata) {
                AutomatonQuery automaton = automaton(clause.getQuery());
                Terms terms = fields.terms(automaton.getField());
                if (terms == null) {
                    continue;
                }
                TermsEnum it = compiled.get(clause).getTermsEnum(terms);
                for (BytesRef term = it.next(); term != null; term = it.next()) {
                    found.computeIfAbsent(clause, c -> new HashSet<>()).add(BytesRef.deepCopyOf(term));
                }
            }
        }
        for (BooleanClause clause : automata) {
            AutomatonQuery automaton = automaton(clause.getQuery());
            float boost = clause.getQuery() instanceof BoostQuery b ? b.getBoost() : 1f;
            for (BytesRef term : found.getOrDefault(clause, Set.of())) {
                out.add(new BoostQuery(new TermQuery(new Term(automaton.getField(), term)), boost), clause.getOccur());
            }
        }
        return out.build();
    }

    private static @Nullable AutomatonQuery automaton(Query query) {
        Query inner = query instanceof BoostQuery b ? b.getQuery() : query;
        return inner instanceof AutomatonQuery a ? a : null;
    }

    /** A hit of the page: its segment, wrapped for highlighting ({@link HitReader}), and its number there. */
    record Hit(HitReader reader, int doc) {
    }

    /**
     * A segment as the highlighter of one page sees it: the term vectors and stored fields of a hit are decoded once
     * for both fields (the highlighter asks for them per field, and the codec decodes the whole document each time).
     * Hits are highlighted on their segment, as Hibernate Search does: the highlighter looks up the document frequency
     * of every marked term, in one segment rather than in all of them.
     */
    static final class HitReader extends FilterLeafReader {
        private final DecodedDocuments kept;
        /** This segment as the term stacks of its hits read it: one per segment and page, not per hit and field. */
        private final TermStackReader forTermStack = new TermStackReader(this);
        private final Map<Integer, DecodedDocuments.Decoded> decoded = new HashMap<>();
        private Map<String, BytesRef[]> wanted = Map.of();
        private @Nullable TermVectors inVectors;
        private @Nullable StoredFields inStored;
        private @Nullable StoredFields cachedStored;

        HitReader(LeafReader in, DecodedDocuments kept) {
            super(in);
            this.kept = kept;
        }

        /** The stored fields and term vectors of {@code doc}, decoded once for this page (or kept from before). */
        private DecodedDocuments.Decoded decoded(int doc) throws IOException {
            DecodedDocuments.Decoded both = decoded.get(doc);
            if (both == null) {
                both = kept.get(in, doc, this::decode);
                decoded.put(doc, both);
            }
            return both;
        }

        private DecodedDocuments.Decoded decode(int doc) throws IOException {
            if (inVectors == null) {
                inVectors = in.termVectors();
                inStored = in.storedFields();
            }
            return new DecodedDocuments.Decoded(inStored.document(doc), inVectors.get(doc));
        }

        /**
         * From now on, the term vectors of a field in {@code wanted} hold only those of its terms (sorted as the index
         * sorts them): the highlighter's term stack looks at every term of a field to keep the few it marks, turning
         * each into a string first; here the others are passed over as bytes.
         */
        void showOnly(Map<String, BytesRef[]> wanted) {
            this.wanted = wanted;
        }

        /** Every term vector of {@code doc} (decoded once for this page), or null when it has none. */
        @Nullable Fields allTermVectors(int doc) throws IOException {
            return decoded(doc).vectors();
        }

        @Override
        public TermVectors termVectors() {
            return new TermVectors() {
                @Override
                public @Nullable Fields get(int doc) throws IOException {
                    Fields all = allTermVectors(doc);
                    return all == null ? null : new WantedFields(all, wanted);
                }
            };
        }

        @Override
        public StoredFields storedFields() throws IOException {
            if (cachedStored == null) {
                cachedStored = cachingStoredFields(getFieldInfos());
            }
            return cachedStored;
        }

        private StoredFields cachingStoredFields(FieldInfos infos) {
            return new StoredFields() {
                @Override
                public void document(int doc, StoredFieldVisitor visitor) throws IOException {
                    Document all = decoded(doc).stored();
                    for (IndexableField field : all) {
                        FieldInfo info = infos.fieldInfo(field.name());
                        StoredFieldVisitor.Status status = visitor.needsField(info);
                        if (status == StoredFieldVisitor.Status.STOP) {
                            return;
                        }
                        if (status == StoredFieldVisitor.Status.YES) {
                            replay(visitor, info, field);
                        }
                    }
                }
            };
        }

        private static void replay(StoredFieldVisitor visitor, FieldInfo info, IndexableField field) throws IOException {
            Number number = field.numericValue();
            if (field.stringValue() != null) {
                visitor.stringField(info, field.stringValue());
            } else if (field.binaryValue() != null) {
                visitor.binaryField(info, BytesRef.deepCopyOf(field.binaryValue()).bytes);
            } else if (number instanceof Integer i) {
                visitor.intField(info, i);
            } else if (number instanceof Long l) {
                visitor.longField(info, l);
            } else if (number instanceof Float f) {
                visitor.floatField(info, f);
            } else if (number instanceof Double d) {
                visitor.doubleField(info, d);
            }
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }

    /**
     * What the highlighter's term stack reads of a hit's segment: its term vectors and its size, and for each term it
     * keeps a document frequency, which only weighs the term when fragments are ranked by score. This highlighter
     * shows the first fragment in text order (simple fragment list and fragments builders), so the frequency is not
     * looked up (a terms-dictionary seek for every marked term of every hit and field): every term counts as in one
     * document. Anything else a reader answers is refused rather than answered wrongly.
     */
    private static final class TermStackReader extends CompositeReader {
        private final HitReader hit;

        TermStackReader(HitReader hit) {
            this.hit = hit;
        }

        @Override
        public TermVectors termVectors() {
            return hit.termVectors();
        }

        @Override
        public int maxDoc() {
            return hit.maxDoc();
        }

        @Override
        public int numDocs() {
            return hit.numDocs();
        }

        @Override
        public int docFreq(Term term) {
            return 1;
        }

        @Override
        protected List<? extends IndexReader> getSequentialSubReaders() {
            throw refused();
        }

        @Override
        public StoredFields storedFields() {
            throw refused();
        }

        @Override
        @SuppressWarnings("deprecation")
        public void document(int doc, StoredFieldVisitor visitor) {
            throw refused();
        }

        @Override
        @SuppressWarnings("deprecation")
        public @Nullable Fields getTermVectors(int doc) {
            throw refused();
        }

        @Override
        public long totalTermFreq(Term term) {
            throw refused();
        }

        @Override
        public long getSumDocFreq(String field) {
            throw refused();
        }

        @Override
        public int getDocCount(String field) {
            throw refused();
        }

        @Override
        public long getSumTotalTermFreq(String field) {
            throw refused();
        }

        @Override
        protected void doClose() {
        }

        @Override
        public @Nullable CacheHelper getReaderCacheHelper() {
            return null;
        }

        private static UnsupportedOperationException refused() {
            return new UnsupportedOperationException("only the highlighter's term stack reads this reader");
        }
    }

    /** Term vectors with, for each field of {@code wanted}, only its wanted terms. */
    private static final class WantedFields extends FilterLeafReader.FilterFields {
        private final Map<String, BytesRef[]> wanted;

        WantedFields(Fields in, Map<String, BytesRef[]> wanted) {
            super(in);
            this.wanted = wanted;
        }

        @Override
        public @Nullable Terms terms(String field) throws IOException {
            Terms terms = in.terms(field);
            BytesRef[] only = wanted.get(field);
            if (terms == null || only == null) {
                return terms;
            }
            return new FilterLeafReader.FilterTerms(terms) {
                @Override
                public TermsEnum iterator() throws IOException {
                    return new WantedTermsEnum(in.iterator(), only);
                }
            };
        }
    }

    /**
     * The terms of {@code in} that are among {@code wanted} (both sorted as the index sorts terms), found by walking
     * both lists once: a term vector's enum seeks by walking its terms anyway.
     */
    static final class WantedTermsEnum extends FilterLeafReader.FilterTermsEnum {
        private final BytesRef[] wanted;
        private int next;

        WantedTermsEnum(TermsEnum in, BytesRef[] wanted) {
            super(in);
            this.wanted = wanted;
        }

        @Override
        public @Nullable BytesRef next() throws IOException {
            if (next == wanted.length) {
                return null;
            }
            for (BytesRef term = in.next(); term != null; term = in.next()) {
                int cmp = wanted[next].compareTo(term);
                while (cmp < 0) {
                    if (++next == wanted.length) {
                        return null;
                    }
                    cmp = wanted[next].compareTo(term);
                }
                if (cmp == 0) {
                    next++;
                    return term;
                }
            }
            next = wanted.length;
            return null;
        }
    }
}
