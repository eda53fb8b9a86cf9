package vn.hungyen.khcn.legal.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The module's data files: TAB-separated rows, "#" comments; a row of the wrong width stops the start-up. */
final class DataTable {

    private DataTable() {
    }

    /** The rows of a class-path resource, each exactly {@code columns} wide. */
    static List<String[]> read(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(DataTable.class.getResourceAsStream(resource), resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != columns) {
                    throw new IllegalStateException(resource + " line " + n + ": expected " + columns
                            + " TAB-separated columns: " + line);
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }
}
