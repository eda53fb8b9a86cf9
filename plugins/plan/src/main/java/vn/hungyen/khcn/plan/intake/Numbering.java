package vn.hungyen.khcn.plan.intake;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Số thứ tự: the mark an item of a Vietnamese administrative text starts with, and its kind — Roman "I.", Arabic
 * "1." or "1)", decimal "1.2" / "1.2.3", lettered "a)" (Vietnamese alphabet, with "đ"), bracketed "(1)", or a dash /
 * plus / bullet. The kind, not the value, tells the level: a text nests kinds in the order it first uses them.
 *
 * @param kind  the numbering style; {@link Kind#DECIMAL} items carry their depth ("1.2.3" is 3)
 * @param label the number as printed, without its punctuation ("I", "1.2", "đ", "3"; "" for a dash)
 * @param rest  the text after the mark
 */
record Numbering(Kind kind, int depth, String label, String rest) {

    enum Kind { ROMAN, ARABIC, DECIMAL, LETTER, BRACKET, DASH, PLUS }

    private static final Pattern ROMAN = Pattern.compile("^([IVXL]{1,6})\\s*[.:\\-–)]\\s*(.*)$");
    private static final Pattern ROMAN_ALONE = Pattern.compile("^([IVXL]{1,6})$");
    private static final Pattern DECIMAL = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){1,4})\\.?(?:\\s+|$)(.*)$");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,3})\\s*[.)]\\s*(.*)$");
    private static final Pattern ARABIC_ALONE = Pattern.compile("^(\\d{1,3})$");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\s*\\)\\s*(.*)$");
    private static final Pattern BRACKET = Pattern.compile("^\\((\\d{1,3}|[a-zđ])\\)\\s*(.*)$");
    private static final Pattern DASH = Pattern.compile("^[-–—•·*]\\s+(.*)$");
    private static final Pattern PLUS = Pattern.compile("^\\+\\s*(.*)$");

    /** The numbering a line starts with, or {@code null} for a line that starts with none. */
    static @Nullable Numbering of(String line) {
        String s = line.strip();
        Matcher m = DECIMAL.matcher(s);
        if (m.matches() && !isDate(m.group(1))) {
            return new Numbering(Kind.DECIMAL, m.group(1).split("\\.").length, m.group(1), m.group(2).strip());
        }
        m = ARABIC.matcher(s);
        if (m.matches() && (m.group(2).isEmpty() || !Character.isDigit(m.group(2).charAt(0)))) {
            return new Numbering(Kind.ARABIC, 1, m.group(1), m.group(2).strip());
        }
        m = ROMAN.matcher(s);
        if (m.matches() && validRoman(m.group(1))) {
            return new Numbering(Kind.ROMAN, 1, m.group(1), m.group(2).strip());
        }
        m = LETTER.matcher(s);
        if (m.matches()) {
            return new Numbering(Kind.LETTER, 1, m.group(1), m.group(2).strip());
        }
        m = BRACKET.matcher(s);
        if (m.matches()) {
            return new Numbering(Kind.BRACKET, 1, m.group(1), m.group(2).strip());
        }
        m = DASH.matcher(s);
        if (m.matches()) {
            return new Numbering(Kind.DASH, 1, "", m.group(1).strip());
        }
        m = PLUS.matcher(s);
        if (m.matches()) {
            return new Numbering(Kind.PLUS, 1, "", m.group(1).strip());
        }
        return null;
    }

    /** The content of a table's number cell: "1", "1.", "1.2", "I", "a", "a)", "(1)", "-"; {@code null} if none. */
    static @Nullable Numbering ofCell(String cell) {
        String s = cell.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (ROMAN_ALONE.matcher(s).matches() && validRoman(s)) {
            return new Numbering(Kind.ROMAN, 1, s, "");
        }
        if (ARABIC_ALONE.matcher(s).matches()) {
            return new Numbering(Kind.ARABIC, 1, s, "");
        }
        if (s.matches("[a-zđ]")) {
            return new Numbering(Kind.LETTER, 1, s, "");
        }
        Numbering n = of(s);
        return n != null && n.rest().isEmpty() ? n : null;
    }

    /** The part of a code this item contributes: ASCII, so that codes make slugs ("đ" is "dd", Roman stays upper). */
    String codePart(int ordinal) {
        return switch (kind) {
            case DASH, PLUS -> String.valueOf(ordinal);
            case LETTER, BRACKET -> label.toLowerCase(Locale.ROOT).replace("đ", "dd");
            default -> label;
        };
    }

    /** The level key: items with equal keys are siblings wherever they occur. */
    String levelKey() {
        return kind == Kind.DECIMAL ? kind.name() + depth : kind.name();
    }

    private static boolean isDate(String label) {
        // "31.12.2025" or "1.000" (a thousand) is not a numbering.
        String[] parts = label.split("\\.");
        return parts[parts.length - 1].length() == 3 || parts.length == 3 && parts[2].length() == 4;
    }

    static boolean validRoman(String s) {
        return s.matches("X{0,3}(IX|IV|V?I{0,3})|XL|L") && !s.isEmpty();
    }

    static int romanValue(String s) {
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = value(s.charAt(i));
            total += i + 1 < s.length() && v < value(s.charAt(i + 1)) ? -v : v;
        }
        return total;
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            default -> 50;
        };
    }
}
