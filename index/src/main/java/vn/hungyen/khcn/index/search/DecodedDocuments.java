package vn.hungyen.khcn.index.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.jspecify.annotations.Nullable;

/**
 * The decoded stored fields and term vectors of long documents, kept from one search to the next. A law is one item
 * of up to 275 KB and a hit of many searches; the highlighter needs it whole (its stored text for the snippet, its term
 * vectors for the marks), and decoding both cost about 1 ms a hit — most of a page of laws (measured on the bundled
 * content: README, "Search speed"). Documents of fewer than {@link #MIN_CHARS} stored characters are not kept: they
 * decode in microseconds. What is kept is bounded by an estimate of the memory it holds ({@link #BYTES_PER_CHAR} per
 * stored character: the text as a Java string and its term vectors' positions and offsets), least recently used out
 * first; the documents of a segment leave when it is closed (merged away, the index rebuilt). Both the stored
 * {@link Document} and the term vectors' {@link Fields} are only read once decoded (each terms enum is new), so one
 * entry serves concurrent searches.
 */
final class DecodedDocuments {

    /** A document's stored fields and term vectors (null when it has none), as the codec decodes them. */
    record Decoded(Document stored, @Nullable Fields vectors) {
    }

    /** Decodes one document of a segment. */
    @FunctionalInterface
    interface Decoder {
        Decoded decode(int doc) throws IOException;
    }

    /** Shorter documents are decoded every time. */
    static final int MIN_CHARS = 16_384;

    /** Memory held per stored character: 2 for the string, about 3 for the term vectors (a token per 4–5 chars). */
    static final int BYTES_PER_CHAR = 5;

    /** Keeps nothing: for indexes that live for one page (OpenSearch hits highlighted in memory). */
    static final DecodedDocuments NONE = new DecodedDocuments(0);

    private record Key(IndexReader.CacheKey segment, int doc) {
    }

    private record Entry(Decoded decoded, long bytes) {
    }

    private final long budget;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final Set<IndexReader.CacheKey> watched = new HashSet<>();
    private long held;

    /** @param budget bytes the kept documents may hold, by the estimate above */
    DecodedDocuments(long budget) {
        this.budget = budget;
    }

    /**
     * Document {@code doc} of {@code segment}: as kept, or decoded now by {@code decoder} (and kept when long and the
     * segment can be told apart from others, which a wrapped reader without a core key cannot).
     */
    Decoded get(LeafReader segment, int doc, Decoder decoder) throws IOException {
        IndexReader.CacheHelper core = budget == 0 ? null : segment.getCoreCacheHelper();
        if (core == null) {
            return decoder.decode(doc);
        }
        Key key = new Key(core.getKey(), doc);
        synchronized (this) {
            Entry kept = entries.get(key);
            if (kept != null) {
                return kept.decoded();
            }
        }
        Decoded decoded = decoder.decode(doc);
        long chars = storedChars(decoded.stored());
        if (chars >= MIN_CHARS && chars * BYTES_PER_CHAR <= budget) {
            keep(core, key, new Entry(decoded, chars * BYTES_PER_CHAR));
        }
        return decoded;
    }

    private void keep(IndexReader.CacheHelper core, Key key, Entry entry) {
        boolean watch;
        synchronized (this) {
            Entry previous = entries.put(key, entry);
            held += entry.bytes() - (previous == null ? 0 : previous.bytes());
            Iterator<Entry> oldest = entries.values().iterator();
            while (held > budget && oldest.hasNext()) {
                held -= oldest.next().bytes();
                oldest.remove();
            }
            watch = watched.add(key.segment());
        }
        if (watch) {
            core.addClosedListener(this::forget);
        }
    }

    /** Drops the documents of a closed segment. */
    private synchronized void forget(IndexReader.CacheKey segment) {
        watched.remove(segment);
        Iterator<Map.Entry<Key, Entry>> all = entries.entrySet().iterator();
        while (all.hasNext()) {
            Map.Entry<Key, Entry> next = all.next();
            if (next.getKey().segment() == segment) {
                held -= next.getValue().bytes();
                all.remove();
            }
        }
    }

    /** Documents kept now. */
    synchronized int size() {
        return entries.size();
    }

    /** Bytes the kept documents hold, by the estimate. */
    synchronized long held() {
        return held;
    }

    private static long storedChars(Document stored) {
        long chars = 0;
        for (IndexableField field : stored) {
            String value = field.stringValue();
            if (value != null) {
                chars += value.length();
            }
        }
        return chars;
    }
}
