package vn.hungyen.khcn.legal.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.hungyen.khcn.content.domain.Slugs;

/**
 * Builds {@code legal/law-names.tsv} from a corpus instead of by hand, so no document read for an evaluation is tuned
 * on: the bundled laws' own headers (number and title), and every name–number pair a text prints together ("Luật
 * Chứng khoán số 54/2019/QH14", "Bộ luật Lao động số 45/2019/QH14"). Run by the {@code law-names} profile:
 *
 * <pre>./portal mvn -B -o -q -pl plugins/legal -am process-test-classes -Plaw-names</pre>
 *
 * <p>Arguments: the output file, then any number of folders whose {@code .txt} files are read (recursively).
 */
public final class LawNamesTable {

    /**
     * "Luật Chứng khoán số 54/2019/QH14": a law's name then its number, nothing else between. A name holding another
     * law ("Luật sửa đổi … của Luật Chứng khoán số …") or a verb of a relation is not taken: whose number follows is
     * then unclear.
     */
    private static final Pattern PAIR = Pattern.compile(
            "(?U)(?<![\\p{L}])(Bộ luật|Luật) (\\p{L}[\\p{L} ,\\-]{2,110}?) số:? ?(\\d{1,3}/(?:19|20)\\d{2}/QH\\d{1,2})\\b");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?iU)\\b(?:được|đã|bởi|ngày|năm \\d|này|quy định)\\b|(?:,|\\bvà|\\bhoặc) (?:Bộ luật|Luật)\\b");
    /** An amending law's own name ("Luật sửa đổi, bổ sung một số điều của Luật Ban hành …"); else "sửa đổi" is a verb. */
    private static final Pattern AMENDING_NAME = Pattern.compile("(?U)^sửa đổi, bổ sung một số điều của (?:Bộ luật|Luật) \\p{L}");
    private static final Pattern AMENDS = Pattern.compile("(?iU)\\b(?:sửa đổi|bổ sung)\\b");
    /**
     * "Luật Quản lý thuế số 38/2019/QH14 được sửa đổi, bổ sung bởi Luật số 56/2024/QH15": the one amending law is named
     * "Luật sửa đổi, bổ sung một số điều của Luật Quản lý thuế", as preambles cite it without its number. Not when a
     * list of amending laws follows (which of them bears that name is then unclear).
     */
    private static final Pattern AMENDED_BY = Pattern.compile(
            "(?U)(?<![\\p{L}])(Bộ luật|Luật) (\\p{L}[\\p{L} ,\\-]{2,110}?) số:? ?\\d{1,3}/(?:19|20)\\d{2}/QH\\d{1,2},? "
                    + "(?:đã )?(?:được )?sửa đổi, bổ sung(?: một số điều)? (?:theo|bởi) Luật số:? ?(\\d{1,3}/(?:19|20)\\d{2}/QH\\d{1,2})"
                    + "\\b(?!,? (?:và )?(?:các )?Luật số)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private LawNamesTable() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: LawNamesTable OUTPUT.tsv FOLDER...");
        }
        Map<String, String[]> rows = new LinkedHashMap<>(); // number + folded name -> {number, name}
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            try (Stream<Path> walk = Files.walk(Path.of(args[i]))) {
                walk.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("list_urls.txt"))
                        .sorted().forEach(files::add);
            }
        }
        for (Path file : files) {
            String text = CitationExtractor.normalise(Files.readString(file, StandardCharsets.UTF_8));
            header(text).ifPresent(row -> add(rows, row[0], row[1]));
            Matcher m = PAIR.matcher(text);
            while (m.find()) {
                String name = SPACES.matcher(m.group(2)).replaceAll(" ").strip();
                boolean amending = AMENDING_NAME.matcher(name).find();
                if (NOT_A_NAME.matcher(name).find() || !amending && AMENDS.matcher(name).find()
                        || name.split(" ").length < 2) {
                    continue;
                }
                add(rows, m.group(3), m.group(1) + " " + name);
            }
            Matcher a = AMENDED_BY.matcher(text);
            while (a.find()) {
                String name = SPACES.matcher(a.group(2)).replaceAll(" ").strip();
                if (!NOT_A_NAME.matcher(name).find() && !AMENDS.matcher(name).find()) {
                    add(rows, a.group(3), "Luật sửa đổi, bổ sung một số điều của " + a.group(1) + " " + name);
                }
            }
        }
        List<String[]> sorted = rows.values().stream()
                .sorted(Comparator.comparing((String[] r) -> Slugs.of(r[1]))
                        .thenComparing(r -> DocumentNumber.parse(r[0]).year().orElse(0)))
                .toList();
        StringBuilder out = new StringBuilder();
        out.append("""
                # Luật và bộ luật by name: the laws a text may cite by name alone ("Căn cứ Luật Tổ chức chính quyền địa phương
                # ngày 19 tháng 6 năm 2015", "Bộ luật Lao động"), with their numbers. Read by LawNames; a name cited with a date
                # resolves to the version of that year, without one to the latest version issued before the citing document.
                # GENERATED — do not edit by hand: the bundled laws' headers and every name–number pair the corpus prints
                # together ("Luật Chứng khoán số 54/2019/QH14"), by LawNamesTable (test sources):
                #   ./portal mvn -B -o -q -pl plugins/legal -am process-test-classes -Plaw-names
                # Columns (TAB): number, name as printed.
                """);
        for (String[] r : sorted) {
            out.append(r[0]).append('\t').append(r[1]).append('\n');
        }
        Files.writeString(Path.of(args[0]), out, StandardCharsets.UTF_8);
        System.out.println(sorted.size() + " laws by name from " + files.size() + " texts -> " + args[0]);
    }

    /** A law's own header: "Luật số: 29/2013/QH13" and its title ("LUẬT KHOA HỌC VÀ CÔNG NGHỆ"), as a name. */
    private static java.util.Optional<String[]> header(String text) {
        return DocumentHeader.read(text)
                .filter(h -> h.title() != null && (h.type() == DocumentType.LUAT || h.type() == DocumentType.BO_LUAT))
                .filter(h -> h.number().toString().matches("\\d+/\\d{4}/QH\\d+"))
                .map(h -> new String[] {h.number().toString(), lawName(h.type(), h.title())});
    }

    /** "KHOA HỌC VÀ CÔNG NGHỆ" or "Luật Khoa học và công nghệ" → "Luật Khoa học và công nghệ". */
    private static String lawName(DocumentType type, String title) {
        String word = type == DocumentType.BO_LUAT ? "Bộ luật" : "Luật";
        String t = SPACES.matcher(title).replaceAll(" ").strip();
        String folded = Slugs.of(t);
        if (folded.startsWith("bo-luat-") || folded.startsWith("luat-")) {
            t = t.substring(t.indexOf(' ') + 1);
            if (word.equals("Bộ luật")) {
                t = t.substring(t.indexOf(' ') + 1);
            }
        }
        if (t.equals(t.toUpperCase(Locale.ROOT))) {
            t = t.toLowerCase(Locale.ROOT);
        }
        return word + " " + Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static void add(Map<String, String[]> rows, String number, String name) {
        DocumentNumber.tryParse(number).ifPresent(n -> rows.putIfAbsent(key(n.toString(), name), new String[] {n.toString(), name}));
    }

    private static String key(String number, String name) {
        return number + "|" + Slugs.of(name);
    }
}
