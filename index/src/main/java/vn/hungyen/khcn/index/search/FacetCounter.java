package vn.hungyen.khcn.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

/**
 * Counts every match of a search and the values of one multi-valued keyword field with doc values
 * ({@code SearchFacets.COUNTS_FIELD}) over those matches, in the same pass that finds the page's hits.
 *
 * <p>Per segment the counts are kept in an array indexed by the segment's ordinals (one increment per value of a
 * matching document, no hashing, no allocation); the values are looked up only once per segment, for the ordinals
 * that were counted, and merged by value across segments. The result lists every counted value, count descending,
 * then value in index order (UTF-8 bytes): the order a terms aggregation gives.
 */
final class FacetCounter implements Collector {

    /** What was counted: the number of matches and the count of each value, most frequent first. */
    record Counts(long matches, Map<String, Long> values) {
    }

    private final String field;
    private final List<Segment> segments = new ArrayList<>();
    private long matches;

    FacetCounter(String field) {
        this.field = field;
    }

    /** A manager for {@link org.apache.lucene.search.IndexSearcher#search(org.apache.lucene.search.Query,
     * CollectorManager)}: one counter per slice, merged. */
    static CollectorManager<FacetCounter, Counts> manager(String field) {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter(field);
            }

            @Override
            public Counts reduce(Collection<FacetCounter> counters) throws IOException {
                return merge(counters);
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(context.reader(), field);
        Segment segment = new Segment(values, new int[(int) values.getValueCount()]);
        segments.add(segment);
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
                // counts only
            }

            @Override
            public void collect(int doc) throws IOException {
                matches++;
                if (values.advanceExact(doc)) {
                    int[] counts = segment.counts();
                    for (int i = values.docValueCount(); i > 0; i--) {
                        counts[(int) values.nextOrd()]++;
                    }
                }
            }
        };
    }

    private record Segment(SortedSetDocValues values, int[] counts) {
    }

    static Counts merge(Collection<FacetCounter> counters) throws IOException {
        long matches = 0;
        Map<BytesRef, Long> byValue = new HashMap<>();
        for (FacetCounter counter : counters) {
            matches += counter.matches;
            for (Segment segment : counter.segments) {
                int[] counts = segment.counts();
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        BytesRef value = BytesRef.deepCopyOf(segment.values().lookupOrd(ord));
                        byValue.merge(value, (long) counts[ord], Long::sum);
                    }
                }
            }
        }
        List<Map.Entry<BytesRef, Long>> sorted = new ArrayList<>(byValue.entrySet());
        sorted.sort(Map.Entry.<BytesRef, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> values = new LinkedHashMap<>();
        sorted.forEach(e -> values.put(e.getKey().utf8ToString(), e.getValue()));
        return new Counts(matches, values);
    }
}
