package vn.hungyen.khcn.deliverables.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** A tab-separated data file of the module: comment lines ({@code #}) and blank lines are skipped. */
final class Tsv {

    /** One data row with its line number, for rules that say where they come from. */
    record Row(String file, int line, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index).strip() : "";
        }

        /** {@code topic-rules.tsv:12}. */
        String where() {
            return file + ":" + line;
        }
    }

    private Tsv() {
    }

    static List<Row> read(String resource, int minColumns) {
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        try (InputStream in = Tsv.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("data file " + resource + " is missing from the module");
            }
            String text = Normalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8), Normalizer.Form.NFC);
            List<Row> rows = new ArrayList<>();
            int number = 0;
            for (String line : text.split("\r?\n", -1)) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(line.split("\t", -1));
                if (cells.size() < minColumns) {
                    throw new IllegalStateException(file + ":" + number + " has " + cells.size() + " columns, needs "
                            + minColumns + ": " + line);
                }
                rows.add(new Row(file, number, cells));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
