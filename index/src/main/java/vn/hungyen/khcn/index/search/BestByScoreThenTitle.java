package vn.hungyen.khcn.index.search;

import java.io.IOException;
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
 * and a title is read only for a match that enters the page or ties with its last hit.
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
        return new LeafCollector() {
            private Scorable scorer;

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                float score = scorer.score();
                if (queue.size() < queue.capacity) {
                    queue.add(new Hit(docBase + doc, score, title(doc)));
                    return;
                }
                Hit last = queue.top();
                if (score < last.score) {
                    return;
                }
                BytesRef title = title(doc);
                // An equal score and title loses to the hit already there: it comes later in document order.
                if (score == last.score && compareTitles(title, last.title) >= 0) {
                    return;
                }
                last.doc = docBase + doc;
                last.score = score;
                last.title = title;
                queue.updateTop();
            }

            private @Nullable BytesRef title(int doc) throws IOException {
                return titles.advanceExact(doc) ? BytesRef.deepCopyOf(titles.lookupOrd(titles.nextOrd())) : null;
            }
        };
    }

    /** Titles in index order (UTF-8 bytes), no title last. */
    static int compareTitles(@Nullable BytesRef a, @Nullable BytesRef b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        return a.compareTo(b);
    }

    private static final class Hit {
        int doc;
        float score;
        @Nullable BytesRef title;

        Hit(int doc, float score, @Nullable BytesRef title) {
            this.doc = doc;
            this.score = score;
            this.title = title;
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
            int titles = compareTitles(a.title, b.title);
            return titles != 0 ? titles > 0 : a.doc > b.doc;
        }

        Iterable<Hit> hits() {
            return this;
        }
    }
}
