package vn.hungyen.khcn.legal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.legal.domain.Effect.Change;
import vn.hungyen.khcn.legal.domain.Effect.Status;

/** Tình trạng hiệu lực from known relations, on the relations Nghị định 123/2026/NĐ-CP states (Điều 5). */
class EffectTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Change DECREE_123_REPEALS = new Change(Relation.REPEALS, "123-2026-nd-cp", "123/2026/NĐ-CP",
            LocalDate.of(2026, 7, 1));

    @Test
    void a_decree_repealed_by_one_in_force_has_expired_in_whole_since_that_ones_effective_date() {
        Effect e = Effect.of(null, List.of(DECREE_123_REPEALS), TODAY);
        assertThat(e.status()).isEqualTo(Status.EXPIRED);
        assertThat(e.cause()).isEqualTo(DECREE_123_REPEALS);
        assertThat(e.since()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void some_articles_repealed_is_partly_expired_and_a_repeal_not_yet_in_force_changes_nothing() {
        Change part = new Change(Relation.REPEALS_IN_PART, "123-2026-nd-cp", "123/2026/NĐ-CP", LocalDate.of(2026, 7, 1));
        assertThat(Effect.of(null, List.of(part), TODAY).status()).isEqualTo(Status.EXPIRED_IN_PART);
        assertThat(Effect.of(null, List.of(DECREE_123_REPEALS), LocalDate.of(2026, 6, 30)).status())
                .isEqualTo(Status.IN_FORCE);
    }

    @Test
    void an_amended_law_stays_in_force_and_lists_its_amendments_oldest_first() {
        Change by2020 = new Change(Relation.AMENDS, "65-2020-qh14", "65/2020/QH14", LocalDate.of(2021, 1, 1));
        Change by2025 = new Change(Relation.AMENDS, "62-2025-qh15", "62/2025/QH15", LocalDate.of(2025, 3, 1));
        Effect e = Effect.of(LocalDate.of(2015, 1, 1), List.of(by2025, by2020), TODAY);
        assertThat(e.status()).isEqualTo(Status.IN_FORCE);
        assertThat(e.amendedBy()).containsExactly(by2020, by2025);
    }

    @Test
    void a_document_whose_effective_date_is_ahead_is_not_yet_in_force() {
        Effect e = Effect.of(LocalDate.of(2027, 1, 1), List.of(), TODAY);
        assertThat(e.status()).isEqualTo(Status.NOT_YET_IN_FORCE);
        assertThat(e.since()).isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
