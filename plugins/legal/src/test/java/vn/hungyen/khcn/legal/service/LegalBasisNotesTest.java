package vn.hungyen.khcn.legal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.legal.domain.Effect;
import vn.hungyen.khcn.legal.domain.Relation;

/** What a task's basis list says of a basis, from the relations of Nghị quyết 89/2025/UBTVQH15 and 123/2026/NĐ-CP. */
class LegalBasisNotesTest {

    /** Vietnamese is the base bundle; without this the machine's locale would answer for it. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void an_amended_basis_says_by_which_documents_and_an_expired_one_says_under_which() {
        Effect amended = Effect.of(null, List.of(
                new Effect.Change(Relation.AMENDS, "65-2020-qh14", "65/2020/QH14", LocalDate.of(2021, 1, 1)),
                new Effect.Change(Relation.AMENDS, "62-2025-qh15", "62/2025/QH15", LocalDate.of(2025, 3, 1))), TODAY);
        assertThat(LegalBasisNotes.notes(amended))
                .containsExactly(Message.of("legal.basis.amended-by", "65/2020/QH14, 62/2025/QH15"));
        Effect expired = Effect.of(null, List.of(
                new Effect.Change(Relation.REPEALS, "123-2026-nd-cp", "123/2026/NĐ-CP", LocalDate.of(2026, 7, 1))), TODAY);
        assertThat(LegalBasisNotes.notes(expired)).containsExactly(Message.of("legal.basis.expired", "123/2026/NĐ-CP"));
        assertThat(LegalBasisNotes.notes(Effect.of(null, List.of(), TODAY))).isEmpty();
    }

    @Test
    void every_note_reads_in_vietnamese_and_english() {
        for (String key : List.of("legal.basis.expired", "legal.basis.expired-in-part", "legal.basis.not-yet-in-force",
                "legal.basis.amended-by")) {
            assertThat(ResourceBundle.getBundle("i18n.legal", Locale.of("vi"), NO_FALLBACK).getString(key)).isNotBlank();
            assertThat(ResourceBundle.getBundle("i18n.legal", Locale.ENGLISH, NO_FALLBACK).getString(key)).isNotBlank();
        }
        assertThat(ResourceBundle.getBundle("i18n.legal", Locale.of("vi"), NO_FALLBACK).getString("legal.basis.amended-by"))
                .startsWith("Căn cứ này đã được sửa đổi, bổ sung bởi");
    }
}
