package vn.hungyen.khcn.legal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hungyen.khcn.content.domain.Slugs;
import vn.hungyen.khcn.content.intake.BoundedDocumentReader;
import vn.hungyen.khcn.content.intake.UploadLimits;
import vn.hungyen.khcn.content.intake.UploadedFile;
import vn.hungyen.khcn.content.spi.CitationClass;
import vn.hungyen.khcn.content.spi.DocumentFacts;
import vn.hungyen.khcn.content.spi.ReadDocument;
import vn.hungyen.khcn.legal.domain.Citation;
import vn.hungyen.khcn.legal.domain.DocumentRelation;
import vn.hungyen.khcn.legal.domain.Relation;

/**
 * The issue's "Done when" measured on real Công báo documents the reader was not written for
 * ({@code congbao/expected.txt}, values read from each document by hand), through the code path an upload takes: the
 * core's bounded reading of the file, then this module's {@link LegalDocumentReader}. Figures are printed for the
 * tuned and the held-out part; the thresholds hold on each.
 */
class CongbaoReadingEvaluationTest {

    private static final String EXPECTED = "/congbao/expected.txt";
    private static final Set<Relation> CHANGES = Set.of(Relation.AMENDS, Relation.REPLACES, Relation.REPEALS,
            Relation.REPEALS_IN_PART);

    @TempDir
    static Path uploads;
    private static BoundedDocumentReader intake;

    @BeforeAll
    static void open() {
        intake = new BoundedDocumentReader(UploadLimits.defaults());
    }

    @AfterAll
    static void close() {
        intake.close();
    }

    /** One document's expected reading. */
    record Expected(String doc, String split, Map<String, String> header, Set<String> legal,
            Set<String> administrative, Set<String> party, Map<String, String> byName, List<String> relations) {
    }

    /** Counts for one part of the sample. */
    static final class Score {
        int documents;
        int legalFound;
        int legalRead;
        int legalExpected;
        int otherExpected;
        int otherFound;
        int byNameExpected;
        int byNameResolved;
        int relationsExpected;
        int relationsRight;
        int relationsWrong;
        int headerFields;
        int headerRight;
        int titles;
        int titlesRight;
        int signers;
        int signersRight;
        int effective;
        int effectiveRight;
        final List<String> ghosts = new ArrayList<>();
        final List<String> misses = new ArrayList<>();

        double legalPrecision() {
            return legalRead == 0 ? 1 : (double) legalFound / legalRead;
        }

        double legalRecall() {
            return (double) legalFound / legalExpected;
        }

        double otherRecall() {
            return (double) otherFound / otherExpected;
        }

        double byName() {
            return (double) byNameResolved / byNameExpected;
        }

        double relations() {
            return (double) relationsRight / (relationsExpected + relationsWrong);
        }

        double header() {
            return (double) headerRight / headerFields;
        }

        double titles() {
            return (double) titlesRight / titles;
        }

        String line(String name) {
            return String.format(
                    "%-8s docs %2d | legal P %.3f R %.3f (%d/%d read, %d expected) | admin+party R %.3f (%d/%d) | by name %.3f (%d/%d)"
                            + " | relations %.3f (%d right, %d expected, %d wrong) | header %.3f (%d/%d) | trích yếu %.3f (%d/%d)"
                            + " | signer %d/%d | effective %d/%d | ghosts %d",
                    name, documents, legalPrecision(), legalRecall(), legalFound, legalRead, legalExpected, otherRecall(),
                    otherFound, otherExpected, byName(), byNameResolved, byNameExpected, relations(), relationsRight,
                    relationsExpected, relationsWrong, header(), headerRight, headerFields, titles(), titlesRight, titles,
                    signersRight, signers, effectiveRight, effective, ghosts.size());
        }
    }

