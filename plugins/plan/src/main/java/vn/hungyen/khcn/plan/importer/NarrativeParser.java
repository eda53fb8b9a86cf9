package vn.hungyen.khcn.plan.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hungyen.khcn.content.intake.VietnameseDates;
import vn.hungyen.khcn.content.spi.Message;

/** Reads the part of the export before the appendix: the header fields and the numbered sections. */
final class NarrativeParser {

    /** A paragraph of the narrative and the line it starts on. */
    record Paragraph(int line, String text) {
    }

    /** What the narrative yields. */
    record Result(PlanHeader header, List<ParsedSection> sections) {
    }

    private static final Pattern NUMBER = Pattern.compile("^Số\\s*:\\s*(\\S+)");
    /** "Hưng Yên, " before the date of a "Hưng Yên, ngày 28 tháng 02 năm 2022" line. */
    private static final Pattern PLACE = Pattern.compile("^(.+?),\\s*$");
    private static final Pattern ISSUER = Pattern.compile("của\\s+((?:Sở|Bộ|Ủy ban|UBND|Ban|Cục|Chi cục)\\s[^,;()]+)$");
    private static final Pattern DOCUMENT_TYPE = Pattern.compile(
            "KẾ HOẠCH|QUYẾT ĐỊNH|BÁO CÁO|CHƯƠNG TRÌNH|THÔNG BÁO|TỜ TRÌNH|ĐỀ ÁN|CHỈ THỊ|NGHỊ QUYẾT");
    private static final Pattern ROMAN_HEADING = Pattern.compile("^([IVX]{1,4})\\.\\s+(.+)$");
    private static final Pattern ARABIC_HEADING = Pattern.compile("^(\\d{1,2})\\.\\s+(.+)$");
    // "a) …", "đ) …": a lettered item starts in lower case but is never the rest of a cut paragraph.
    private static final Pattern ITEM_LETTER = Pattern.compile("^\\p{Ll}\\)\\s");
    private static final Pattern SIGNER = Pattern.compile("^(\\p{Lu}\\p{Ll}*\\s){1,5}\\p{Lu}\\p{Ll}*$");
    // "(*Quyết định … *)" italics and "VP^{NH}" superscripts are markup of the export, not text.
    private static final Pattern EMPHASIS = Pattern.compile("\\*+");
    private static final Pattern SUPERSCRIPT = Pattern.compile("\\^\\{([^}]*)}");

    private final List<ImportProblem> problems;

    NarrativeParser(List<ImportProblem> problems) {
        this.problems = problems;
    }

