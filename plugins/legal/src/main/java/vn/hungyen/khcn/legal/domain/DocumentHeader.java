package vn.hungyen.khcn.legal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.text.Diacritics;
import vn.hungyen.khcn.content.intake.VietnameseDates;

/**
 * Phần đầu văn bản: what a document says of itself — the issuer's block ("ỦY BAN THƯỜNG VỤ QUỐC HỘI"), the number
 * line ("Nghị quyết số: 17/2022/UBTVQH15"), place and date ("Hà Nội, ngày 29 tháng 7 năm 2022"), the type line
 * ("QUYẾT ĐỊNH") and the trích yếu under it, and from the rest of the text the signature (position and name) and
 * the effective date ("có hiệu lực thi hành từ ngày …", "kể từ ngày ký").
 *
 * @param number         the document's number ("Số: …" line)
 * @param date           ngày ban hành: the place-and-date line, else the day a legislature passed it
 * @param type           the type named by the upper-case type line ("LUẬT"), else the number's
 * @param title          trích yếu as printed, lines joined ("Về số giờ làm thêm …"); a law's upper-case name in
 *                       sentence case after its type word ("Luật Khoa học và công nghệ")
 * @param issuer         cơ quan ban hành in full ("Ủy ban Thường vụ Quốc hội")
 * @param place          địa danh of the date line ("Hà Nội")
 * @param signer         người ký ("Vương Đình Huệ")
 * @param signerPosition chức vụ người ký ("Chủ tịch", "Phó Thủ tướng")
 * @param effectiveDate  ngày có hiệu lực, where the text states it
 */
