package vn.hungyen.khcn.plan.intake;

import vn.hungyen.khcn.content.intake.GazetteNoise;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.intake.VietnameseDates;
import vn.hungyen.khcn.content.spi.DocumentFacts;

/**
 * Phần đầu văn bản as a plan reads it: "Số: 70/KH-UBND", "Hưng Yên, ngày 28 tháng 02 năm 2022", the issuer above the
 * number, the type ("KẾ HOẠCH") and the title under it. The legal module reads headers more fully; this is what the
 * plan module needs when that reader is absent, and the year a deadline without one falls in.
 */
final class HeaderFacts {

    private static final int HEAD_LINES = 40;
    private static final Pattern NUMBER = Pattern.compile("^Số\\s*[:.]?\\s*([0-9]{1,5}[\\p{L}0-9/.\\-]*/[\\p{L}0-9/.\\-]+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> TYPES = List.of("KẾ HOẠCH", "CHỈ THỊ", "NGHỊ QUYẾT", "QUYẾT ĐỊNH", "NGHỊ ĐỊNH",
            "THÔNG TƯ", "THÔNG BÁO", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "CÔNG VĂN", "VĂN BẢN HỢP NHẤT", "LUẬT", "PHƯƠNG ÁN");
    private static final Pattern YEAR_IN_NUMBER = Pattern.compile("/((?:19|20)\\d{2})/");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(?:năm|giai đoạn)\\s*((?:19|20)\\d{2})");

    private HeaderFacts() {
    }

    static DocumentFacts read(List<String> allLines) {
        List<String> lines = allLines.stream().map(String::strip).filter(l -> !l.isEmpty() && !GazetteNoise.isNoise(l))
                .limit(HEAD_LINES).toList();
        String number = null;
        LocalDate date = null;
        String type = null;
        String title = null;
        String issuer = null;
        int numberAt = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            Matcher m = NUMBER.matcher(l);
            if (number == null && m.find()) {
                number = m.group(1).replaceAll("[.]+$", "");
                numberAt = i;
                continue;
            }
            m = VietnameseDates.DATE.matcher(l);
            if (date == null && m.find() && l.contains(",")) {
                date = date(m);
                continue;
            }
            String upper = l.toUpperCase(Locale.ROOT);
            if (type == null && l.equals(upper) && TYPES.contains(l.replaceAll("\\s+", " ").strip())) {
                type = capitalised(l.strip());
                StringBuilder t = new StringBuilder();
                for (int k = i + 1; k < lines.size() && k <= i + 4; k++) {
                    String next = lines.get(k);
                    if (next.matches("[_\\-–=*]+") || NUMBER.matcher(next).find() || next.startsWith("Căn cứ")
                            || Numbering.of(next) != null) {
                        break;
                    }
                    t.append(t.isEmpty() ? "" : " ").append(next);
                }
                title = t.isEmpty() ? null : t.toString();
            }
        }
        if (numberAt > 0) {
            issuer = issuer(lines.subList(0, numberAt));
        }
        return new DocumentFacts(number, type, issuer, date, title);
    }

    /** The year a deadline without one falls in: the document's date, else its number's or title's year. */
    static @Nullable Integer year(DocumentFacts facts) {
        if (facts.date() != null) {
            return facts.date().getYear();
        }
        if (facts.number() != null) {
            Matcher m = YEAR_IN_NUMBER.matcher(facts.number() + "/");
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        if (facts.title() != null) {
            Matcher m = YEAR_IN_TITLE.matcher(facts.title().toLowerCase(Locale.ROOT));
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    private static @Nullable String issuer(List<String> above) {
        StringBuilder sb = new StringBuilder();
        for (String l : above) {
            if (l.startsWith("CỘNG HÒA") || l.startsWith("CỘNG HOÀ") || l.startsWith("Độc lập") || l.matches("[_\\-–=*]+")) {
                continue;
            }
            if (l.equals(l.toUpperCase(Locale.ROOT)) && l.chars().anyMatch(Character::isLetter)) {
                sb.append(sb.isEmpty() ? "" : " ").append(l);
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private static @Nullable LocalDate date(Matcher m) {
        return VietnameseDates.of(m).orElse(null);
    }

    private static String capitalised(String upper) {
        String lower = upper.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
