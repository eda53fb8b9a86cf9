package vn.hungyen.khcn.index.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-checked values of the metrics the evaluation prints. */
class RetrievalMetricsTest {

    // Ranking d1..d5; relevant {d2, d4, d9}: d2 at rank 2, d4 at rank 4, d9 never retrieved.
    private static final List<String> RANKED = List.of("d1", "d2", "d3", "d4", "d5");
    private static final Set<String> RELEVANT = Set.of("d2", "d4", "d9");

    @Test
    void recall_counts_relevant_documents_within_the_cut_off() {
        assertThat(RetrievalMetrics.recallAtK(RANKED, RELEVANT, 10)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(RetrievalMetrics.recallAtK(RANKED, RELEVANT, 3)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(RetrievalMetrics.recallAtK(RANKED, RELEVANT, 1)).isZero();
        assertThat(RetrievalMetrics.recallAtK(RANKED, Set.of(), 10)).isZero();
    }

    @Test
    void ndcg_discounts_by_log2_of_rank_plus_one_against_the_ideal_ranking() {
        // DCG = 1/log2(3) + 1/log2(5) = 0.630930 + 0.430677 = 1.061606
        // IDCG (3 relevant at ranks 1..3) = 1 + 0.630930 + 0.5 = 2.130930; 1.061606 / 2.130930 = 0.498189
        assertThat(RetrievalMetrics.ndcgAtK(RANKED, RELEVANT, 10)).isCloseTo(0.498189, within(1e-6));
        // at k = 2 only d2 counts: 0.63093 / (1 + 0.63093)
        assertThat(RetrievalMetrics.ndcgAtK(RANKED, RELEVANT, 2)).isCloseTo(0.386853, within(1e-6));
        assertThat(RetrievalMetrics.ndcgAtK(List.of("d2", "d4", "d9"), RELEVANT, 10)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void cross_validation_scores_each_fold_with_the_row_chosen_without_it() {
        // Five questions, one per fold. Row "uneven" wins only when its zero (question 4) is left out of the choice,
        // and is then scored on exactly that zero: the estimate (4 × 0.9 + 0) / 5 = 0.72 is below both rows' means
        // (0.8 and 0.9) — the price of choosing on the same questions, which the full-set best (0.9) hides.
        Map<String, double[]> rows = new LinkedHashMap<>();
        rows.put("uneven", new double[] {1, 1, 1, 1, 0});
        rows.put("steady", new double[] {0.9, 0.9, 0.9, 0.9, 0.9});
        RetrievalMetrics.CrossValidated result = RetrievalMetrics.crossValidated(rows, 5);
        assertThat(result.chosen()).containsExactly("steady", "steady", "steady", "steady", "uneven");
        assertThat(result.mean()).isCloseTo(0.72, within(1e-12));
    }

    @Test
    void bootstrap_interval_brackets_the_mean_and_collapses_for_equal_values() {
        double[] values = {0, 1, 0, 1, 1, 1, 0, 1, 1, 1};
        double[] interval = RetrievalMetrics.bootstrapInterval(values, 7);
        assertThat(interval[0]).isLessThan(0.7).isGreaterThanOrEqualTo(0.2);
        assertThat(interval[1]).isGreaterThan(0.7).isLessThanOrEqualTo(1.0);
        assertThat(RetrievalMetrics.bootstrapInterval(new double[] {0.5, 0.5, 0.5}, 7)).containsExactly(0.5, 0.5);
    }
}
