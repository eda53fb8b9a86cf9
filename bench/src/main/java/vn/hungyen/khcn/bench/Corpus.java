package vn.hungyen.khcn.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The distinct texts of the benchmark: the laws bundled with the legal module split by article (điều), the ALQAC
 * articles, and the plan 21/KH-SKHCN split into its non-empty lines (paragraphs and table rows).
 */
final class Corpus {

    private static final Pattern ARTICLE = Pattern.compile("(?m)^Điều \\d+[a-z]?\\.");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

    private Corpus() {
    }

    static List<CorpusEntry> read(Path repository, Path alqac) {
        List<CorpusEntry> entries = new ArrayList<>();
        entries.addAll(laws(repository.resolve("plugins/legal/src/main/resources/legal/laws")));
        entries.addAll(alqac(alqac.resolve("law.json")));
        entries.addAll(plan(repository.resolve("plugins/plan/src/main/resources/plan/ke-hoach-21-KH-SKHCN-2022.txt")));
        return entries;
    }

    private static List<CorpusEntry> laws(Path directory) {
        List<CorpusEntry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String law = file.getFileName().toString().replace(".txt", "").replace('-', ' ');
                int year = year(law);
                Matcher m = ARTICLE.matcher(text);
                List<Integer> starts = new ArrayList<>();
                while (m.find()) {
                    starts.add(m.start());
                }
                for (int i = 0; i < starts.size(); i++) {
                    String article = text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length());
                    String heading = article.lines().findFirst().orElse(article);
                    out.add(new CorpusEntry("legal-article", heading + " — " + law, article.strip(), "Luật", "Quốc hội",
                            year, "luật"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<CorpusEntry> alqac(Path lawJson) {
        List<CorpusEntry> out = new ArrayList<>();
        for (JsonNode law : JsonMapper.builder().build().readTree(lawJson.toFile())) {
            String name = law.required("id").asString();
            for (JsonNode article : law.required("articles")) {
                String text = article.required("text").asString();
                out.add(new CorpusEntry("alqac-article", "Điều " + article.required("id").asString() + " — " + name,
                        text, name.startsWith("Luật") ? "Luật" : "Văn bản", "Quốc hội", year(name), "alqac"));
            }
        }
        return out;
    }

    private static List<CorpusEntry> plan(Path file) {
        List<CorpusEntry> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> l.length() > 20).toList();
            for (String line : lines) {
                String title = line.length() > 120 ? line.substring(0, 120) : line;
                out.add(new CorpusEntry("plan-row", title, line, "Kế hoạch", "Sở Khoa học và Công nghệ", 2022,
                        "kế hoạch 21"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static int year(String name) {
        Matcher m = YEAR.matcher(name);
        return m.find() ? Integer.parseInt(m.group()) : 2020;
    }
}