    @Test
    void gazette_documents_are_read_to_the_issues_thresholds_on_the_tuned_and_the_held_out_part() throws IOException {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (Expected e : expected()) {
            score(e, scores.computeIfAbsent(e.split(), s -> new Score()));
        }
        scores.forEach((name, s) -> System.out.println(s.line(name)));
        scores.forEach((name, s) -> s.misses.forEach(m -> System.out.println("  " + name + " miss: " + m)));
        assertThat(scores).containsOnlyKeys("tune", "heldout");
        scores.forEach((name, s) -> {
            assertThat(s.documents).as(name).isGreaterThanOrEqualTo(6);
            assertThat(s.legalPrecision()).as(name + " legal precision").isGreaterThanOrEqualTo(0.99);
            assertThat(s.legalRecall()).as(name + " legal recall").isGreaterThanOrEqualTo(0.98);
            assertThat(s.header()).as(name + " header").isGreaterThanOrEqualTo(0.97);
            assertThat(s.titles()).as(name + " trích yếu").isGreaterThanOrEqualTo(0.9);
            assertThat(s.ghosts).as(name + " ghost entries").isEmpty();
        });
        Score tune = scores.get("tune");
        assertThat(tune.otherRecall()).as("tune admin+party recall").isGreaterThanOrEqualTo(0.95);
        assertThat(tune.byName()).as("tune by name").isGreaterThanOrEqualTo(0.8);
        assertThat(tune.relations()).as("tune relations").isGreaterThanOrEqualTo(0.9);
        // Held out, with the registry of laws (legal/laws-registry.tsv) beside the generated names: every law named
        // without a number resolved (18 of 18) and every relation right (68 of 68, none wrong); the floors keep that.
        Score heldOut = scores.get("heldout");
        assertThat(heldOut.byName()).as("heldout by name").isGreaterThanOrEqualTo(1.0);
        assertThat(heldOut.relations()).as("heldout relations").isGreaterThanOrEqualTo(1.0);
    }

    private void score(Expected e, Score s) throws IOException {
        ReadDocument document = upload(e.doc());
        LegalDocumentReader.Reading reading = LegalDocumentReader.reading(document.text());
        s.documents++;
        List<DocumentRelation> own = reading.relations().stream().filter(r -> r.source() == null).toList();
        List<Citation> numbered = own.stream().map(DocumentRelation::target)
                .filter(c -> !c.byName() && c.number() != null).toList();

        Set<String> legalRead = new LinkedHashSet<>();
        numbered.stream().filter(c -> c.citationClass() == CitationClass.LEGAL).forEach(c -> legalRead.add(key(c)));
        s.legalRead += legalRead.size();
        s.legalExpected += e.legal().size();
        for (String n : legalRead) {
            if (e.legal().contains(n)) {
                s.legalFound++;
            }
        }
        e.legal().stream().filter(n -> !legalRead.contains(n)).forEach(n -> s.misses.add(e.doc() + " legal " + n));
        for (String n : numbered.stream().map(CongbaoReadingEvaluationTest::key).distinct().toList()) {
            if (!e.legal().contains(n) && !e.administrative().contains(n) && !e.party().contains(n)) {
                s.ghosts.add(e.doc() + " " + n);
                s.misses.add(e.doc() + " ghost " + n);
            }
        }
        otherClass(e, s, numbered, e.administrative(), CitationClass.ADMINISTRATIVE);
        otherClass(e, s, numbered, e.party(), CitationClass.PARTY);

        e.byName().forEach((name, number) -> {
            s.byNameExpected++;
            boolean resolved = own.stream().map(DocumentRelation::target).anyMatch(c -> c.byName()
                    && c.name() != null && Slugs.of(c.name()).equals(Slugs.of(name)) && c.number() != null
                    && c.number().toString().equals(number));
            if (resolved) {
                s.byNameResolved++;
            } else {
                s.misses.add(e.doc() + " by name " + name);
            }
        });

        relations(e, s, reading.relations());
        header(e, s, reading.facts());
    }

    private static void otherClass(Expected e, Score s, List<Citation> numbered, Set<String> expected,
            CitationClass cls) {
        for (String n : expected) {
            s.otherExpected++;
            if (numbered.stream().anyMatch(c -> key(c).equals(n) && c.citationClass() == cls)) {
                s.otherFound++;
            } else {
                s.misses.add(e.doc() + " " + cls.apiName() + " " + n);
            }
        }
    }

