package vn.hungyen.khcn.plan.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.hungyen.khcn.content.spi.DocumentFindings;
import vn.hungyen.khcn.content.spi.FoundTask;

/**
 * Measures the reader on a folder of real documents it was not written for: per document the tasks found, how many
 * carry a lead unit, a deadline, an output, and the tables skipped. Runs only when asked:
 * {@code ./portal mvn -B -o -pl plugins/plan -am verify -Dtest=CorpusReport -Dsurefire.failIfNoSpecifiedTests=false
 * -Dplan.corpus=$PWD/../shared/corpus/congbao/docs} from the project folder (an absolute path: tests run in the module).
 */
@EnabledIfSystemProperty(named = "plan.corpus", matches = ".+")
class CorpusReport {

    @Test
    void prints_what_the_reader_finds_in_every_document_of_the_corpus() throws IOException {
        Path root = Path.of(System.getProperty("plan.corpus"));
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".pdf")).sorted().toList();
        }
        PlanTaskReader reader = new PlanTaskReader();
        int docs = 0, tasks = 0, lead = 0, deadline = 0, output = 0, skipped = 0, withTasks = 0;
        System.out.printf("%-70s %6s %6s %6s %6s %6s%n", "document", "tasks", "lead", "dline", "output", "skip");
        for (Path file : files) {
            DocumentFindings f = reader.read(Documents.read(file.getFileName().toString(), Files.readAllBytes(file)));
            List<FoundTask> real = f.tasks().stream().filter(t -> !t.group()).toList();
            int l = (int) real.stream().filter(t -> !t.leadUnits().isEmpty()).count();
            int d = (int) real.stream().filter(t -> !t.deadline().text().isEmpty()).count();
            int o = (int) real.stream().filter(t -> !t.outputs().isEmpty()).count();
            System.out.printf("%-70s %6d %6d %6d %6d %6d%n", root.relativize(file), real.size(), l, d, o,
                    f.skipped().size());
            if (Boolean.getBoolean("plan.corpus.verbose")) {
                f.tasks().forEach(t -> System.out.printf("    %s%s [%s] {%s} <%s> %s%n", t.group() ? "G " : "", t.code(),
                        String.join("; ", t.leadUnits()), t.deadline().text(), String.join("; ", t.outputs()),
                        t.title().length() > 90 ? t.title().substring(0, 90) + "…" : t.title()));
                f.skipped().forEach(s -> System.out.println("    skipped " + s.what() + " " + s.why()));
            }
            docs++;
            tasks += real.size();
            lead += l;
            deadline += d;
            output += o;
            skipped += f.skipped().size();
            withTasks += real.isEmpty() ? 0 : 1;
        }
        System.out.printf("TOTAL %d documents, %d with tasks: %d tasks, %d with lead, %d with deadline, %d with output,"
                + " %d tables skipped%n", docs, withTasks, tasks, lead, deadline, output, skipped);
    }
}
