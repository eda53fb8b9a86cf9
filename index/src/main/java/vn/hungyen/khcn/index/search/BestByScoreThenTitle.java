package vn.hungyen.khcn.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * The best {@code n} matches by score, ties by title (the sort key of a keyword field with doc values, smallest
 * first, items without one last), then by document: the order of Lucene's
 * {@code Sort(SortField.FIELD_SCORE, SortedSetSortField(titleField))}, kept by a collector that does only that.
 *
 * <p>The search scores every match anyway, since the facets count them all; what this saves over Lucene's generic
 * field-sort collector is its per-match work: here a match below the page's last hit costs one comparison of floats,
 * and titles are compared as ordinals of their segment (the title's bytes are looked up only to compare hits of two
 * segments, once per hit).
 */
final class BestByScoreThenTitle implements Collector {

    private final String titleField;
    private final Queue queue;

    private BestByScoreThenTitle(String titleField, int n) {
        this.titleField = titleField;
        this.queue = new Queue(n);
    }

    /** A manager for {@code IndexSearcher.search}: the best {@code n} hits, best first. */
    static CollectorManager<BestByScoreThenTitle, ScoreDoc[]> manager(String titleField, int n) {
        return new CollectorManager<>() {
            @Override
            public BestByScoreThenTitle newCollector() {
                return new BestByScoreThenTitle(titleField, n);
            }

            @Override
            public ScoreDoc[] reduce(Collection<BestByScoreThenTitle> collectors) {
                Queue all = new Queue(n);
                for (BestByScoreThenTitle collector : collectors) {
                    for (Hit hit : collector.queue.hits()) {
                        all.insertWithOverflow(hit);
                    }
                }
                ScoreDoc[] best = new ScoreDoc[all.size()];
                for (int i = best.length - 1; i >= 0; i--) {
                    Hit hit = all.pop();
                    best[i] = new ScoreDoc(hit.doc, hit.score);
                }
                return best;
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedSetDocValues titles = DocValues.getSortedSet(context.reader(), titleField);
        int docBase = context.docBase;
        int leaf = context.ord;
        return new LeafCollector() {
            private Scorable scorer;
            /** The last hit whose title was placed among this segment's titles, and where it falls. */
            private @Nullable Hit placed;
            private long placedVersion;
            private long placedOrd;

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                float score = scorer.score();
                if (queue.size() < queue.capacity) {
                    queue.add(new Hit(docBase + doc, score, leaf, titles, ord(doc)));
                    return;
                }
                Hit last = queue.top();
                if (score < last.score) {
                    return;
                }
                long ord = ord(doc);
                // An equal score and title loses to the hit already there: it comes later in document order.
                if (score == last.score && compareToLast(ord, last) >= 0) {
                    return;
                }
                last.replace(docBase + doc, score, leaf, titles, ord);
                queue.updateTop();
            }

            private long ord(int doc) throws IOException {
                return titles.advanceExact(doc) ? titles.nextOrd() : MISSING;
            }

            /**
             * This segment's title {@code ord} against the last hit's title, by ordinals only: a last hit from another
             * segment has its title looked up among this segment's titles (Lucene's {@code lookupTerm}) once, not the
             * title of every document that ties with it.
             */
            private int compareToLast(long ord, Hit last) throws IOException {
                if (last.leaf == leaf || ord == MISSING || last.ord == MISSING) {
                    return compareOrds(ord, last.ord);
                }
                if (placed != last || placedVersion != last.version) {
                    placed = last;
                    placedVersion = last.version;
                    placedOrd = titles.lookupTerm(last.title());
                }
                if (placedOrd >= 0) {
                    return Long.compare(ord, placedOrd);
                }
                // Not among this segment's titles: -(insertion point) - 1.
                return ord < -placedOrd - 1 ? -1 : 1;
            }
        };
    }

    private static final long MISSING = -1;

    /** Ordinals of one segment's titles (or one of them missing), no title last. */
    private static int compareOrds(long a, long b) {
        if (a == MISSING || b == MISSING) {
            return a == b ? 0 : a == MISSING ? 1 : -1;
        }
        return Long.compare(a, b);
    }

    /** Titles in index order (UTF-8 bytes), no title last. */
    static int compareTitles(@Nullable BytesRef a, @Nullable BytesRef b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        return a.compareTo(b);
    }

    /**
     * A hit of the page so far: its title as an ordinal of its segment's titles, looked up as bytes only when it has to
     * be compared with a hit of another segment.
     */
    private static final class Hit {
        int doc;
        float score;
        int leaf;
        SortedSetDocValues titles;
        long ord;
        /** Changes whenever the entry is reused for another document. */
        long version;
        private @Nullable BytesRef title;

        Hit(int doc, float score, int leaf, SortedSetDocValues titles, long ord) {
            replace(doc, score, leaf, titles, ord);
        }

        void replace(int doc, float score, int leaf, SortedSetDocValues titles, long ord) {
            this.doc = doc;
            this.score = score;
            this.leaf = leaf;
            this.titles = titles;
            this.ord = ord;
            this.title = null;
            this.version++;
        }

        @Nullable BytesRef title() throws IOException {
            if (title == null && ord != MISSING) {
                title = BytesRef.deepCopyOf(titles.lookupOrd(ord));
            }
            return title;
        }

        static int compare(Hit a, Hit b) {
            if (a.leaf == b.leaf) {
                return compareOrds(a.ord, b.ord);
            }
            try {
                return compareTitles(a.title(), b.title());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The page so far, its worst hit on top. */
    private static final class Queue extends PriorityQueue<Hit> {
        final int capacity;

        Queue(int capacity) {
            super(capacity);
            this.capacity = capacity;
        }

        /** Whether {@code a} ranks below {@code b}. */
        @Override
        protected boolean lessThan(Hit a, Hit b) {
            if (a.score != b.score) {
                return a.score < b.score;
            }
            int titles = Hit.compare(a, b);
            return titles != 0 ? titles > 0 : a.doc > b.doc;
        }

        Iterable<Hit> hits() {
            return this;
        }
    }
}
