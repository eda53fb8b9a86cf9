package vn.hungyen.khcn.index.eval;

import java.util.List;
import java.util.Set;

/** Rank metrics with binary relevance: recall@k and nDCG@k (DCG with a log2(rank + 1) discount). */
final class RetrievalMetrics {

    private RetrievalMetrics() {
    }

    /** Share of the relevant ids found in the first {@code k} results; 0 when nothing is relevant. */
    static double recallAtK(List<String> ranked, Set<String> relevant, int k) {
        if (relevant.isEmpty()) {
            return 0;
        }
        long found = ranked.stream().limit(k).filter(relevant::contains).count();
        return (double) found / relevant.size();
    }

    /**
     * DCG of the first {@code k} results divided by the DCG of an ideal ranking (all relevant ids first); a relevant
     * id at rank r (1-based) gains 1 / log2(r + 1).
     */
    static double ndcgAtK(List<String> ranked, Set<String> relevant, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += discount(i);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += discount(i);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double discount(int zeroBasedRank) {
        return 1 / (Math.log(zeroBasedRank + 2) / Math.log(2));
    }
}
