package vn.hungyen.khcn.legal.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.intake.GazetteNoise;
import vn.hungyen.khcn.content.intake.VietnameseDates;

/**
 * Finds references to Vietnamese legal documents in free text: "Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của
 * Chính phủ", "Kế hoạch số 128/QĐ-UBND", "Luật số: 29/2013/QH13", "Hiến pháp … năm 1992". Each comes with its
 * type word, number, date, issuer, trích yếu where stated, and the sentence it stands in.
 *
 * <p>The text is first {@linkplain #normalise normalised}: emphasis markup ({@code *…*}, {@code <i>…</i>}) is
 * dropped and a line break inside a sentence (the next line starts in lower case) is joined, so a reference cut
 * by italics or a page break reads whole. Offsets refer to the normalised text.
 */
public final class CitationExtractor {

    private static final Pattern MARKUP = Pattern.compile("</?(?:i|b|em|strong|u)>|\\*+|(?<=\\s)_+|_+(?=\\s)");
    private static final Pattern SPACES = Pattern.compile("[\\t\\u00A0\\u2007\\u202F\\u200B\\uFEFF ]+");
    private static final Pattern CONTINUED_LINE = Pattern.compile("[ ]*\\n(?:[ ]*\\n)*[ ]*(?=\\p{Ll})(?!\\p{Ll}\\) )");
    private static final Pattern BLANK_LINES = Pattern.compile("[ ]*\\n[\\n ]*");
    /** A number cut after a separator: "01/2026/TT-" / "BTC". */
    private static final Pattern SPLIT_NUMBER = Pattern.compile("(?<=\\d/\\d{4}/\\p{Lu}{1,5}[-/]|\\d[-/]\\p{Lu}{1,5}[-/]) *\\n *(?=\\p{Lu})");
    /** A date or a number cut after its lead word: "ngày 24 tháng 9 năm" / "2021", "Nghị định số" / "112/2021/…". */
    private static final Pattern SPLIT_DATE = Pattern.compile(
            "(?iU)(?<=\\b(?:ngày|tháng|năm|số|số:)) *\\n *(?=\\d)");
    private static final int WRAPPED_LINE = 55;
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?]\\s*$|\\./\\.\\s*$|[-_=*]{3,}\\s*$");
    private static final Pattern STARTS_UNIT = Pattern.compile(
            "(?U)^(?:(?:[\\p{L} ]{1,30} )?[Ss]ố\\s*:|[\\p{L} ]{2,30}, ngày |Điều \\d|Chương |Mục \\d|Phần |Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Sau khi xem xét|QUYẾT|\\d+(?:\\.\\d+)*\\.? |\\p{Ll}\\) |[-+•–] |[IVX]+\\.)");

    /** A number as texts write it; {@link DocumentNumber} decides whether it really is one. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d/.,-])\\d{1,5}(?:\\.\\d{1,3})?(?:\\s?[/-]\\s?(?:19|20)\\d{2})?\\s?[/\\-–—]\\s?\\p{Lu}[\\p{L}\\d]*(?:\\s?[\\-–—/]\\s?\\p{Lu}[\\p{L}\\d]*)*");
    private static final Pattern CONSTITUTION = Pattern.compile(
            "Hiến pháp(?: nước Cộng h(?:òa|oà) xã hội chủ nghĩa Việt Nam)?(?: năm (\\d{4}))?");
    private static final Pattern TYPE_WORD = Pattern.compile(Stream.of(DocumentType.values())
            .filter(t -> t != DocumentType.HIEN_PHAP)
            .flatMap(t -> t.words().stream()).sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote).collect(Collectors.joining("|", "(?<![\\p{L}])(?:", ")(?![\\p{L}])")),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SO = Pattern.compile("(?U)(?i)\\s*\\bsố\\s*:?\\s*$");
    /** The date right after a number or name ("…, ngày 21/6/2021"): the core's date, groups 1–3. */
    private static final Pattern DATE = Pattern.compile("^\\s*,?\\s*" + VietnameseDates.DATE.pattern(),
            VietnameseDates.DATE.flags());
    private static final Pattern ISSUER = Pattern.compile("^\\s*,?\\s*của\\s+");
    private static final Pattern ISSUER_END = Pattern.compile("(?U)\\s+(?:về|ban hành|phê duyệt|sửa đổi|quy định|hướng dẫn|thực hiện|đã được|hết hiệu lực|và|tại|theo)\\b|[;,().:\\n]");
    private static final Pattern TITLE = Pattern.compile("(?U)^\\s+(?=(?:về|ban hành|phê duyệt|sửa đổi|quy định|hướng dẫn)\\b)");
    /**
     * Where a stated trích yếu ends: a clause's end, or a new paragraph's lead a printed page glued on after a comma
     * ("… tỉnh Hưng Yên, Trên cơ sở …").
     */
    private static final Pattern TITLE_END = Pattern.compile(
            "(?U)[;()\\n]|\\.(?=\\s|$)|,\\s+(?=(?:Trên cơ sở|Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Để)\\b)");
    /**
     * What may stand between a clause's start and a citation's type word for the words after the citation to be its
     * name: nothing, an item mark, or a lead ("Căn cứ", "Thực hiện", "theo quy định tại"). Anything else ("Kế hoạch
     * thực hiện Quyết định số …", "… được bảo hộ theo Nghị định số …") makes the citation part of a longer sentence
     * whose tail is not the cited document's trích yếu.
     */
    private static final Pattern NAME_POSITION = Pattern.compile(
            "(?iU)^\\s*(?:[-+•–]\\s*|\\p{Ll}\\)\\s*|\\d+(?:\\.\\d+)*\\.?\\s+)?"
                    + "(?:(?:căn cứ(?: vào)?|thực hiện|theo|tại|và)\\s+)?(?:(?:quy định tại|theo)\\s+)?$");
    /** "… sửa đổi, bổ sung một số điều của [Quyết định số …]": the amended document is named in full after it. */
    private static final Pattern NAMED_AS_OBJECT = Pattern.compile(
            "(?iU)(?:sửa đổi|bổ sung|bãi bỏ|thay thế|đính chính|hướng dẫn)[^.;:]{0,60}\\s+của\\s+$");
    /** Where the citing sentence's own predicate starts after a trích yếu: "… về … hết hiệu lực kể từ …". */
    private static final Pattern TITLE_PREDICATE = Pattern.compile(
            "(?U)\\s+(?:(?:đã|vẫn|sẽ|tiếp tục)\\s+)?(?:(?:được|bị)\\s+(?:sửa đổi|bổ sung|thay thế|bãi bỏ|hủy bỏ|huỷ bỏ|"
                    + "đính chính|bảo hộ|áp dụng|thực hiện)|hết hiệu lực|chấm dứt hiệu lực|có hiệu lực|tiếp tục)\\b");
    /** Words that only the citing text can say of itself ("của Luật này", "như sau"): never a cited trích yếu. */
    private static final Pattern SELF_REFERENCE = Pattern.compile(
            "(?U)(?i)\\b(?:Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kế hoạch) này\\b|\\bnhư sau\\b");
    private static final Pattern PROVINCE = Pattern.compile("tỉnh (\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)*)");
    private static final Pattern SUBJECT_HEAD = Pattern.compile("(?U)(?:Chương trình|Kế hoạch|Đề án|Chiến lược|Quy hoạch)\\b");
    private static final Pattern LAW_NAME = Pattern.compile(
            "(?U)(?<![\\p{L}])(Bộ luật|Luật) (?!này\\b|số\\b|nêu\\b|trên\\b|đó\\b|khác\\b|hiện hành\\b|mới\\b)(\\p{L})");
    private static final Pattern NAME_END = Pattern.compile(
            "(?U)\\s(?:ngày|số|và|đã|được|có|theo|thì|về|quy định|hiện hành|năm|hoặc|tại|để|do|của|với|cho|trong|khi|"
                    + "đối với|bao gồm|nhằm|mà|sửa đổi|hướng dẫn)\\b|\\s*[;,.:()\\n“”\"]|\\s*$");
    private static final Pattern YEAR = Pattern.compile("(?iU)năm\\s+((?:19|20)\\d{2})\\b");
    /** A year printed right after a law's name: "Luật Đất đai năm 2013", "Luật Đất đai 2024". */
    private static final Pattern YEAR_AFTER_NAME = Pattern.compile("(?iU)\\s+(?:năm\\s+)?((?:19|20)\\d{2})\\b(?![/.\\-]\\d)");
    /** A law's own number line: "Số: 39/2019/QH14", "Luật số: 29/2013/QH13". */
    private static final Pattern OWN_LAW_NUMBER = Pattern.compile(
            "(?mU)^\\s*(?:(?:Bộ luật|Luật)\\s+)?[Ss]ố\\s*:?\\s*(\\d{1,3}/(?:19|20)\\d{2}/QH\\d{1,2})\\b");
    /**
     * What precedes a law named inside an amending law's own name: "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức
     * Chính phủ và [Luật Tổ chức chính quyền địa phương]", with no date, number or clause break between.
     */
    private static final Pattern INSIDE_AMENDING_NAME = Pattern.compile(
            "(?iU)\\bLuật sửa đổi, bổ sung một số điều\\b(?:(?![;\\n]|\\bngày\\b|\\bsố\\s*:?\\s*\\d).)*\\s$");
    /** A number right after a law's name: the name is that numbered citation's. */
    private static final Pattern NUMBER_FOLLOWS = Pattern.compile("(?U)\\s*,?\\s+số:?\\s?\\d");
    /** "Luật Bảo hiểm xã hội số 41/2024/QH15": a law's name, then its number. */
    private static final Pattern NAMED_LAW_NUMBER = Pattern.compile(
            "(?U)(?<![\\p{L}])((?:Bộ luật|Luật) \\p{L}[\\p{L} ,\\-]{2,160}?)\\s+số:?\\s?(\\d{1,3}/(?:19|20)\\d{2}/QH\\d{1,2})\\b");
    /** Words between a law's name and a number that make the number another document's ("… được sửa đổi bởi Luật số"). */
    private static final Pattern NOT_THE_NAME = Pattern.compile("(?U)\\b(?:được|đã|bởi|theo|ngày|của|và)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int HEAD_OF_TEXT = 2000;
    private static final int MAX_LAW_NAME = 90;
    private static final int LOOK_BACK = 160;
    private static final int MAX_ISSUER = 120;
    private static final int MAX_TITLE = 600;
    private static final int MAX_SUBJECT = 120;

    private final @Nullable String defaultProvince;

    /** @param defaultProvince the province a "…-UBND" number belongs to when the text names none */
    public CitationExtractor(@Nullable String defaultProvince) {
        this.defaultProvince = defaultProvince;
    }

    public CitationExtractor() {
        this(null);
    }

    /** The text as the extractor reads it: NFC, no emphasis markup, sentences cut by a line break joined. */
    public static String normalise(String text) {
        String t = GazetteNoise.clean(Normalizer.normalize(text, Normalizer.Form.NFC));
        t = MARKUP.matcher(t).replaceAll("");
        t = SPACES.matcher(t).replaceAll(" ");
        t = SPLIT_NUMBER.matcher(t).replaceAll("");
        t = SPLIT_DATE.matcher(t).replaceAll(" ");
        t = CONTINUED_LINE.matcher(t).replaceAll(" ");
        t = joinWrappedLines(t);
        t = SPACES.matcher(t).replaceAll(" ");
        t = BLANK_LINES.matcher(t).replaceAll("\n");
        return t.strip();
    }

    /**
     * A printed line cut where the page was full: a long line not ending a sentence or clause, followed by one that
     * starts no heading, item or upper-case line ("… quy định chi tiết một số điều của Luật" / "Người lao động …").
     */
    private static String joinWrappedLines(String t) {
        String[] lines = t.split("\n", -1);
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0) {
                String previous = lines[i - 1].strip();
                boolean wrapped = previous.length() >= WRAPPED_LINE && !CLAUSE_END.matcher(previous).find()
                        && !STARTS_UNIT.matcher(line.strip()).find() && !isUpperCaseLine(line)
                        && !isUpperCaseLine(previous);
                out.append(wrapped ? " " : "\n");
            }
            out.append(line);
        }
        return out.toString();
    }

    private static boolean isUpperCaseLine(String line) {
        return line.chars().anyMatch(Character::isLetter) && line.chars().noneMatch(Character::isLowerCase);
    }

    /** Every reference in the text, in reading order; offsets refer to {@code normalise(text)}. */
    public List<Citation> extract(String text) {
        String t = normalise(text);
        String province = province(t, defaultProvince);
        List<Citation> result = new ArrayList<>();
        Matcher m = NUMBER.matcher(t);
        int previousEnd = 0;
        while (m.find()) {
            Candidate candidate = candidate(t, m.start(), m.end());
            if (candidate == null) {
                continue;
            }
            result.add(citation(t, candidate, previousEnd, province));
            previousEnd = candidate.end;
        }
        Matcher c = CONSTITUTION.matcher(t);
        while (c.find()) {
            Integer year = c.group(1) == null ? null : Integer.valueOf(c.group(1));
            result.add(new Citation(null, DocumentType.HIEN_PHAP, DocumentType.HIEN_PHAP, year, null,
                    Issuers.NATIONAL_ASSEMBLY, null, null, sentence(t, c.start(), c.end()), c.start(), c.end(), false));
        }
        result.addAll(lawsByName(t, List.copyOf(result)));
        result.sort(Comparator.comparingInt(Citation::start));
        return List.copyOf(result);
    }

    private record Candidate(DocumentNumber number, int start, int end) {
    }

    /** The longest prefix of the match that is a document number, or {@code null}. */
    private static @Nullable Candidate candidate(String t, int start, int end) {
        String raw = t.substring(start, end);
        Matcher parts = Pattern.compile("\\s?[\\-–—/]\\s?").matcher(raw);
        List<Integer> cuts = new ArrayList<>();
        while (parts.find()) {
            cuts.add(parts.start());
        }
        cuts.add(raw.length());
        for (int i = cuts.size() - 1; i >= 0; i--) {
            var number = DocumentNumber.tryParse(raw.substring(0, cuts.get(i)));
            if (number.isPresent()) {
                return new Candidate(number.get(), start, start + cuts.get(i));
            }
        }
        return null;
    }

    private Citation citation(String t, Candidate c, int previousEnd, @Nullable String province) {
        // Backwards: "Luật Khoa học và công nghệ số", "Quyết định", "(Kế hoạch số".
        int from = Math.max(Math.max(0, c.start - LOOK_BACK), previousEnd);
        String before = t.substring(from, c.start);
        Matcher so = SO.matcher(before);
        String head = so.find() ? before.substring(0, so.start()) : before;
        int clause = Math.max(Math.max(head.lastIndexOf(';'), head.lastIndexOf('(')),
                Math.max(Math.max(head.lastIndexOf(')'), head.lastIndexOf('\n')), head.lastIndexOf(". ")));
        head = head.substring(clause + 1);
        DocumentType typeWord = null;
        String name = null;
        int wordStart = -1;
        Matcher w = TYPE_WORD.matcher(head);
        while (w.find()) {
            if (Character.isUpperCase(w.group().charAt(0))) {
                typeWord = DocumentType.ofWord(w.group()).orElse(null);
                wordStart = w.start();
                String between = head.substring(w.end()).strip();
                name = between.isEmpty() || between.length() > 100 ? null : w.group() + " " + between;
            }
        }
        DocumentType bySymbol = c.number.typeBySymbol();
        // A law's number has no type code ("29/2013/QH13"), so "Nghị quyết số 51/2001/QH10" is a resolution.
        DocumentType type = c.number.hasTypeCode() || typeWord == null
                ? (bySymbol == DocumentType.KHAC && typeWord != null ? typeWord : bySymbol) : typeWord;

        // Forwards: "ngày 21/6/2021", "của Chính phủ", "về …".
        String after = t.substring(c.end);
        int pos = 0;
        LocalDate date = null;
        Matcher d = DATE.matcher(after);
        if (d.find()) {
            date = date(d.group(1), d.group(2), d.group(3));
            pos = d.end();
        }
        String issuerText = null;
        Matcher of = ISSUER.matcher(after.substring(pos));
        if (of.find()) {
            String rest = after.substring(pos + of.end());
            Matcher e = ISSUER_END.matcher(rest);
            int stop = e.find() ? e.start() : rest.length();
            if (stop > 0 && stop <= MAX_ISSUER) {
                issuerText = rest.substring(0, stop).strip();
                pos += of.end() + stop;
            }
        }
        String title = null;
        Matcher ti = TITLE.matcher(after.substring(pos));
        if (ti.find() && wordStart >= 0 && (NAME_POSITION.matcher(head.substring(0, wordStart)).matches()
                || NAMED_AS_OBJECT.matcher(head.substring(0, wordStart)).find())) {
            title = statedTitle(after.substring(pos + ti.end()));
        }
        if (title == null && wordStart >= 0) {
            title = subjectBeforeParenthesis(t, from + clause + 1 + wordStart);
        }
        String issuer = Issuers.fromSymbol(c.number, provinceOf(issuerText, province))
                .orElse(issuerText == null ? null : Issuers.clean(issuerText));
        return new Citation(c.number, typeWord, type, null, date, issuer, name, title,
                sentence(t, c.start, c.end), c.start, c.end, false);
    }

    /**
     * Laws and codes cited by name without a number ("Căn cứ Bộ luật Lao động;", "Luật Tổ chức chính quyền địa
     * phương ngày 19 tháng 6 năm 2015"), resolved to their number through {@link LawNames}; a name the registry does
     * not know is still a citation, without a number. A name followed by its number is the numbered citation's.
     */
    private static List<Citation> lawsByName(String t, List<Citation> numbered) {
        LocalDate citedOn = citedOn(t.substring(0, Math.min(t.length(), HEAD_OF_TEXT)));
        Map<String, DocumentNumber> numberedHere = lawsNumberedIn(t);
        int covered = 0;
        Matcher ownLine = OWN_LAW_NUMBER.matcher(t.substring(0, Math.min(t.length(), HEAD_OF_TEXT)));
        Optional<DocumentNumber> own = ownLine.find() ? DocumentNumber.tryParse(ownLine.group(1)) : Optional.empty();
        List<Citation> result = new ArrayList<>();
        Matcher m = LAW_NAME.matcher(t);
        while (m.find()) {
            if (isNamedWithNumber(t, m.start(), numbered) || m.start() < covered
                    || INSIDE_AMENDING_NAME.matcher(t.substring(Math.max(0, m.start() - LOOK_BACK), m.start())).find()) {
                continue; // a law named inside an amending law's own name is that law's, not a citation of its own
            }
            String rest = t.substring(m.start(), Math.min(t.length(), m.start() + MAX_TITLE));
            List<LawNames.Law> known = LawNames.get().versions(rest);
            var law = LawNames.get().resolve(rest, null, citedOn);
            int nameEnd;
            Integer year = null;
            if (!known.isEmpty()) {
                nameEnd = printedLength(rest, known.getFirst().name());
                Matcher y = YEAR_AFTER_NAME.matcher(rest).region(nameEnd, rest.length());
                if (y.lookingAt()) {
                    year = Integer.valueOf(y.group(1)); // "Luật Đất đai năm 2013", "Luật Đất đai 2024"
                } else if (nameEnd < rest.length()
                        && !NAME_END.matcher(rest).region(nameEnd, rest.length()).lookingAt()) {
                    continue; // "Luật Quy hoạch đô thị" is not "Luật Quy hoạch": the name goes on
                } else if (NUMBER_FOLLOWS.matcher(rest).region(nameEnd, rest.length()).lookingAt()) {
                    continue; // "Luật khoa học và công nghệ số 21/2000/QH10": the numbered citation's own name
                }
            } else {
                if (!Character.isUpperCase(m.group(2).charAt(0))) {
                    continue;
                }
                Matcher stop = NAME_END.matcher(rest);
                nameEnd = stop.find(m.group(1).length() + 1) ? stop.start() : rest.length();
                if (nameEnd > MAX_LAW_NAME) {
                    continue;
                }
            }
            LocalDate date = null;
            Matcher d = DATE.matcher(rest.substring(nameEnd));
            if (d.find()) {
                date = date(d.group(1), d.group(2), d.group(3));
                if (date != null) {
                    year = date.getYear();
                }
            }
            if (!known.isEmpty()) {
                covered = m.start() + nameEnd;
                DocumentNumber here = numberedHere.get(known.getFirst().key());
                Optional<LawNames.Law> itself = own.flatMap(n -> LawNames.get().versions(rest).stream()
                        .filter(l -> l.number().equals(n)).findFirst());
                if (itself.isPresent() && year == null) {
                    law = itself; // a law naming itself ("Quốc hội ban hành Luật Đầu tư công.")
                } else if (date != null) {
                    law = LawNames.get().resolvePassed(rest, date);
                } else if (year != null) {
                    law = LawNames.get().resolve(rest, year, citedOn);
                } else if (here != null) {
                    // the document numbers this law elsewhere ("Luật Bảo hiểm xã hội số 41/2024/QH15"): that version
                    law = LawNames.get().versions(rest).stream().filter(l -> l.number().equals(here)).findFirst()
                            .or(() -> LawNames.get().resolve(rest, null, citedOn));
                } else {
                    // a version the text prints the number of (a law's own "Luật số: 39/2019/QH14"): that version
                    List<DocumentNumber> printed = numbered.stream().map(Citation::number).filter(Objects::nonNull)
                            .toList();
                    law = LawNames.get().versions(rest).stream().filter(l -> printed.contains(l.number()))
                            .reduce((a, b) -> b).or(() -> LawNames.get().resolve(rest, null, citedOn));
                }
            }
            String name = rest.substring(0, nameEnd).strip();
            DocumentType type = m.group(1).equals("Bộ luật") ? DocumentType.BO_LUAT : DocumentType.LUAT;
            int end = m.start() + nameEnd;
            result.add(new Citation(law.map(LawNames.Law::number).orElse(null), type, type, null, date,
                    Issuers.NATIONAL_ASSEMBLY, name, null, sentence(t, m.start(), end), m.start(), end, true));
        }
        return result;
    }

    /** "Luật Bảo hiểm xã hội số 41/2024/QH15": the laws the text prints with their number, by folded name. */
    private static Map<String, DocumentNumber> lawsNumberedIn(String t) {
        Map<String, DocumentNumber> result = new HashMap<>();
        Matcher p = NAMED_LAW_NUMBER.matcher(t);
        while (p.find()) {
            var known = LawNames.get().versions(p.group(1).replaceAll("\\s+", " ").strip());
            DocumentNumber.tryParse(p.group(2)).filter(n -> known.stream().anyMatch(l -> l.number().equals(n)))
                    .ifPresent(n -> result.putIfAbsent(known.getFirst().key(), n));
        }
        return result;
    }

    /** The citing document's day: the latest date its head prints, else the last day of the latest year it prints. */
    private static @Nullable LocalDate citedOn(String head) {
        LocalDate latest = null;
        Matcher d = VietnameseDates.DATE.matcher(head);
        while (d.find()) {
            LocalDate day = date(d.group(1), d.group(2), d.group(3));
            if (day != null && (latest == null || day.isAfter(latest))) {
                latest = day;
            }
        }
        if (latest != null) {
            return latest;
        }
        Matcher y = YEAR.matcher(head);
        Integer year = null;
        while (y.find()) {
            int found = Integer.parseInt(y.group(1));
            year = year == null ? found : Math.max(year, found);
        }
        return year == null ? null : LocalDate.of(year, 12, 31);
    }

    /** "Luật Tổ chức Quốc hội số 57/2014/QH13": the name belongs to the numbered citation that follows it. */
    private static boolean isNamedWithNumber(String t, int at, List<Citation> numbered) {
        for (Citation c : numbered) {
            if (c.number() != null && c.start() > at && c.start() - at <= MAX_TITLE) {
                String between = t.substring(at, c.start());
                if (between.indexOf(';') < 0 && between.indexOf('\n') < 0 && SO.matcher(between).find()
                        && between.indexOf("Luật", 1) < 0 && !NOT_THE_NAME.matcher(between).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How many characters of the text print {@code name} (marks and case may differ, spaces too, and "và" where the
     * name has ",": "Luật Quản lý và sử dụng tài sản công").
     */
    private static int printedLength(String text, String name) {
        int words = LawNames.key(name).split("-").length;
        Matcher w = WORD.matcher(text);
        int end = 0;
        for (int i = 0; i < words && w.find(); i++) {
            if (LawNames.key(w.group()).isEmpty()) {
                i--;
            }
            end = w.end();
        }
        return end;
    }

    /**
     * The trích yếu after a citation standing as a name ("Căn cứ Quyết định số … của Thủ tướng Chính phủ phê duyệt
     * …;"): up to the clause's end or the citing sentence's own predicate; none when the words say what only the
     * citing text says of itself.
     */
    private static @Nullable String statedTitle(String rest) {
        Matcher e = TITLE_END.matcher(rest);
        String title = rest.substring(0, e.find() ? e.start() : rest.length());
        Matcher predicate = TITLE_PREDICATE.matcher(title);
        if (predicate.find()) {
            title = title.substring(0, predicate.start());
        }
        return SELF_REFERENCE.matcher(title).find() ? null : clip(title);
    }

    /** "Chương trình phát triển … đến năm 2030 (Quyết định số 2209/QĐ-UBND …)": the subject before "(". */
    private static @Nullable String subjectBeforeParenthesis(String t, int wordStart) {
        int open = wordStart - 1;
        while (open >= 0 && t.charAt(open) == ' ') {
            open--;
        }
        if (open < 0 || t.charAt(open) != '(') {
            return null;
        }
        int begin = Math.max(Math.max(Math.max(t.lastIndexOf(';', open), t.lastIndexOf(':', open)),
                Math.max(t.lastIndexOf('\n', open), t.lastIndexOf(". ", open))), t.lastIndexOf(')', open));
        String subject = t.substring(begin + 1, open).strip();
        if (subject.isEmpty() || !Character.isUpperCase(subject.codePointAt(0)) && !SUBJECT_HEAD.matcher(subject).find()) {
            return null; // the end of a cut table cell or of a sentence, not a name
        }
        Matcher head = SUBJECT_HEAD.matcher(subject);
        if (head.find()) {
            subject = subject.substring(head.start());
        } else if (subject.length() > MAX_SUBJECT) {
            return null; // a whole clause, not the name of what the document is about
        }
        return clip(subject);
    }

    private static @Nullable String clip(String text) {
        String s = text.strip().replaceAll("[,;:]+$", "").strip();
        if (s.isEmpty()) {
            return null;
        }
        return s.length() <= MAX_TITLE ? s : s.substring(0, MAX_TITLE - 1).strip() + "…";
    }

    private static @Nullable LocalDate date(String day, String month, String year) {
        return VietnameseDates.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).orElse(null);
    }

    private static @Nullable String provinceOf(@Nullable String issuerText, @Nullable String fallback) {
        if (issuerText != null) {
            Matcher m = PROVINCE.matcher(issuerText);
            if (m.find()) {
                return m.group(1);
            }
        }
        return fallback;
    }

    /** The province the text is about: the first "tỉnh Hưng Yên" it names, else the default. */
    public static @Nullable String province(String text, @Nullable String fallback) {
        Matcher m = PROVINCE.matcher(text);
        return m.find() ? m.group(1) : fallback;
    }

    /** The sentence around {@code [start, end)}: bounded by line breaks and by ". " before a capital. */
    static String sentence(String t, int start, int end) {
        int from = t.lastIndexOf('\n', start - 1) + 1;
        for (int i = start - 1; i > from; i--) {
            if (t.charAt(i) == ' ' && (t.charAt(i - 1) == '.' || t.charAt(i - 1) == '?' || t.charAt(i - 1) == '!')
                    && Character.isUpperCase(t.charAt(i + 1)) && i - 1 > from) {
                from = i + 1;
                break;
            }
        }
        int to = t.indexOf('\n', end);
        to = to < 0 ? t.length() : to;
        for (int i = end; i < to - 1; i++) {
            char ch = t.charAt(i);
            if ((ch == '.' || ch == '?' || ch == '!') && t.charAt(i + 1) == ' ' && i + 2 < to
                    && Character.isUpperCase(t.charAt(i + 2))) {
                to = i + 1;
                break;
            }
        }
        return t.substring(from, to).strip();
    }
}