    /** @param lines the narrative lines; {@code lines.get(i)} is line {@code i + 1} of the export */
    Result parse(List<String> lines) {
        List<Paragraph> paragraphs = paragraphs(lines);
        String fullText = String.join("\n", paragraphs.stream().map(Paragraph::text).toList());

        String number = null;
        LocalDate date = null;
        String place = null;
        String title = null;
        int bodyStart = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i).text();
            Matcher m;
            if (number == null && (m = NUMBER.matcher(text)).find()) {
                number = m.group(1);
                bodyStart = i + 1;
            } else if (date == null && (m = VietnameseDates.DATE.matcher(text)).find()
                    && PLACE.matcher(text.substring(0, m.start())).matches()) {
                place = PLACE.matcher(text.substring(0, m.start())).replaceAll("$1");
                date = date(m, paragraphs.get(i));
                bodyStart = i + 1;
            } else if (title == null && DOCUMENT_TYPE.matcher(text).matches() && i + 1 < paragraphs.size()) {
                title = paragraphs.get(i + 1).text(); // the line after the document type ("KẾ HOẠCH")
                bodyStart = i + 2;
                break;
            }
        }
        if (number == null) {
            problems.add(new ImportProblem(0, "", Message.of("plan.import.problem.no-number")));
        }
        if (date == null) {
            problems.add(new ImportProblem(0, "", Message.of("plan.import.problem.no-date")));
        }
        if (title == null) {
            problems.add(new ImportProblem(0, "", Message.of("plan.import.problem.no-title")));
        }
        String issuer = issuer(title, paragraphs);
        String signer = signer(paragraphs);
        PlanHeader header = new PlanHeader(number, date, place, issuer, signer, title, fullText);
        return new Result(header, sections(paragraphs.subList(Math.min(bodyStart, paragraphs.size()), paragraphs.size())));
    }

    /** Non-blank lines, markup removed, with paragraphs that a page break cut in two joined again. */
    static List<Paragraph> paragraphs(List<String> lines) {
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = Texts.clean(SUPERSCRIPT.matcher(EMPHASIS.matcher(lines.get(i)).replaceAll("")).replaceAll(" $1"));
            if (text.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && Texts.endsUnfinished(out.getLast().text()) && Texts.startsLowerCase(text)
                    && !ITEM_LETTER.matcher(text).find()) {
                Paragraph previous = out.removeLast();
                out.add(new Paragraph(previous.line(), previous.text() + " " + text));
            } else {
                out.add(new Paragraph(i + 1, text));
            }
        }
        return out;
    }

    private LocalDate date(Matcher m, Paragraph at) {
        LocalDate date = VietnameseDates.of(m).orElse(null);
        if (date == null) {
            problems.add(new ImportProblem(at.line(), at.text(), Message.of("plan.import.problem.bad-date")));
        }
        return date;
    }

    private static String issuer(String title, List<Paragraph> paragraphs) {
        if (title != null) {
            Matcher m = ISSUER.matcher(title);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The name under the signer's position at the very end ("GIÁM ĐỐC" / "Trần Tùng Chuẩn"). */
    private static String signer(List<Paragraph> paragraphs) {
        if (paragraphs.size() < 2) {
            return null;
        }
        String name = paragraphs.getLast().text();
        String position = paragraphs.get(paragraphs.size() - 2).text();
        boolean positionLine = position.equals(position.toUpperCase()) && position.chars().anyMatch(Character::isLetter);
        return positionLine && SIGNER.matcher(name).matches() ? name : null;
    }

    private List<ParsedSection> sections(List<Paragraph> body) {
        List<ParsedSection> sections = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String romanPath = null;
        boolean solutionPart = false;
        String path = null;
        String heading = null;
        Integer group = null;
        List<String> text = new ArrayList<>();
        for (Paragraph p : body) {
            if (p.text().startsWith("Nơi nhận")) {
                break; // the distribution list and the signature are not sections
            }
            Matcher roman = ROMAN_HEADING.matcher(p.text());
            Matcher arabic = ARABIC_HEADING.matcher(p.text());
            boolean romanHeading = roman.find() && roman.group(2).equals(roman.group(2).toUpperCase());
            if (romanHeading) {
                add(sections, path, heading, text, group);
                int occurrence = seen.merge(roman.group(1), 1, Integer::sum);
                romanPath = occurrence == 1 ? roman.group(1) : roman.group(1) + "_" + occurrence;
                solutionPart = Texts.lower(roman.group(2)).contains("giải pháp");
                path = romanPath;
                heading = roman.group(2);
                group = null;
                text = new ArrayList<>();
            } else if (romanPath != null && arabic.find()) {
                add(sections, path, heading, text, group);
                path = romanPath + "." + Integer.parseInt(arabic.group(1));
                heading = arabic.group(2);
                group = solutionPart ? Integer.parseInt(arabic.group(1)) : null;
                text = new ArrayList<>();
            } else if (path != null) {
                text.add(p.text());
            }
        }
        add(sections, path, heading, text, group);
        return sections;
    }

    private static void add(List<ParsedSection> sections, String path, String heading, List<String> text, Integer group) {
        if (path != null) {
            sections.add(new ParsedSection(path, heading, String.join("\n", text), path.contains(".") ? 2 : 1,
                    sections.size(), group));
        }
    }
}
