package vn.hungyen.khcn.portal.intake;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.spi.Deadline;
import vn.hungyen.khcn.content.spi.DocumentStore.StoredDocument;
import vn.hungyen.khcn.content.spi.FoundCitation;
import vn.hungyen.khcn.content.spi.FoundTask;
import vn.hungyen.khcn.content.spi.IntakeReading;
import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.portal.i18n.PortalI18NProvider;

/**
 * The JSON answer of {@code POST /api/documents}: what was read, what was skipped, what was stored, and notes on the
 * text (converted from TCVN3/VNI, recognised from a scan with its confidence, words corrected).
 */
record IntakeJson(Document document, List<Task> tasks, List<Citation> citations, List<Skipped> skipped,
        List<String> problems, List<String> unknownUnits, List<String> notes, @Nullable Stored stored) {

    record Document(@Nullable String number, @Nullable String type, @Nullable String issuer, @Nullable LocalDate date,
            @Nullable String title, @Nullable String signer, @Nullable LocalDate effectiveDate, String fileName,
            String mediaType) {
    }

    record Task(String code, @Nullable String parentCode, String title, boolean group, List<String> leadUnits,
            List<String> coordinatingUnits, DeadlineJson deadline, List<String> outputs, List<String> kpis) {
    }

    record DeadlineJson(String text, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String recurring) {
    }

    record Citation(@Nullable String number, @Nullable String name, @Nullable String type, @Nullable LocalDate date,
            String relation, String kind, @JsonProperty("class") @Nullable String citationClass, String evidence) {
    }

    record Skipped(String what, String why) {
    }

    record Stored(String kind, String slug, String state, String url) {
    }

    /** Problems and reasons in Vietnamese, the portal's first language. */
    static final Locale LANGUAGE = Locale.of("vi");

    static IntakeJson of(IntakeReading r, @Nullable StoredDocument stored, PortalI18NProvider i18n) {
        var f = r.facts();
        return new IntakeJson(
                new Document(f.number(), f.type(), f.issuer(), f.date(), f.title(), f.signer(), f.effectiveDate(),
                        r.original().fileName(), r.document().mediaType()),
                r.tasks().stream().map(IntakeJson::task).toList(),
                r.citations().stream().map(IntakeJson::citation).toList(),
                r.skipped().stream().map(s -> new Skipped(s.what(), text(s.why(), i18n))).toList(),
                r.problems().stream().map(p -> text(p, i18n)).toList(),
                r.unknownUnits(),
                r.document().notes().stream().map(n -> text(n, i18n)).toList(),
                stored == null ? null : new Stored(stored.kind(), stored.slug(), stored.state(), "/" + stored.path()));
    }

    static String text(Message m, PortalI18NProvider i18n) {
        return i18n.getTranslation(m.key(), LANGUAGE, m.args().toArray());
    }

    private static Task task(FoundTask t) {
        Deadline d = t.deadline();
        return new Task(t.code(), t.parentCode(), t.title(), t.group(), t.leadUnits(), t.coordinatingUnits(),
                new DeadlineJson(d.text(), d.from(), d.to(), d.recurring()), t.outputs(), t.kpis());
    }

    private static Citation citation(FoundCitation c) {
        return new Citation(c.number(), c.name(), c.type(), c.date(), c.relation(), c.kind(),
                c.citationClass() == null ? null : c.citationClass().apiName(), c.evidence());
    }
}
