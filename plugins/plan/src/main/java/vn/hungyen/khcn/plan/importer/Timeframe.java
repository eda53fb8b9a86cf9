package vn.hungyen.khcn.plan.importer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thời gian thực hiện: when an activity runs, as the original text plus the months of 2022 it covers.
 * Months are a 12-bit mask (bit 0 = January). A timeframe can be recurring ("Hàng tháng, quý, năm":
 * every month) or set by someone else's plan ("Theo Kế hoạch của Sở Nội vụ": no months of its own),
 * or both months and external ("Quý I và theo kế hoạch của UBND tỉnh").
 */
public record Timeframe(String text, int monthMask, boolean recurring, boolean externallySet) {

    private static final int ALL_MONTHS = (1 << 12) - 1;

    private static final String DASH = "\\s*(?:-|–|—|đến)\\s*";
    // "Tháng 01- Tháng 12", "Từ tháng 3- Tháng 12", "Tháng 1- Tháng12", "Tháng 01-6" (month word optional after the dash)
    private static final Pattern MONTH_RANGE = Pattern.compile("(?:từ\\s+)?tháng\\s*(\\d{1,2})" + DASH + "(?:tháng\\s*)?(\\d{1,2})(?!\\d)");
    private static final Pattern MONTH = Pattern.compile("(?:từ\\s+)?tháng\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern QUARTER_RANGE = Pattern.compile("quý\\s+(iv|iii|ii|i|[1-4])" + DASH + "(?:quý\\s+)?(iv|iii|ii|i|[1-4])\\b");
    private static final Pattern QUARTER = Pattern.compile("quý\\s+(iv|iii|ii|i|[1-4])\\b");
    private static final Pattern RECURRING = Pattern.compile("\\b(hàng|hằng)\\s+(tháng|quý|năm|tuần)");
    private static final Pattern EXTERNAL = Pattern.compile("\\btheo\\s+(kế\\s+hoạch|kh\\b|lịch|quy\\s+định|chỉ\\s+đạo|yêu\\s+cầu|đề\\s+nghị)");
    // One self-contained timeframe, used to cut "Tháng 01- Tháng 12 Tháng 3 - Tháng 5" into pieces.
    private static final Pattern ONE_SPAN = Pattern.compile(
            "(?:từ\\s+)?tháng\\s*\\d{1,2}(?:" + DASH + "(?:tháng\\s*)?\\d{1,2})?(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public Timeframe {
        text = Texts.clean(text);
        if ((monthMask & ~ALL_MONTHS) != 0) {
            throw new IllegalArgumentException("month mask has bits beyond December: " + monthMask);
        }
        if (recurring && monthMask != ALL_MONTHS) {
            throw new IllegalArgumentException("a recurring timeframe covers every month");
        }
    }

    /** Months covered, 1..12, ascending. */
    public List<Integer> months() {
        List<Integer> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            if ((monthMask & (1 << (m - 1))) != 0) {
                months.add(m);
            }
        }
        return List.copyOf(months);
    }

    /** True when the covers month {@code month} (1..12). */
    public boolean covers(int month) {
        return month >= 1 && month <= 12 && (monthMask & (1 << (month - 1))) != 0;
    }

    /** Nothing in the text could be read: no months, not recurring, not set by another plan. */
    public boolean isUnparsed() {
        return monthMask == 0 && !recurring && !externallySet;
    }

    /** Parses the text of one timeframe cell; never throws — unreadable text gives {@link #isUnparsed()}. */
    public static Timeframe parse(String text) {
        Objects.requireNonNull(text, "text");
        String clean = Texts.clean(text);
        String s = Texts.lower(clean);
        if (RECURRING.matcher(s).find()) {
            return new Timeframe(clean, ALL_MONTHS, true, EXTERNAL.matcher(s).find());
        }
        BitSet months = new BitSet(13);
        boolean bad = false;
        StringBuilder rest = new StringBuilder(s);
        bad |= consume(MONTH_RANGE, rest, m -> range(months, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        bad |= consume(MONTH, rest, m -> range(months, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(1))));
        bad |= consume(QUARTER_RANGE, rest, m -> range(months, quarter(m.group(1)) * 3 - 2, quarter(m.group(2)) * 3));
        bad |= consume(QUARTER, rest, m -> range(months, quarter(m.group(1)) * 3 - 2, quarter(m.group(1)) * 3));
        boolean external = EXTERNAL.matcher(s).find();
        if (bad) {
            return new Timeframe(clean, 0, false, external);
        }
        int mask = 0;
        for (int m = months.nextSetBit(1); m >= 0; m = months.nextSetBit(m + 1)) {
            mask |= 1 << (m - 1);
        }
        return new Timeframe(clean, mask, false, external);
    }

    /**
     * Cuts a cell where several timeframes run together without separators ("Tháng 01- Tháng 12 Tháng 3 -
     * Tháng 5 Tháng 3- Tháng 5") into one string per timeframe; a cell that is not such a run comes back whole.
     */
    static List<String> splitRunTogether(String text) {
        String clean = Texts.clean(text);
        Matcher m = ONE_SPAN.matcher(clean);
        List<String> parts = new ArrayList<>();
        int end = 0;
        while (m.find()) {
            if (!clean.substring(end, m.start()).isBlank()) {
                return List.of(clean);
            }
            parts.add(m.group());
            end = m.end();
        }
        if (parts.isEmpty() || !clean.substring(end).isBlank()) {
            return List.of(clean);
        }
        return parts;
    }

    private interface MatchAction {
        boolean apply(Matcher m);
    }

    /** Applies {@code action} to every match and blanks the match out so that later patterns skip it; true if any failed. */
    private static boolean consume(Pattern pattern, StringBuilder text, MatchAction action) {
        Matcher m = pattern.matcher(text);
        boolean failed = false;
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            failed |= !action.apply(m);
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int[] span : spans) {
            for (int i = span[0]; i < span[1]; i++) {
                text.setCharAt(i, ' ');
            }
        }
        return failed;
    }

    private static boolean range(BitSet months, int from, int to) {
        if (from < 1 || to > 12 || from > to) {
            return false;
        }
        months.set(from, to + 1);
        return true;
    }

    private static int quarter(String numeral) {
        return switch (numeral) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }
}
