package vn.hungyen.khcn.plan.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tên đơn vị: resolves the many spellings of a unit in the plan ("Phòng QL CN&TT CN", "Phòng Quản lý
 * CN& TTCN" …) to one canonical name, and splits unit cells that list several units. Names are compared
 * without case, spaces or punctuation after expanding abbreviations. A name it does not know is kept as
 * a new entry (verbatim, whitespace collapsed) and listed by {@link #unknownNames()}.
 *
 * <p>An instance remembers the unknown names it has seen; use {@link #copy()} for an independent one.
 */
public final class OrganisationRegistry {

    /** One real unit: its canonical name, the short name used in tables (may be empty) and other spellings. */
    public record Organisation(String canonicalName, String shortName, List<String> aliases) {
        public Organisation {
            canonicalName = Texts.clean(canonicalName);
            shortName = Texts.clean(shortName);
            aliases = aliases.stream().map(Texts::clean).filter(a -> !a.isEmpty()).toList();
            if (canonicalName.isEmpty()) {
                throw new IllegalArgumentException("an organisation needs a canonical name");
            }
        }
    }

    private record Abbreviation(Pattern pattern, String expansion) {
    }

    private static final Pattern DELIMITER = Pattern.compile("\\s*(;|,|\\s+và\\s+)\\s*");

    private final List<Organisation> organisations;
    private final List<Abbreviation> abbreviations;
    private final Map<String, String> canonicalByKey = new LinkedHashMap<>();
    private final Map<String, String> unknownByKey = new LinkedHashMap<>();

    private OrganisationRegistry(List<Organisation> organisations, List<Abbreviation> abbreviations) {
        this.organisations = List.copyOf(organisations);
        this.abbreviations = List.copyOf(abbreviations);
        for (Organisation o : this.organisations) {
            register(o.canonicalName(), o.canonicalName());
            if (!o.shortName().isEmpty()) {
                register(o.shortName(), o.canonicalName());
            }
            o.aliases().forEach(a -> register(a, o.canonicalName()));
        }
    }

    private void register(String name, String canonical) {
        String previous = canonicalByKey.putIfAbsent(key(name), canonical);
        if (previous != null && !previous.equals(canonical)) {
            throw new IllegalStateException("'" + name + "' names both '" + previous + "' and '" + canonical + "'");
        }
    }

    /** The registry shipped with the module: {@code plan/organisations.tsv} and {@code plan/organisation-abbreviations.tsv}. */
    public static OrganisationRegistry load() {
        return fromTsv(resource("/plan/organisations.tsv"), resource("/plan/organisation-abbreviations.tsv"));
    }

    /** A registry from the text of the two TSV files (format documented at the top of each file). */
    public static OrganisationRegistry fromTsv(String organisationsTsv, String abbreviationsTsv) {
        List<Organisation> organisations = new ArrayList<>();
        for (String[] row : rows(organisationsTsv)) {
            List<String> aliases = row.length > 2 ? Arrays.asList(row[2].split("\\|")) : List.of();
            organisations.add(new Organisation(row[0], row.length > 1 ? row[1] : "", aliases));
        }
        List<Abbreviation> abbreviations = new ArrayList<>();
        for (String[] row : rows(abbreviationsTsv)) {
            String abbreviation = Texts.clean(row[0]);
            StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
            for (int i = 0; i < abbreviation.length(); i++) {
                char c = abbreviation.charAt(i);
                if (c != ' ') {
                    regex.append(i == 0 ? "" : "\\s*").append(Pattern.quote(String.valueOf(c)));
                }
            }
            regex.append("(?![\\p{L}\\p{N}])");
            abbreviations.add(new Abbreviation(Pattern.compile(regex.toString()), " " + Texts.clean(row[1]) + " "));
        }
        abbreviations.sort(Comparator.comparingInt((Abbreviation a) -> a.pattern().pattern().length()).reversed());
        return new OrganisationRegistry(organisations, abbreviations);
    }

    /** An independent registry with the same entries and the unknown names seen so far. */
    public synchronized OrganisationRegistry copy() {
        OrganisationRegistry copy = new OrganisationRegistry(organisations, abbreviations);
        copy.unknownByKey.putAll(unknownByKey);
        return copy;
    }

    /** The known units, in file order. */
    public List<Organisation> organisations() {
        return organisations;
    }

    /** True when {@code rawName} is a known spelling of a known unit. */
    public boolean isKnown(String rawName) {
        return canonicalByKey.containsKey(key(rawName));
    }

    /**
     * The canonical name for {@code rawName}. An unknown name becomes a new entry: it is returned as
     * written (whitespace collapsed) and later spellings that compare equal resolve to it.
     */
    public synchronized String resolve(String rawName) {
        String clean = Texts.clean(rawName);
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("no name to resolve");
        }
        String key = key(clean);
        String canonical = canonicalByKey.get(key);
        if (canonical != null) {
            return canonical;
        }
        return unknownByKey.computeIfAbsent(key, k -> clean);
    }

    /** Names {@link #resolve(String)} met that the data file does not know, in order of first sight. */
    public synchronized List<String> unknownNames() {
        return List.copyOf(unknownByKey.values());
    }

    /**
     * Splits a cell listing several units into unit phrases, as written. Semicolons always separate;
     * a comma or " và " separates only where that yields known units ("Văn phòng Sở, các đơn vị trực
     * thuộc" is two, "Các phòng, đơn vị thuộc Sở" and "Văn phòng và các phòng chuyên môn thuộc Sở" are
     * one, "Sở Giáo dục và Đào tạo" is one). Among unknown words a comma separates only before something
     * that starts like a unit (a capital letter or "các").
     */
    public List<String> splitUnits(String cell) {
        String text = Texts.clean(cell);
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> pieces = new ArrayList<>();
        List<String> delimiters = new ArrayList<>(); // delimiters.get(i) sits between pieces i and i+1
        List<int[]> offsets = new ArrayList<>();
        Matcher m = DELIMITER.matcher(text);
        int start = 0;
        while (m.find()) {
            pieces.add(text.substring(start, m.start()));
            offsets.add(new int[] {start, m.start()});
            delimiters.add(m.group(1).strip());
            start = m.end();
        }
        pieces.add(text.substring(start));
        offsets.add(new int[] {start, text.length()});

        int n = pieces.size();
        int[] unknown = new int[n + 1];
        int[] count = new int[n + 1];
        int[] from = new int[n + 1];
        Arrays.fill(unknown, Integer.MAX_VALUE);
        unknown[0] = 0;
        for (int j = 1; j <= n; j++) {
            for (int i = j - 1; i >= 0; i--) {
                if (i < j - 1 && delimiters.get(j - 2).equals(";")) {
                    break; // a phrase never spans a semicolon
                }
                if (unknown[i] == Integer.MAX_VALUE) {
                    continue;
                }
                boolean known = isKnown(join(pieces, delimiters, i, j));
                if (!known && j - i > 1) {
                    continue;
                }
                int u = unknown[i] + (known ? 0 : 1);
                int c = count[i] + 1;
                if (u < unknown[j] || (u == unknown[j] && c < count[j])) {
                    unknown[j] = u;
                    count[j] = c;
                    from[j] = i;
                }
            }
        }
        List<int[]> spans = new ArrayList<>();
        for (int j = n; j > 0; j = from[j]) {
            spans.addFirst(new int[] {from[j], j});
        }
        // Unknown pieces stick together unless a semicolon or a unit-like start separates them.
        List<int[]> merged = new ArrayList<>();
        for (int[] span : spans) {
            if (!merged.isEmpty()) {
                int[] previous = merged.getLast();
                String delimiter = delimiters.get(span[0] - 1);
                boolean bothUnknown = !isKnown(join(pieces, delimiters, previous[0], previous[1]))
                        && !isKnown(join(pieces, delimiters, span[0], span[1]));
                if (bothUnknown && !delimiter.equals(";")
                        && (delimiter.equals("và") || !looksLikeUnitStart(pieces.get(span[0])))) {
                    previous[1] = span[1];
                    continue;
                }
            }
            merged.add(span);
        }
        List<String> units = new ArrayList<>();
        for (int[] span : merged) {
            // Verbatim from the cell: "Trung tâm TTTK,UD KH&CN" keeps its comma without a space.
            String unit = Texts.clean(text.substring(offsets.get(span[0])[0], offsets.get(span[1] - 1)[1]));
            if (!unit.isEmpty()) {
                units.add(unit);
            }
        }
        return List.copyOf(units);
    }

    /** {@link #splitUnits(String)} then {@link #resolve(String)} each, without duplicates. */
    public List<String> resolveAll(String cell) {
        return splitUnits(cell).stream().map(this::resolve).distinct().toList();
    }

    /**
     * Cuts a cell where the export ran the unit lists of several activities together without a separator
     * ("Văn phòng Sở, các đơn vị trực thuộc Văn phòng Sở Văn phòng Sở") into exactly {@code parts} lists,
     * cutting only before a capitalised word and only where every resulting unit is known. Returns an
     * empty list when no such cut exists.
     */
    List<String> splitRunTogether(String cell, int parts) {
        String text = Texts.clean(cell);
        if (parts == 1) {
            return text.isEmpty() ? List.of() : List.of(text);
        }
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i - 1) == ' ' && Character.isUpperCase(text.charAt(i))
                    && i >= 2 && ",;".indexOf(text.charAt(i - 2)) < 0) {
                cuts.add(i);
            }
        }
        cuts.add(text.length());
        List<String> found = new ArrayList<>();
        return cut(text, cuts, 0, parts, found) ? List.copyOf(found) : List.of();
    }

    private boolean cut(String text, List<Integer> cuts, int from, int parts, List<String> found) {
        int start = cuts.get(from);
        for (int to = from + 1; to < cuts.size(); to++) {
            boolean last = to == cuts.size() - 1;
            if (parts == 1 && !last) {
                continue;
            }
            String segment = text.substring(start, cuts.get(to)).strip();
            if (splitUnits(segment).stream().allMatch(this::isKnown)) {
                found.add(segment);
                if (last ? parts == 1 : cut(text, cuts, to, parts - 1, found)) {
                    return true;
                }
                found.removeLast();
            }
        }
        return false;
    }

    private static String join(List<String> pieces, List<String> delimiters, int from, int to) {
        StringBuilder sb = new StringBuilder(pieces.get(from));
        for (int k = from + 1; k < to; k++) {
            String d = delimiters.get(k - 1);
            sb.append(d.equals("và") ? " và " : d + " ").append(pieces.get(k));
        }
        return sb.toString();
    }

    private static boolean looksLikeUnitStart(String piece) {
        String p = piece.strip();
        return !p.isEmpty() && (Character.isUpperCase(p.charAt(0)) || Texts.lower(p).startsWith("các ")
                || Texts.lower(p).startsWith("những "));
    }

    /** The comparison key: abbreviations expanded, "&" read as "và", lower case, letters and digits only. */
    String key(String name) {
        String s = Texts.clean(name);
        for (Abbreviation a : abbreviations) {
            s = a.pattern().matcher(s).replaceAll(Matcher.quoteReplacement(a.expansion()));
        }
        s = Texts.lower(s.replace("&", " và "));
        StringBuilder key = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }


    private static List<String[]> rows(String tsv) {
        List<String[]> rows = new ArrayList<>();
        for (String line : tsv.split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    private static String resource(String path) {
        try (InputStream in = OrganisationRegistry.class.getResourceAsStream(path)) {
            Objects.requireNonNull(in, path + " missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
