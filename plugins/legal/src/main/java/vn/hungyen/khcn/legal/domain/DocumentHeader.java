package vn.hungyen.khcn.legal.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Phần đầu văn bản: number, date, type and title read from the header block of a document's full text
 * ("Luật số: 29/2013/QH13", "Hà Nội, ngày 18 tháng 6 năm 2013", "LUẬT", "KHOA HỌC VÀ CÔNG NGHỆ").
 *
 * @param number the document's number ("Số: …" line)
 * @param date   ngày ban hành from the place-and-date line
 * @param type   the type named by the upper-case type line ("LUẬT"), else the number's
 * @param title  the name or trích yếu following the type line, in sentence case ("Luật Khoa học và công nghệ")
 */
public record DocumentHeader(DocumentNumber number, @Nullable LocalDate date, DocumentType type, @Nullable String title) {

    private static final int HEADER_LINES = 20;
    private static final Pattern NUMBER_LINE = Pattern.compile("^(?:\\p{L}+ )?[Ss]ố\\s*:?\\s*(.+)$");
    private static final Pattern DATE_LINE = Pattern.compile(
            "ngày (\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DECORATION = Pattern.compile("[-*_=]{3,}.*$");

    /** Reads the header of a full text; empty when it states no number in its first lines. */
    public static Optional<DocumentHeader> read(String text) {
        List<String> lines = CitationExtractor.normalise(text).lines().limit(HEADER_LINES)
                .map(l -> DECORATION.matcher(l).replaceAll("").strip()).filter(l -> !l.isEmpty()).toList();
        DocumentNumber number = null;
        LocalDate date = null;
        DocumentType type = null;
        String title = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher n = NUMBER_LINE.matcher(line);
            if (number == null && n.matches()) {
                number = DocumentNumber.tryParse(n.group(1).split(" ")[0]).orElse(null);
                continue;
            }
            Matcher d = DATE_LINE.matcher(line);
            if (date == null && d.find() && line.length() < 80) {
                date = date(d.group(1), d.group(2), d.group(3));
                continue;
            }
            if (type == null && isUpperCase(line)) {
                Optional<DocumentType> named = DocumentType.ofWord(line);
                if (named.isPresent() && i + 1 < lines.size()) {
                    type = named.get();
                    String next = lines.get(i + 1);
                    title = type.word() + " " + sentenceCase(next);
                }
            }
        }
        if (number == null) {
            return Optional.empty();
        }
        return Optional.of(new DocumentHeader(number, date, type == null ? number.typeBySymbol() : type, title));
    }

    private static boolean isUpperCase(String line) {
        return line.chars().anyMatch(Character::isLetter) && line.chars().noneMatch(Character::isLowerCase);
    }

    /** "KHOA HỌC VÀ CÔNG NGHỆ" → "Khoa học và công nghệ". */
    static String sentenceCase(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }

    private static @Nullable LocalDate date(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
