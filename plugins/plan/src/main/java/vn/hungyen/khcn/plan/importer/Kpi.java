package vn.hungyen.khcn.plan.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measurable target read from a "Chỉ tiêu/sản phẩm" text: "Công nhận 20-25 sáng kiến" is 20..25
 * {@code sáng kiến}, "Giải ngân trên 90%" is at least 90 {@code %}. An open bound is {@code null}.
 *
 * @param text the phrase the figure was read from, e.g. "20-25 sáng kiến"
 * @param min  lower bound, or {@code null} for "tối đa N"
 * @param max  upper bound, or {@code null} for "trên N", "tối thiểu N"
 * @param unit what is counted: the short noun phrase after the number, or "%"
 */
public record Kpi(String text, BigDecimal min, BigDecimal max, String unit) {

    public Kpi {
        text = Texts.clean(text);
        unit = Texts.clean(unit);
        if (text.isEmpty() || unit.isEmpty()) {
            throw new IllegalArgumentException("a KPI needs its text and a unit");
        }
        if (min == null && max == null) {
            throw new IllegalArgumentException("a KPI needs at least one bound: " + text);
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min above max in " + text);
        }
    }

    /** True for a percentage target. */
    public boolean isPercentage() {
        return unit.equals("%");
    }

    // A number not glued to letters, slashes or colons (which make it part of "101/KH-UBND", "9001:2015", "6BC").
    private static final String NUM = "(\\d{1,4}(?:,\\d+)?)";
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\p{L}\\p{N}/.,:\\-–])"
                    + "(?:(trên|tối thiểu|ít nhất|không dưới|từ|tối đa|không quá|dưới)\\s+)?"
                    + NUM + "(?:\\s*[-–]\\s*" + NUM + ")?"
                    + "(?![\\p{N}/:]|[.,]\\d|\\s*[-–]\\s*\\p{L})"
                    + "(\\s*%)?");
    private static final Pattern LOWER_ONLY = Pattern.compile("trên|tối thiểu|ít nhất|không dưới");
    private static final Pattern UPPER_ONLY = Pattern.compile("tối đa|không quá|dưới");
    private static final Pattern TRAILING_AT_LEAST = Pattern.compile("^\\s*trở lên");

    // Words after which a number is an identifier, a date part or an ordinal, not a quantity:
    // "Nghị định 68", "năm 2021", "chuyên đề 01", "mức độ 3", "lần thứ 6", "giai đoạn 2".
    private static final Set<String> NOT_AFTER = Set.of("số", "năm", "ngày", "tháng", "quý", "đợt", "định",
            "đề", "độ", "thứ", "khóa", "khoá", "đoạn", "điều", "khoản", "lục", "kỳ", "hiệu", "bản", "phiên");
    // Words that end a unit phrase when no known unit matched.
    private static final Set<String> STOP = Set.of("và", "của", "cho", "trong", "trên", "tại", "theo", "về", "được",
            "để", "với", "đã", "có", "các", "những", "vào", "từ", "đến", "thuộc", "cấp", "nhằm", "tham", "sử");
    private static final int MAX_UNIT_SYLLABLES = 3;

    private static final List<String> KNOWN_UNITS = loadUnits();

    /**
     * Every figure with a unit in {@code text}, in reading order. Years ("năm 2021", "2021-2030"),
     * document numbers ("101/KH-UBND"), dates ("26/4/2022"), standards ("ISO 9001:2015") and numbers after
     * a proper name ("Gia Lộc 516") are not KPIs and are skipped.
     */
    public static List<Kpi> extractAll(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String s = Texts.clean(text);
        List<Kpi> found = new ArrayList<>();
        Matcher m = FIGURE.matcher(s);
        while (m.find()) {
            String qualifier = m.group(1);
            String first = m.group(2);
            String second = m.group(3);
            boolean percent = m.group(4) != null;
            if (isYear(first) || (second != null && isYear(second)) || !quantityPosition(s, m.start(2) - (qualifier == null ? 0 : qualifier.length() + 1))) {
                continue;
            }
            String after = s.substring(m.end());
            String unit = percent ? "%" : unitAt(after);
            if (unit == null) {
                continue;
            }
            BigDecimal a = number(first);
            BigDecimal b = second == null ? null : number(second);
            if (b != null && a.compareTo(b) > 0) {
                continue; // "10-5" is not a range; most likely a code
            }
            BigDecimal min = a;
            BigDecimal max = b == null ? a : b;
            if (qualifier != null && b == null && LOWER_ONLY.matcher(qualifier).matches()) {
                max = null;
            } else if (qualifier != null && b == null && UPPER_ONLY.matcher(qualifier).matches()) {
                min = null;
            }
            int end = m.end() + (percent ? 0 : after.indexOf(unit) + unit.length());
            Matcher atLeast = TRAILING_AT_LEAST.matcher(s.substring(end));
            // "từ 60% trở lên"; after "không quá N" an upper bound was printed and a trailing "trở lên" contradicts
            // it, so the printed bound stays.
            if (b == null && min != null && atLeast.find()) {
                max = null;
                end += atLeast.end();
            }
            int start = qualifier == null ? m.start(2) : m.start();
            found.add(new Kpi(s.substring(start, end), min, max, unit));
        }
        return List.copyOf(found);
    }

    private static boolean isYear(String digits) {
        return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
    }

    /** The number at {@code index} is a quantity, judged by the word before it. */
    private static boolean quantityPosition(String s, int index) {
        String before = s.substring(0, Math.max(0, index)).stripTrailing();
        if (before.isEmpty()) {
            return true;
        }
        char last = before.charAt(before.length() - 1);
        if (!Character.isLetter(last)) {
            return true; // after punctuation a new phrase starts: "; 01 văn bản", "(100-120 ha)"
        }
        int wordStart = before.length();
        while (wordStart > 0 && Character.isLetter(before.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = before.substring(wordStart);
        if (NOT_AFTER.contains(Texts.lower(word))) {
            return false;
        }
        // After a capitalised word inside a sentence the number is part of a name: "Gia Lộc 516", "ISO 9001".
        if (Character.isUpperCase(word.charAt(0))) {
            String prefix = before.substring(0, wordStart).stripTrailing();
            boolean sentenceStart = prefix.isEmpty() || ".;:!?(-–•".indexOf(prefix.charAt(prefix.length() - 1)) >= 0;
            return sentenceStart && word.length() > 1 && !word.equals(word.toUpperCase());
        }
        return true;
    }

    /** The unit phrase at the start of {@code after}: the longest known unit, else a few syllables. */
    private static String unitAt(String after) {
        String rest = after.stripLeading();
        if (rest.isEmpty() || !Character.isLetter(rest.charAt(0))) {
            return null;
        }
        String lower = Texts.lower(rest);
        for (String known : KNOWN_UNITS) {
            if (lower.startsWith(known) && (lower.length() == known.length() || !Character.isLetterOrDigit(lower.charAt(known.length())))) {
                return rest.substring(0, known.length());
            }
        }
        StringBuilder unit = new StringBuilder();
        int syllables = 0;
        for (String word : rest.split(" ")) {
            String bare = word.replaceAll("[^\\p{L}\\p{N}&]+$", "");
            if (bare.isEmpty() || STOP.contains(Texts.lower(bare)) || !Character.isLetter(bare.charAt(0))) {
                break;
            }
            if (!unit.isEmpty()) {
                unit.append(' ');
            }
            unit.append(bare);
            syllables++;
            if (!bare.equals(word) || syllables == MAX_UNIT_SYLLABLES) {
                break; // punctuation ends the phrase
            }
        }
        return unit.isEmpty() ? null : unit.toString();
    }

    private static BigDecimal number(String digits) {
        BigDecimal value = new BigDecimal(digits.replace(',', '.')).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static List<String> loadUnits() {
        try (InputStream in = Kpi.class.getResourceAsStream("/plan/kpi-units.txt")) {
            Objects.requireNonNull(in, "plan/kpi-units.txt missing from the classpath");
            List<String> units = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    String unit = Texts.lower(Texts.clean(line));
                    if (!unit.isEmpty() && !unit.startsWith("#")) {
                        units.add(unit);
                    }
                }
            }
            // Longest first, so "lớp tập huấn" wins over "lớp".
            units.sort(Comparator.comparingInt(String::length).reversed());
            return List.copyOf(units);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
