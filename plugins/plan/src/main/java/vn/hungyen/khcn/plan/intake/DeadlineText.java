package vn.hungyen.khcn.plan.intake;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hungyen.khcn.content.intake.VietnameseDates;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.spi.Deadline;
import vn.hungyen.khcn.plan.importer.Timeframe;

/**
 * Thời hạn as printed, read into a {@link Deadline}: "Quý II/2026", "Tháng 6/2026", "Năm 2025", "Thường xuyên",
 * "Hằng năm", "Trước ngày 31/10/2025", "trước ngày 31 tháng 10 năm 2025", "2026–2030", "6 tháng đầu năm 2026",
 * "Theo kế hoạch của UBND tỉnh". A printed form without a year ("Quý II") takes the document's year; months and
 * quarters without a year are read by the plan importer's {@link Timeframe}, so the two never disagree on what
 * "Quý I - Quý III" covers. The printed text is always kept; what cannot be read has no dates.
 */
final class DeadlineText {

    private static final String MONTH_WORD = "tháng\\s*";
    private static final Pattern QUARTER = Pattern.compile(
            "quý\\s*(iv|iii|ii|i|[1-4])(?:\\s*(?:-|–|—|đến|và)\\s*(?:quý\\s*)?(iv|iii|ii|i|[1-4]))?(?![a-z])"
                    + "(?:\\s*(?:/|năm)\\s*(\\d{4}))?");
    private static final Pattern MONTH = Pattern.compile(
            MONTH_WORD + "(\\d{1,2})(?:\\s*(?:-|–|—|đến)\\s*(?:tháng\\s*)?(\\d{1,2}))?(?!\\d)(?:\\s*(?:/|năm)\\s*(\\d{4}))?");
    private static final Pattern HALF = Pattern.compile(
            "(\\d{1,2})\\s*tháng\\s*(đầu|cuối)\\s*năm(?:\\s*(\\d{4}))?");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<!\\d)(\\d{4})\\s*(?:-|–|—|đến)\\s*(\\d{4})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/])((?:19|20)\\d{2})(?![\\d/])");
    private static final Pattern BEFORE = Pattern.compile("\\b(trước|chậm nhất|hạn chót|không quá|đến hết|đến)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CONTINUOUS = Pattern.compile("thường\\s*xuyên|liên\\s*tục");
    private static final Pattern EVERY = Pattern.compile("(hằng|hàng|định kỳ)\\s*(năm|quý|tháng|tuần)");

    private DeadlineText() {
    }

    /**
     * Reads one deadline.
     *
     * @param text        as printed, may be blank
     * @param defaultYear the document's year, for forms that leave it out; {@code null} when unknown
     */
    static Deadline parse(@Nullable String text, @Nullable Integer defaultYear) {
        String printed = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (printed.isEmpty()) {
            return Deadline.NONE;
        }
        String s = printed.toLowerCase(Locale.ROOT);
        String recurring = recurrence(s);
        boolean before = BEFORE.matcher(s).find();
        // A document's year outside what a plan can mean (a misread number) is no year at all.
        Integer year = defaultYear != null && defaultYear >= 1900 && defaultYear <= 2200 ? defaultYear : null;
        Span span = span(s, year);
        if (span == null) {
            return new Deadline(printed, null, null, recurring);
        }
        return new Deadline(printed, before && !span.range ? null : span.from, span.to, recurring);
    }

    private static final Pattern IN_SENTENCE = Pattern.compile(
            "(?:(?:hoàn thành|ban hành|trình|báo cáo|xong)\\s+)?(?:trước|chậm nhất|trong)\\s+(?:ngày\\s*\\d{1,2}\\s*(?:/\\s*\\d{1,2}\\s*/\\s*\\d{4}"
                    + "|tháng\\s*\\d{1,2}\\s*năm\\s*\\d{4})|(?:quý|tháng)\\s+[IVX\\d]+(?:\\s*(?:/|năm)\\s*\\d{4})?|năm\\s+\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The deadline a task's sentence states when no column or label gives one ("…; hoàn thành trước ngày 10 tháng
     * 6 năm 2026."): the last such phrase, since a sentence that names several ends with the task's own; "" if none.
     */
    static String inSentence(String sentence) {
        Matcher m = IN_SENTENCE.matcher(sentence);
        String last = "";
        while (m.find()) {
            last = m.group();
        }
        return last;
    }

    /** True when the text reads as a deadline of some kind (a date, a period or a recurrence). */
    static boolean looksLikeDeadline(String text) {
        Deadline d = parse(text, 2000);
        return d.to() != null || d.recurring() != null;
    }

    private static @Nullable String recurrence(String s) {
        if (CONTINUOUS.matcher(s).find()) {
            return "continuous";
        }
        Matcher m = EVERY.matcher(s);
        if (m.find()) {
            return switch (m.group(2)) {
                case "năm" -> "yearly";
                case "quý" -> "quarterly";
                case "tháng" -> "monthly";
                default -> "weekly";
            };
        }
        return null;
    }

    private record Span(LocalDate from, LocalDate to, boolean range) {
    }

    private static @Nullable Span span(String s, @Nullable Integer defaultYear) {
        Matcher m = VietnameseDates.NUMERIC.matcher(s);
        if (m.find()) {
            LocalDate day = day(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            return day == null ? null : new Span(day, day, false);
        }
        m = VietnameseDates.DAY_MONTH.matcher(s);
        if (m.find()) {
            Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : defaultYear;
            LocalDate day = year == null ? null
                    : day(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            return day == null ? null : new Span(day, day, false);
        }
        m = HALF.matcher(s);
        if (m.find()) {
            Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : defaultYear;
            int months = Integer.parseInt(m.group(1));
            if (year == null || months < 1 || months > 12) {
                return null;
            }
            boolean first = m.group(2).equals("đầu");
            return months(year, first ? 1 : 13 - months, first ? months : 12, true);
        }
        m = QUARTER.matcher(s);
        if (m.find()) {
            Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : yearIn(s, defaultYear);
            return year == null ? null : fromTimeframe(s, year, m.group(2) != null);
        }
        m = MONTH.matcher(s);
        if (m.find()) {
            Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : yearIn(s, defaultYear);
            if (year == null) {
                return null;
            }
            Span fromMonths = fromTimeframe(s, year, m.group(2) != null);
            if (fromMonths != null) {
                return fromMonths;
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            return from >= 1 && to <= 12 && from <= to ? months(year, from, to, from != to) : null;
        }
        m = YEAR_RANGE.matcher(s);
        if (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            return from <= to ? new Span(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), true) : null;
        }
        m = YEAR.matcher(s);
        if (m.find()) {
            int year = Integer.parseInt(m.group(1));
            return new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), true);
        }
        return null;
    }

    /** Months and quarters as the plan importer reads them ("Quý I - Quý III", "Tháng 01- Tháng 12"), in {@code year}. */
    private static @Nullable Span fromTimeframe(String s, int year, boolean range) {
        // The year is not the timeframe's business: "/2026" and "năm 2026" are taken out before it reads the months.
        Timeframe t = Timeframe.parse(s.replaceAll("(?:/|năm)\\s*\\d{4}", " "));
        if (t.months().isEmpty() || t.recurring()) {
            return null;
        }
        return months(year, t.months().getFirst(), t.months().getLast(), range);
    }

    private static @Nullable Integer yearIn(String s, @Nullable Integer defaultYear) {
        Matcher y = YEAR.matcher(s);
        return y.find() ? Integer.valueOf(y.group(1)) : defaultYear;
    }

    private static Span months(int year, int from, int to, boolean range) {
        return new Span(LocalDate.of(year, from, 1), YearMonth.of(year, to).atEndOfMonth(), range);
    }

    private static @Nullable LocalDate day(int year, int month, int day) {
        return VietnameseDates.of(year, month, day).orElse(null);
    }
}
