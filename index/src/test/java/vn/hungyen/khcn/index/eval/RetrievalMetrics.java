package vn.hungyen.khcn.index.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Rank metrics with binary relevance: recall@k and nDCG@k (DCG with a log2(rank + 1) discount); and what choosing the
 * best of several configurations on the same questions is worth on others (cross-validation, bootstrap interval).
 */
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

    /** The mean over the questions left out of the configuration chosen without them, and the choice per fold. */
    record CrossValidated(double mean, List<String> chosen) {
    }

    /**
     * {@code folds}-fold cross-validation of choosing the best row: question {@code i} is in fold {@code i % folds};
     * for each fold the row with the highest mean over the other folds' questions is chosen (the first of equals),
     * and scored on that fold's questions. {@code rows}: a score per question for each configuration, same questions.
     */
    static CrossValidated crossValidated(Map<String, double[]> rows, int folds) {
        int n = rows.values().iterator().next().length;
        double held = 0;
        List<String> chosen = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            String best = null;
            double bestMean = Double.NEGATIVE_INFINITY;
            for (var row : rows.entrySet()) {
                double sum = 0;
                int count = 0;
                for (int i = 0; i < n; i++) {
                    if (i % folds != fold) {
                        sum += row.getValue()[i];
                        count++;
                    }
                }
                if (sum / count > bestMean) {
                    bestMean = sum / count;
                    best = row.getKey();
                }
            }
            for (int i = fold; i < n; i += folds) {
                held += rows.get(best)[i];
            }
            chosen.add(best);
        }
        return new CrossValidated(held / n, chosen);
    }

    /** The 2.5th and 97.5th percentiles of the mean of {@code values} resampled with replacement ({@code seed}). */
    static double[] bootstrapInterval(double[] values, long seed) {
        Random random = new Random(seed);
        int draws = 10_000;
        double[] means = new double[draws];
        for (int d = 0; d < draws; d++) {
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[random.nextInt(values.length)];
            }
            means[d] = sum / values.length;
        }
        Arrays.sort(means);
        return new double[] {means[(int) (draws * 0.025)], means[(int) (draws * 0.975)]};
    }
}
