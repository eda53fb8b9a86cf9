package vn.hungyen.khcn.content.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ngày tháng as Vietnamese documents print them: "ngày 19 tháng 6 năm 2015", "NGÀY 19 THÁNG 6 NĂM 2015",
 * "ngày 29/6/2024", "ngày 01-8-2022". One reader of dates for every module's document reading.
 */
public final class VietnameseDates {

    /** Day, month and year in groups 1–3; the word "ngày" first, in any case. */
    public static final Pattern DATE = Pattern.compile(
            "ngày\\s*(\\d{1,2})\\s*(?:/|-|\\.|\\s+tháng\\s+|\\s*tháng\\s*)\\s*(\\d{1,2})\\s*(?:/|-|\\.|\\s+năm\\s+|\\s*năm\\s*)\\s*(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A date in figures without the word "ngày": "31/10/2025", "01-8-2022", "1.6.2024"; day, month, year in 1–3. */
    public static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})(?!\\d)");

    /** "ngày 31 tháng 10" with the year optional, as a deadline inside a dated plan prints it; groups 1–3. */
    public static final Pattern DAY_MONTH = Pattern.compile(
            "ngày\\s*(\\d{1,2})\\s*tháng\\s*(\\d{1,2})\\s*(?:năm\\s*(\\d{4}))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private VietnameseDates() {
    }

    /** The day, if it is a real one ("ngày 31 tháng 2" is not). */
    public static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The first date the text prints, if any is a real day. */
    public static Optional<LocalDate> find(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = of(m);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The date a {@link #DATE} match holds, empty when it is no real day ("ngày 31 tháng 2 năm 2020"). */
    public static Optional<LocalDate> of(Matcher match) {
        try {
            return of(Integer.parseInt(match.group(3)), Integer.parseInt(match.group(2)), Integer.parseInt(match.group(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
