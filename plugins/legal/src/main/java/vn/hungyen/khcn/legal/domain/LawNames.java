package vn.hungyen.khcn.legal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.text.Diacritics;

/**
 * Sổ tên luật: laws and codes by the name texts cite them with, so "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19
 * tháng 6 năm 2015" resolves to 77/2015/QH13. Two data files: {@code legal/laws-registry.tsv}, the registry of laws
 * kept by hand (number, name, date passed, effective date, successor), and {@code legal/law-names.tsv}, the names the
 * corpus prints beside a number (generated); a number both hold takes the registry's dates. Names are compared
 * without marks or case, with "và" and "," alike ("Luật Quản lý, sử dụng tài sản công").
 */
final class LawNames {

    static final String REGISTRY = "/legal/laws-registry.tsv";
    static final String RESOURCE = "/legal/law-names.tsv";
    /** "…/QH13": the legislature that passed a law; its term bounds the year in the law's number. */
    private static final Pattern LEGISLATURE = Pattern.compile("^\\d+/(\\d{4})/QH(\\d{1,2})$");
    /** The National Assembly's terms (khóa X began in 1997): first and last year a law of the term can carry. */
    private static final Map<Integer, int[]> TERMS = Map.of(10, new int[] {1997, 2002}, 11, new int[] {2002, 2007},
            12, new int[] {2007, 2011}, 13, new int[] {2011, 2016}, 14, new int[] {2016, 2021}, 15,
            new int[] {2021, 2026}, 16, new int[] {2026, 2031});
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]+");
    /** How much of a citing text a name is looked for in: longer than the longest name. */
    private static final int MAX_TEXT = 600;
    private static final LawNames INSTANCE = load();

    /** One version of a law: its number, its name, the name's folded form and, where the registry knows them, dates. */
    record Law(DocumentNumber number, String name, String key, @Nullable LocalDate passed,
            @Nullable LocalDate effective) {

        /**
         * The day the law was passed, else the last day of its number's year: an undated law is never taken as passed
         * before a citing day it may have followed.
         */
        LocalDate passedOrYear() {
            return passed != null ? passed : LocalDate.of(number.year().orElse(1900), 12, 31);
        }

        boolean inForceOn(LocalDate day) {
            return !(effective != null ? effective : passedOrYear()).isAfter(day);
        }
    }

    private final List<Law> laws;

    private LawNames(List<Law> laws) {
        this.laws = laws;
    }

    static LawNames get() {
        return INSTANCE;
    }

    List<Law> all() {
        return laws;
    }

    private static LawNames load() {
        Map<String, Law> byNumberAndName = new LinkedHashMap<>();
        Map<DocumentNumber, Law> registry = new LinkedHashMap<>();
        for (String[] f : DataTable.read(REGISTRY, 6)) {
            if (f[0].equals("-")) {
                continue; // the constitution: cited by its year, read by CitationExtractor
            }
            Law law = new Law(DocumentNumber.parse(f[0]), f[1], key(f[1]), date(f[2]), date(f[3]));
            registry.put(law.number(), law);
            byNumberAndName.put(law.number() + "|" + law.key(), law);
        }
        for (String[] f : DataTable.read(RESOURCE, 2)) {
            DocumentNumber number = DocumentNumber.parse(f[0]);
            if (!withinTerm(number)) {
                continue; // a misprint in the corpus ("Luật Xuất bản số 10/2022/QH14": khóa XIV ended in 2021)
            }
            Law known = registry.get(number);
            Law law = new Law(number, f[1], key(f[1]), known == null ? null : known.passed(),
                    known == null ? null : known.effective());
            byNumberAndName.putIfAbsent(number + "|" + law.key(), law);
        }
        return new LawNames(List.copyOf(byNumberAndName.values()));
    }

    private static @Nullable LocalDate date(String field) {
        return field.equals("-") ? null : LocalDate.parse(field);
    }

    /**
     * Whether a legislature's number is within its term: 45/2019/QH14 is, 10/2022/QH14 is not. A number of another
     * shape is not judged.
     */
    static boolean withinTerm(DocumentNumber number) {
        Matcher m = LEGISLATURE.matcher(number.toString());
        if (!m.matches()) {
            return true;
        }
        int[] term = TERMS.get(Integer.parseInt(m.group(2)));
        int year = Integer.parseInt(m.group(1));
        return term == null || year >= term[0] && year <= term[1];
    }

    /** A name's folded form: no marks, no case, "và" and "," alike, the look-alike "Ð" (eth) read as "Đ". */
    static String key(String name) {
        // word by word: a slug is cut at 200 characters, and an amending law's name may be longer
        StringBuilder key = new StringBuilder();
        Matcher w = WORD.matcher(name.replace('\u00D0', 'Đ').replace('\u00F0', 'đ'));
        while (w.find()) {
            String word = NOT_KEY.matcher(Diacritics.strip(w.group()).toLowerCase(Locale.ROOT)).replaceAll("");
            if (!word.isEmpty() && !word.equals("va")) {
                key.append(key.isEmpty() ? "" : "-").append(word);
            }
        }
        return key.toString();
    }

    /**
     * The law whose name the text starts with (the longest such name). With {@code year} (the text dates it: "ngày …
     * năm 2015", "Luật Đất đai năm 2013") the version of that year; else the version in force on the citing document's
     * day — the latest passed by then whose effective date has come, else the latest passed by then (none when every
     * version is later); with no day known, the latest.
     *
     * @param text      the text from the law's type word on ("Luật Tổ chức Chính phủ ngày …")
     * @param year      the year the citation prints, if any
     * @param citedOn   the citing document's day, if known
     */
    Optional<Law> resolve(String text, @Nullable Integer year, @Nullable LocalDate citedOn) {
        List<Law> versions = versions(text);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        if (year != null) {
            // two versions of one year (65/2025/QH15 in February, 72/2025/QH15 in June): the later passed by then
            List<Law> ofYear = versions.stream().filter(l -> l.number().year().orElse(0).equals(year)).toList();
            return ofYear.stream().filter(l -> citedOn == null || !l.passedOrYear().isAfter(citedOn))
                    .reduce((a, b) -> b).or(() -> ofYear.stream().findFirst());
        }
        if (citedOn != null) {
            // A 2013 law naming "Luật Giáo dục đại học" means a version passed by then, never a later one.
            List<Law> passed = versions.stream().filter(l -> !l.passedOrYear().isAfter(citedOn)).toList();
            return passed.stream().filter(l -> l.inForceOn(citedOn)).reduce((a, b) -> b)
                    .or(() -> passed.isEmpty() ? Optional.empty() : Optional.of(passed.getLast()));
        }
        return Optional.of(versions.getLast());
    }

    /**
     * The law whose name the text starts with, in the version passed on {@code day} ("Luật Tổ chức chính quyền địa
     * phương ngày 16 tháng 6 năm 2025": 72/2025/QH15, not 65/2025/QH15 of 19 February); where the registry does not
     * date that year's versions, the latest of the year passed by then, else the year's only one.
     */
    Optional<Law> resolvePassed(String text, LocalDate day) {
        List<Law> year = versions(text).stream().filter(l -> l.number().year().orElse(0) == day.getYear()).toList();
        Optional<Law> exact = year.stream().filter(l -> day.equals(l.passed())).findFirst();
        if (exact.isPresent() || year.size() <= 1) {
            return exact.or(() -> year.stream().findFirst());
        }
        return year.stream().filter(l -> !l.passedOrYear().isAfter(day)).reduce((a, b) -> b);
    }

    /** Every version of the law whose name the text starts with (the longest such name), oldest first. */
    List<Law> versions(String text) {
        String key = key(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        List<Law> named = laws.stream().filter(l -> key.equals(l.key()) || key.startsWith(l.key() + "-")).toList();
        int longest = named.stream().mapToInt(l -> l.key().length()).max().orElse(-1);
        List<Law> result = new ArrayList<>(named.stream().filter(l -> l.key().length() == longest).toList());
        result.sort(Comparator.comparing(Law::passedOrYear).thenComparing(l -> l.number().serial()));
        // one row per number: the registry's and the generated table's may both name it
        List<Law> distinct = new ArrayList<>();
        for (Law l : result) {
            if (distinct.stream().noneMatch(d -> d.number().equals(l.number()))) {
                distinct.add(l);
            }
        }
        return distinct;
    }
}
