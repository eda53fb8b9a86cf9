package vn.hungyen.khcn.plan.progress;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Kỳ báo cáo: a month, a quarter or a year of a plan. The plan asks for each unit's report "trước ngày 20 của tháng
 * kế tiếp": a period's report is due on the 20th of the month after the period's last month. Written as
 * {@code 2022-06}, {@code 2022-Q2} or {@code 2022}; parsed once, compared by value.
 */
public record ReportingPeriod(Kind kind, int year, int number) implements Comparable<ReportingPeriod> {

    /** Day of the following month by which a report is due. */
    static final int DUE_DAY = 20;
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:(\\d{1,2})|[Qq]([1-4])))?");

    public enum Kind {
        /** Tháng. */
        MONTH,
        /** Quý. */
        QUARTER,
        /** Năm. */
        YEAR
    }

    public ReportingPeriod {
        Objects.requireNonNull(kind, "kind");
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("not a plan year: " + year);
        }
        int max = switch (kind) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR -> 1;
        };
        if (number < 1 || number > max) {
            throw new IllegalArgumentException("no " + kind + " " + number);
        }
    }

    public static ReportingPeriod month(int year, int month) {
        return new ReportingPeriod(Kind.MONTH, year, month);
    }

    public static ReportingPeriod quarter(int year, int quarter) {
        return new ReportingPeriod(Kind.QUARTER, year, quarter);
    }

    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(Kind.YEAR, year, 1);
    }

    /**
     * Reads {@code 2022-06}, {@code 2022-6}, {@code 2022-Q2} or {@code 2022}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static ReportingPeriod parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period: " + text);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return month(year, Integer.parseInt(m.group(2)));
        }
        return m.group(3) != null ? quarter(year, Integer.parseInt(m.group(3))) : year(year);
    }

    /** The form {@link #parse} reads and the database stores. */
    public String code() {
        return switch (kind) {
            case MONTH -> String.format("%d-%02d", year, number);
            case QUARTER -> year + "-Q" + number;
            case YEAR -> String.valueOf(year);
        };
    }

    /** The months 1..12 the period covers. */
    public List<Integer> months() {
        return switch (kind) {
            case MONTH -> List.of(number);
            case QUARTER -> IntStream.rangeClosed(number * 3 - 2, number * 3).boxed().toList();
            case YEAR -> IntStream.rangeClosed(1, 12).boxed().toList();
        };
    }

    public YearMonth lastMonth() {
        return YearMonth.of(year, months().getLast());
    }

    /** Hạn báo cáo: the 20th of the month after the period. */
    public LocalDate dueDate() {
        return lastMonth().plusMonths(1).atDay(DUE_DAY);
    }

    /**
     * Whether {@code other} is this period or lies inside it: a month or a quarter of a year, a month of a quarter.
     */
    public boolean covers(ReportingPeriod other) {
        return other.year == year && months().containsAll(other.months());
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        int byEnd = lastMonth().compareTo(other.lastMonth());
        return byEnd != 0 ? byEnd : kind.compareTo(other.kind);
    }

    @Override
    public String toString() {
        return code();
    }
}
