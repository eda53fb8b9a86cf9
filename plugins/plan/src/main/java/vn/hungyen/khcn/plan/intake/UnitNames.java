package vn.hungyen.khcn.plan.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import vn.hungyen.khcn.plan.importer.OrganisationRegistry;

/**
 * Đơn vị chủ trì / phối hợp as a document writes them — in full, abbreviated ("UBND tỉnh", "Sở KH&CN"), or as a list
 * ("Bộ Công an, Bộ Quốc phòng và các bộ, ngành liên quan") — split into units and canonicalised through the module's
 * {@link OrganisationRegistry}. Catch-alls ("các cơ quan, đơn vị, địa phương") name nobody and are dropped; names the
 * registry does not know are kept as written and reported, for the editor to confirm. Words and patterns are data
 * ({@code plan/unit-catch-alls.txt}, {@code plan/unit-starts.txt}).
 */
final class UnitNames {

    /** A unit cell read. @param units canonical names @param unknown those of them the registry did not know */
    record Read(List<String> units, List<String> unknown, List<String> dropped) {
        static final Read NONE = new Read(List.of(), List.of(), List.of());
    }

    private static final List<Pattern> CATCH_ALLS = lines("/plan/unit-catch-alls.txt").stream()
            .map(p -> Pattern.compile(p, Pattern.UNICODE_CHARACTER_CLASS)).toList();
    private static final List<String> STARTS = lines("/plan/unit-starts.txt").stream()
            .filter(s -> !s.startsWith("!")).map(s -> s.toLowerCase(Locale.ROOT)).toList();
    private static final List<String> NOT_STARTS = lines("/plan/unit-starts.txt").stream()
            .filter(s -> s.startsWith("!")).map(s -> s.substring(1).strip().toLowerCase(Locale.ROOT)).toList();
    private static final Pattern LIST_TAIL = Pattern.compile("\\s*(?:,|;|\\s+và)\\s+(?=(?:các|những)\\s)");
    private static final Pattern BULLETS = Pattern.compile("(?m)^\\s*[-–+•]\\s*");

    private final OrganisationRegistry registry;
    private final Set<String> unknown = new LinkedHashSet<>();

    /** @param registry a registry this reading may add unknown names to (a {@link OrganisationRegistry#copy()}) */
    UnitNames(OrganisationRegistry registry) {
        this.registry = registry;
    }

    /** Every unknown unit met so far, in order of first sight. */
    List<String> unknown() {
        return List.copyOf(unknown);
    }

    /** The units a cell or labelled value names. */
    Read read(String cell) {
        String text = BULLETS.matcher(cell).replaceAll("; ").replace('\n', ' ')
                .replaceAll("\\s+", " ").strip().replaceAll("^[;,.\\s]+|[;,.:\\s]+$", "");
        if (text.isEmpty()) {
            return Read.NONE;
        }
        List<String> units = new ArrayList<>();
        List<String> unknownHere = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (String piece : pieces(text)) {
            String name = knownHead(piece.replaceAll("^(và|với|cùng)\\s+", "").strip());
            if (name.isEmpty()) {
                continue;
            }
            if (LEGAL_REFERENCE.matcher(name).find() && !registry.isKnown(name)) {
                dropped.add(name); // "Khoản 3 Điều 25" from a neighbouring column: no unit
                continue;
            }
            // The bundled plan's registry lists "Các sở, ngành liên quan" as a unit of its own; read from any other
            // document it is a catch-all. "Các phòng, đơn vị thuộc Sở" stays a unit: it names the Sở's own units.
            if (isCatchAll(name) && (!registry.isKnown(name) || name.toLowerCase(Locale.ROOT).contains("liên quan"))) {
                dropped.add(name);
                continue;
            }
            boolean known = registry.isKnown(name);
            String canonical = registry.resolve(name);
            if (!units.contains(canonical)) {
                units.add(canonical);
            }
            if (!known) {
                unknownHere.add(canonical);
                unknown.add(canonical);
            }
        }
        return new Read(units, unknownHere, dropped);
    }

    private static final Pattern LEGAL_REFERENCE = Pattern.compile(
            "^(?:Điều|Điểm|Khoản|Mục|Phụ lục|Chương|Tiết)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "^(?:\\S+\\s+){0,3}?(?:Điều|Điểm|Khoản|khoản|điểm|Mục|mục|Phụ lục|được|đã|theo|tại)\\b.*",
            Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A known unit's name with what a PDF's line order glued after it cut off: "Bộ Khoa học và Công nghệ Điểm a khoản 4
     * Điều 20a" is "Bộ Khoa học và Công nghệ"; "Bộ Y tế xã hội, được sửa đổi …" is "Bộ Y tế". Only when what follows
     * reads as anything but the rest of a name (a legal reference, a clause, five words or more).
     */
    private String knownHead(String name) {
        if (name.isEmpty() || registry.isKnown(name)) {
            return name;
        }
        String[] words = name.split("\\s+");
        for (int k = words.length - 1; k >= 2; k--) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            if (registry.isKnown(head)) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
                boolean glued = NOT_A_NAME.matcher(rest).matches() || words.length - k >= 5
                        || rest.matches("(?U)^\\p{Ll}.*[,.;].*");
                return glued ? head : name;
            }
        }
        return name;
    }

    /** Whether a short phrase is a unit's name (known, or starting like one): "Bộ Nội vụ", "Ủy ban nhân dân các tỉnh". */
    boolean looksLikeUnit(String phrase) {
        String p = phrase.strip().replaceAll("[:.;,]+$", "").strip();
        if (p.isEmpty() || p.split("\\s+").length > 16) {
            return false;
        }
        if (registry.isKnown(p)) {
            return true;
        }
        return startsLikeUnit(p) && Character.isUpperCase(p.codePointAt(0));
    }

    /** Whether the text starts with a word units start with ("Bộ", "Sở", "Ủy ban" …), as a whole word. */
    static boolean startsLikeUnit(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (NOT_STARTS.stream().anyMatch(s::startsWith)) {
            return false;
        }
        for (String start : STARTS) {
            if (s.startsWith(start) && (s.length() == start.length() || !Character.isLetter(s.charAt(start.length())))) {
                return true;
            }
        }
        return false;
    }

    static boolean isCatchAll(String phrase) {
        String s = phrase.toLowerCase(Locale.ROOT).strip();
        return CATCH_ALLS.stream().anyMatch(p -> p.matcher(s).find());
    }

    /** The registry's split, then the tail of a list cut off where "các …" starts ("… và các bộ, ngành liên quan"). */
    private List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        for (String piece : registry.splitUnits(text)) {
            if (registry.isKnown(piece)) {
                out.add(piece);
                continue;
            }
            String[] parts = LIST_TAIL.split(piece, 2);
            if (parts.length == 2 && !parts[0].isBlank()) {
                out.addAll(registry.splitUnits(parts[0]));
                out.add(parts[1]);
            } else {
                out.add(piece);
            }
        }
        return out;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = UnitNames.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, resource + " missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
