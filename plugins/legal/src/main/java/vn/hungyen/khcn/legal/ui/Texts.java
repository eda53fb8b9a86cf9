package vn.hungyen.khcn.legal.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Small display helpers shared by the legal pages. */
final class Texts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Texts() {
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