    private static void relations(Expected e, Score s, List<DocumentRelation> read) {
        Set<String> said = new LinkedHashSet<>();
        for (DocumentRelation r : read) {
            if (r.relation() == Relation.REFERS || r.relation() == Relation.GUIDES) {
                continue;
            }
            said.add(r.source() == null ? r.relation().apiName() + " " + r.target().key()
                    : r.relation().apiName() + " " + r.source().key() + " > " + r.target().key());
        }
        s.relationsExpected += e.relations().size();
        for (String r : e.relations()) {
            if (said.contains(r)) {
                s.relationsRight++;
            } else {
                s.misses.add(e.doc() + " relation " + r);
            }
        }
        for (String r : said) {
            boolean change = CHANGES.stream().anyMatch(c -> r.startsWith(c.apiName() + " "));
            // A change to a law named without a number the table knows is the expected relation's miss, not a second error.
            boolean unnumbered = r.contains("Luật ");
            if (change && !unnumbered && !e.relations().contains(r)) {
                s.relationsWrong++;
                s.misses.add(e.doc() + " wrong relation " + r);
            }
        }
    }

    private static void header(Expected e, Score s, DocumentFacts f) {
        Map<String, String> h = e.header();
        field(e, s, "number", h.get("number"), f.number());
        field(e, s, "type", h.get("type"), f.type());
        field(e, s, "issuer", h.get("issuer"), f.issuer());
        field(e, s, "date", h.get("date"), f.date() == null ? null : f.date().toString());
        if (h.containsKey("title")) {
            s.titles++;
            if (h.get("title").equals(f.title() == null ? null : f.title().replaceAll("\\s+", " ").strip())) {
                s.titlesRight++;
            } else {
                s.misses.add(e.doc() + " title " + f.title());
            }
        }
        if (h.containsKey("signer")) {
            s.signers++;
            if (f.signer() != null && f.signer().startsWith(h.get("signer"))) {
                s.signersRight++;
            } else {
                s.misses.add(e.doc() + " signer " + f.signer());
            }
        }
        if (h.containsKey("effective")) {
            s.effective++;
            if (LocalDate.parse(h.get("effective")).equals(f.effectiveDate())) {
                s.effectiveRight++;
            } else {
                s.misses.add(e.doc() + " effective " + f.effectiveDate());
            }
        }
    }

    private static void field(Expected e, Score s, String name, String expected, String read) {
        if (expected == null) {
            return;
        }
        s.headerFields++;
        if (expected.equals(read)) {
            s.headerRight++;
        } else {
            s.misses.add(e.doc() + " " + name + " " + read);
        }
    }

    private static String key(Citation c) {
        return Objects.requireNonNull(c.number()).toString();
    }

    /** The document through the core's bounded intake, as an upload of the file would be read. */
    private static ReadDocument upload(String doc) throws IOException {
        String resource = "/congbao/docs/" + doc + ".txt";
        try (InputStream in = Objects.requireNonNull(CongbaoReadingEvaluationTest.class.getResourceAsStream(resource),
                resource); UploadedFile file = UploadedFile.receive(in, doc + ".txt", 1 << 24, uploads)) {
            return intake.read(file);
        }
    }

    static List<Expected> expected() throws IOException {
        String text;
        try (InputStream in = Objects.requireNonNull(CongbaoReadingEvaluationTest.class.getResourceAsStream(EXPECTED))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Expected> result = new ArrayList<>();
        for (String block : text.split("\\n(?=doc: )")) {
            if (!block.startsWith("doc: ")) {
                continue;
            }
            Map<String, String> header = new LinkedHashMap<>();
            Set<String> legal = new LinkedHashSet<>();
            Set<String> administrative = new LinkedHashSet<>();
            Set<String> party = new LinkedHashSet<>();
            Map<String, String> byName = new LinkedHashMap<>();
            List<String> relations = new ArrayList<>();
            for (String line : block.lines().filter(Predicate.not(String::isBlank)).toList()) {
                int colon = line.indexOf(": ");
                String key = line.substring(0, colon);
                String value = line.substring(colon + 2).strip();
                switch (key) {
                    case "legal" -> legal.addAll(List.of(value.split(" ")));
                    case "administrative" -> administrative.addAll(List.of(value.split(" ")));
                    case "party" -> party.addAll(List.of(value.split(" ")));
                    case "byname" -> byName.put(value.substring(0, value.indexOf(" = ")).strip(),
                            value.substring(value.indexOf(" = ") + 3).strip());
                    case "relation" -> relations.add(value);
                    default -> header.put(key, value);
                }
            }
            result.add(new Expected(header.remove("doc"), header.remove("split"), header, legal, administrative, party,
                    byName, relations));
        }
        return result;
    }
}