public record DocumentHeader(DocumentNumber number, @Nullable LocalDate date, DocumentType type, @Nullable String title,
        @Nullable String issuer, @Nullable String place, @Nullable String signer, @Nullable String signerPosition,
        @Nullable LocalDate effectiveDate) {

    private static final int HEADER_LINES = 40;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** "Số: 372 /QĐ-BTC", "Nghị quyết số: 17/2022/UBTVQH15", "Luật số: 29/2013/QH13" — not "Căn cứ Luật … số …". */
    private static final Pattern NUMBER_LINE = Pattern.compile(
            "(?U)^(?:(?:Luật|Bộ luật|Pháp lệnh|Lệnh|Nghị quyết|Nghị định|Quyết định|Thông tư|Thông tư liên tịch|Chỉ thị|"
                    + "Văn bản hợp nhất|Kế hoạch|Thông báo)\\s+)?[Ss][ốỐ]\\s*:?\\s*(\\d.{0,60})$");
    private static final Pattern PLACE_DATE = Pattern.compile("(?U)^(?:([\\p{L} .]{2,40}),\\s*)?$");
    private static final Pattern PASSED = Pattern.compile("(?iU)thông qua\\s+(?=ngày)");
    private static final Pattern DECORATION = Pattern.compile("[-*_=]{3,}.*$");
    private static final Pattern MARKDOWN = Pattern.compile("^#+\\s*");
    private static final Pattern NATIONAL_MOTTO = Pattern.compile("(?U)^(?:CỘNG HÒA|CỘNG HOÀ|Độc lập)");
    /** The gazette's section titles printed above a document: not its issuer. */
    private static final Pattern GAZETTE_SECTION = Pattern.compile("(?U)^(?:PHẦN [IVX]+\\.? ?)?VĂN BẢN (?:QUY PHẠM PHÁP LUẬT|HỢP NHẤT|KHÁC|PHÁP LUẬT KHÁC)$");
    private static final Pattern TITLE_STOP = Pattern.compile(
            "(?U)^(?:Căn cứ|Theo đề nghị|Xét đề nghị|Thực hiện|Sau khi|Điều \\d|Chương [IVX\\d]|Để |Trong )");
    private static final Pattern SIGN_LEAD = Pattern.compile("(?U)^(?:TM\\.|KT\\.|Q\\.|TL\\.|TUQ\\.|PP\\.)");
    private static final Pattern POSITION = Pattern.compile(
            "(?U)^(?:PHÓ )?(?:CHỦ TỊCH|THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|TỔNG THƯ KÝ|TỔNG GIÁM ĐỐC|GIÁM ĐỐC|VỤ TRƯỞNG|"
                    + "CỤC TRƯỞNG|CHÁNH VĂN PHÒNG|BÍ THƯ|THỐNG ĐỐC|TỔNG KIỂM TOÁN|CHÁNH ÁN|VIỆN TRƯỞNG|TRƯỞNG BAN|"
                    + "TỔNG CỤC TRƯỞNG|CHỦ NHIỆM)\\b.*");
    private static final Pattern PERSON = Pattern.compile("(?U)^\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}*){1,4}$");
    private static final Pattern EFFECTIVE = Pattern.compile(
            "(?iU)này có hiệu lực(?: thi hành)?(?: kể)? từ (?:(ngày ký|ngày thông qua|ngày ban hành)|(?=ngày))");
    /** Words an upper-cased position or issuer keeps capitalised when written in sentence case. */
    private static final List<String> PROPER = List.of("Thủ tướng", "Chủ tịch", "Chính phủ", "Quốc hội", "Ủy ban Thường vụ",
            "Việt Nam", "Nhà nước", "Trung ương");

    /** Reads the header of a full text; empty when it states no number in its first lines. */
    public static Optional<DocumentHeader> read(String text) {
        String normalised = CitationExtractor.normalise(text);
        List<String> lines = normalised.lines().limit(HEADER_LINES)
                .map(l -> MARKDOWN.matcher(DECORATION.matcher(l).replaceAll("")).replaceAll("").strip())
                .filter(l -> !l.isEmpty()).toList();
        DocumentNumber number = null;
        LocalDate date = null;
        String place = null;
        DocumentType type = null;
        String title = null;
        List<String> issuerLines = new ArrayList<>();
        boolean issuerDone = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher n = NUMBER_LINE.matcher(line);
            if (number == null && n.matches()) {
                number = number(n.group(1));
                issuerDone = true;
                if (number != null) {
                    continue;
                }
            }
            if (NATIONAL_MOTTO.matcher(line).find()) {
                issuerDone = true;
                continue;
            }
            if (!issuerDone && isUpperCase(line) && !GAZETTE_SECTION.matcher(line).matches()
                    && !issuerLines.contains(line)) {
                issuerLines.add(line);
                continue;
            }
            Matcher d = VietnameseDates.DATE.matcher(line);
            if (date == null && line.length() < 80 && d.find()) {
                Matcher pd = PLACE_DATE.matcher(line.substring(0, d.start()));
                if (pd.matches() || d.start() == 0) {
                    date = VietnameseDates.of(d).orElse(null);
                    place = pd.matches() && pd.group(1) != null ? pd.group(1).strip() : null;
                    continue;
                }
            }
            if (type == null && number != null && isUpperCase(line)) {
                Optional<DocumentType> named = DocumentType.ofWord(line);
                if (named.isPresent() && i + 1 < lines.size()) {
                    type = named.get();
                    title = title(lines, i + 1, issuerLines);
                }
            }
        }
        if (number == null) {
            return Optional.empty();
        }
        if (date == null) {
            date = passedOn(normalised);
        }
        String printedIssuer = String.join(" ", issuerLines);
        if (words(printedIssuer).isEmpty()) {
            printedIssuer = ""; // a block of dashes or stray marks names no one
        }
        String province = CitationExtractor.province(normalised, null);
        String known = Issuers.fromSymbol(number, province).orElse(null);
        String issuer = known != null && (printedIssuer.isEmpty() || contains(printedIssuer, known)) ? known
                : printedIssuer.isEmpty() ? known : properCase(printedIssuer);
        String[] signature = signature(normalised);
        return Optional.of(new DocumentHeader(number, date, type == null ? number.typeBySymbol() : type, title, issuer,
                place, signature[1], signature[0], effectiveDate(normalised, date)));
    }

    /** "372 /QĐ-BTC", "17/2022/UBTVQH15 ngày …": the longest prefix that is a number. */
    private static @Nullable DocumentNumber number(String rest) {
        String compact = rest.replaceAll("\\s*([/\\-–])\\s*", "$1");
        String[] words = compact.split(" ");
        return DocumentNumber.tryParse(words[0].replaceAll("[.,;:]+$", "")).orElse(null);
    }

    /**
     * Trích yếu: the lines after the type line up to the issuer's authority line (upper case), "Căn cứ …" or the
     * first article; a law's name is upper case and is the one line after "LUẬT".
     */
    private static @Nullable String title(List<String> lines, int from, List<String> issuerLines) {
        String first = lines.get(from);
        if (isUpperCase(first)) {
            if (TITLE_STOP.matcher(first).find() || issuerLines.contains(first)) {
                return null;
            }
            return DocumentType.ofWord(lines.get(from - 1)).map(t -> t.word() + " ").orElse("")
                    + sentenceCase(first);
        }
        StringBuilder title = new StringBuilder();
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isUpperCase(line) || TITLE_STOP.matcher(line).find()) {
                break;
            }
            title.append(title.isEmpty() ? "" : " ").append(line);
        }
        String t = title.toString().replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    private static @Nullable LocalDate passedOn(String text) {
        Matcher p = PASSED.matcher(text);
        LocalDate last = null;
        while (p.find()) {
            Matcher d = VietnameseDates.DATE.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + 40)));
            if (d.lookingAt()) {
                last = VietnameseDates.of(d).orElse(last);
            }
        }
        return last;
    }

    /** Ngày có hiệu lực: "… này có hiệu lực (thi hành) (kể) từ ngày 01 tháng 7 năm 2025 / ngày ký / ngày thông qua". */
    private static @Nullable LocalDate effectiveDate(String text, @Nullable LocalDate issued) {
        Matcher e = EFFECTIVE.matcher(text);
        if (!e.find()) {
            return null;
        }
        if (e.group(1) != null) {
            return issued;
        }
        Matcher d = VietnameseDates.DATE.matcher(text.substring(e.end(), Math.min(text.length(), e.end() + 40)));
        return d.lookingAt() ? VietnameseDates.of(d).orElse(null) : null;
    }

    /**
     * Chức vụ and name of the signer: the first upper-case position line ("CHỦ TỊCH", "PHÓ THỦ TƯỚNG") directly
     * above a person's name after the first article.
     *
     * @return {position, name}, either {@code null}
     */
    private static @Nullable String[] signature(String text) {
        int body = text.indexOf("Điều 1");
        List<String> lines = text.substring(Math.max(0, body)).lines().map(String::strip).toList();
        for (int i = 1; i < lines.size(); i++) {
            String name = lines.get(i);
            String above = lines.get(i - 1);
            if (PERSON.matcher(name).matches() && isUpperCase(above)
                    && (POSITION.matcher(above).matches() || SIGN_LEAD.matcher(above).find())) {
                String position = SIGN_LEAD.matcher(above).find() ? null : properCase(above);
                return new String[] {position, name};
            }
        }
        return new String[] {null, null};
    }

    /** Whether the printed issuer block names {@code known} ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", even twice). */
    private static boolean contains(String printed, String known) {
        String words = words(known);
        return !words.isBlank() && (" " + words(printed) + " ").contains(" " + words + " ");
    }

    /** The words of a line without marks or case, one space apart (the printed block may hold anything). */
    private static String words(String line) {
        return String.join(" ", NOT_WORD.split(Diacritics.key(line))).strip();
    }

    private static boolean isUpperCase(String line) {
        return line.chars().anyMatch(Character::isLetter) && line.chars().noneMatch(Character::isLowerCase);
    }

    /** "PHÓ THỦ TƯỚNG" → "Phó Thủ tướng": sentence case, keeping the capitals of the state's proper names. */
    static String properCase(String upper) {
        String s = sentenceCase(upper.strip());
        for (String proper : PROPER) {
            s = s.replace(proper.toLowerCase(Locale.ROOT), proper);
        }
        return s;
    }

    /** "KHOA HỌC VÀ CÔNG NGHỆ" → "Khoa học và công nghệ". */
    static String sentenceCase(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }
}
