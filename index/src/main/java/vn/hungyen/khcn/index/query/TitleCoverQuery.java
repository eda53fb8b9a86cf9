package vn.hungyen.khcn.index.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.SearchFields;
import vn.hungyen.khcn.index.analysis.VietnameseAnalyzers;

/**
 * Matches the items whose whole title the query holds: every distinct folded term of the title
 * ({@link SearchFields#TITLE_FOLDED}) is one of the query's terms, however many other words the query has. A question
 * that restates an article's heading ("Nhiệm vụ của giáo dục thường xuyên là gì?" and "Nhiệm vụ của giáo dục thường
 * xuyên") or a pasted sentence that holds a task's title then ranks that item above the ones that only share most of
 * its words. The score is the number of the title's terms, 1 each (to be boosted by the ranking,
 * {@code TextQueryBuilder.Ranking}): a long title whole in the query says more than a short one, and the bonus stays
 * of the size of a few terms' matches, whether the query is two words or a long question.
 *
 * <p>Each item carries its title's distinct folded terms ({@link #titleTerms}, written by {@link TitleTermsBinder}) in
 * {@link SearchFields#TITLE_TERM_SET} and their number in {@link SearchFields#TITLE_TERMS}, only when there are at
 * least {@value #MIN_TERMS}: a title of one or two syllables ("Mục đích", "Yêu cầu": a single word) is no name a
 * query can be said to hold, and any question using the word would hold it. On the embedded index the check reads an
 * item's terms from doc values, only for the items the rest of the query matched (a two-phase check: a title with
 * more terms than the query is rejected on its count alone); on OpenSearch the same query is a {@code terms_set} on
 * {@link SearchFields#TITLE_FOLDED} with {@code minimum_should_match_field} {@link SearchFields#TITLE_TERMS} and a
 * constant-score term for each of the query's terms ({@code LuceneToOpenSearch}).
 */
public final class TitleCoverQuery extends Query {

    /** Fewer distinct terms than this in a title: nothing is written, no query covers it. */
    public static final int MIN_TERMS = 3;

    /** The title field's own analysis (folded, as indexed): the terms a query must hold. */
    private static final Analyzer TITLE_ANALYSIS = VietnameseAnalyzers.folded();

    private final List<String> terms;

    /** The query's folded terms, as the title field's query analysis makes them: kept in order, each once. */
    public TitleCoverQuery(Collection<String> terms) {
        this.terms = List.copyOf(new LinkedHashSet<>(terms));
    }

    /** The query's terms, in order, each once. */
    public List<String> terms() {
        return terms;
    }

    /**
     * The distinct folded terms of {@code title} as its field indexes them, in order; none when there are fewer than
     * {@value #MIN_TERMS} (nothing is then written).
     */
    public static List<String> titleTerms(String title) {
        Set<String> distinct = new LinkedHashSet<>(
                VietnameseAnalyzers.terms(TITLE_ANALYSIS, SearchFields.TITLE_FOLDED, title));
        return distinct.size() >= MIN_TERMS ? List.copyOf(distinct) : List.of();
    }

    /**
     * {@link SearchFields#TITLE_TERM_SET} and {@link SearchFields#TITLE_TERMS} of {@code title} as Lucene fields, as
     * Hibernate Search writes them through {@link TitleTermsBinder} (an aggregable string is sorted-set doc values, a
     * sortable integer sorted-numeric): for an index written outside Hibernate Search, the evaluation's and the
     * tests' small indexes, like {@code VietnameseAnalyzers.itemFields()}.
     */
    public static List<IndexableField> luceneFields(String title) {
        List<String> terms = titleTerms(title);
        List<IndexableField> fields = new ArrayList<>();
        for (String term : terms) {
            fields.add(new SortedSetDocValuesField(SearchFields.TITLE_TERM_SET, new BytesRef(term)));
        }
        if (!terms.isEmpty()) {
            fields.add(new SortedNumericDocValuesField(SearchFields.TITLE_TERMS, terms.size()));
        }
        return fields;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new CoverWeight(boost);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(SearchFields.TITLE_FOLDED)) {
            visitor.getSubVisitor(Occur.SHOULD, this).consumeTerms(this,
                    terms.stream().map(t -> new Term(SearchFields.TITLE_FOLDED, new BytesRef(t))).toArray(Term[]::new));
        }
    }

    @Override
    public String toString(String field) {
        return "titleCoveredBy(" + String.join(" ", terms) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && terms.equals(((TitleCoverQuery) other).terms);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + terms.hashCode();
    }

    private final class CoverWeight extends Weight {

        private final float boost;

        CoverWeight(float boost) {
            super(TitleCoverQuery.this);
            this.boost = boost;
        }

        /** The segment's ordinals of the query's terms that some title holds, sorted; null when fewer than needed. */
        private long @Nullable [] ordinals(SortedSetDocValues titles) throws IOException {
            long[] found = new long[terms.size()];
            int n = 0;
            for (String term : terms) {
                long ord = titles.lookupTerm(new BytesRef(term));
                if (ord >= 0) {
                    found[n++] = ord;
                }
            }
            if (n < MIN_TERMS) {
                return null;
            }
            long[] sorted = Arrays.copyOf(found, n);
            Arrays.sort(sorted);
            return sorted;
        }

        @Override
        public @Nullable Scorer scorer(LeafReaderContext context) throws IOException {
            SortedSetDocValues titles = DocValues.getSortedSet(context.reader(), SearchFields.TITLE_TERM_SET);
            long[] wanted = ordinals(titles);
            if (wanted == null) {
                return null;
            }
            TwoPhaseIterator check = new TwoPhaseIterator(titles) {
                @Override
                public boolean matches() throws IOException {
                    return covered(titles, wanted);
                }

                @Override
                public float matchCost() {
                    return wanted.length;
                }
            };
            DocIdSetIterator iterator = TwoPhaseIterator.asDocIdSetIterator(check);
            return new Scorer(this) {
                @Override
                public DocIdSetIterator iterator() {
                    return iterator;
                }

                @Override
                public TwoPhaseIterator twoPhaseIterator() {
                    return check;
                }

                @Override
                public int docID() {
                    return titles.docID();
                }

                @Override
                public float score() {
                    return boost * titles.docValueCount();
                }

                @Override
                public float getMaxScore(int upTo) {
                    return boost * wanted.length;
                }
            };
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            SortedSetDocValues titles = DocValues.getSortedSet(context.reader(), SearchFields.TITLE_TERM_SET);
            long[] wanted = ordinals(titles);
            if (wanted != null && titles.advanceExact(doc) && covered(titles, wanted)) {
                int count = titles.docValueCount();
                return Explanation.match(boost * count, "the whole title is in the query: " + count + " terms, "
                        + boost + " each");
            }
            return Explanation.noMatch("the title is not whole in the query");
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            return DocValues.isCacheable(context, SearchFields.TITLE_TERM_SET);
        }
    }

    /** Whether every term of the current item's title is among {@code wanted} (its count first: more cannot be). */
    private static boolean covered(SortedSetDocValues titles, long[] wanted) throws IOException {
        int count = titles.docValueCount();
        if (count > wanted.length) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (Arrays.binarySearch(wanted, titles.nextOrd()) < 0) {
                return false;
            }
        }
        return true;
    }
}
