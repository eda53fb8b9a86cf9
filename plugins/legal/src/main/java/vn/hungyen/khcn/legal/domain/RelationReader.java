package vn.hungyen.khcn.legal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the relations a document's text tells from its citations, clause by clause (a clause ends at ";", ":",
 * a full stop or a line break).
 * <ul>
 * <li>The preamble's "Căn cứ …" / "Thực hiện …" lines give its basis — every document a line names, so "Luật A
 * số … được sửa đổi, bổ sung bởi Luật số B" gives basis A and B, and between the two cited, B amends A.</li>
 * <li>"… thay thế Quyết định số …" → replaces; "thay thế cụm từ …", "sửa đổi, bổ sung … của Nghị định số …" →
 * amends; "bãi bỏ …", "… hết hiệu lực", "chấm dứt hiệu lực" → repeals (of some articles only: repeals in part),
 * also for each a), b), c) item under such a lead-in.</li>
 * <li>A plan to amend ("xây dựng Nghị định sửa đổi …", "Sửa đổi … thực hiện Nghị quyết số …") is no relation.</li>
 * <li>Between two citations of one clause, "A … sửa đổi, bổ sung … B" and "B đã được sửa đổi, bổ sung theo A" say
 * that A amends B, "A hướng dẫn … B" that A guides B. Every other citation is a reference (dẫn chiếu).</li>
 * </ul>
 */
public final class RelationReader {

    /** Where the preamble ends: the first chapter, part, article or roman-numbered heading. */
    private static final Pattern BODY_START = Pattern.compile(
            "(?U)(?m)^(?:Chương|CHƯƠNG|PHẦN|Phần thứ|Điều \\d+\\b|I\\. |QUYẾT ĐỊNH:|QUYẾT NGHỊ:|NGHỊ QUYẾT:)");
    private static final Pattern PREAMBLE_BASIS = Pattern.compile("(?U)(?i)^(?:căn cứ|thực hiện)\\b");
    private static final Pattern ITEM = Pattern.compile("(?U)^(?:\\p{Ll}\\)|[-+•–]|\\d+\\.)\\s");
    private static final Pattern REPEAL = Pattern.compile(
            "(?U)(?i)(?:bãi bỏ|hủy bỏ|huỷ bỏ|hết hiệu lực|chấm dứt hiệu lực|ngưng hiệu lực)");
    private static final Pattern REPLACE = Pattern.compile("(?U)(?i)(?<!được )(?<!bị )\\bthay thế(?: cho)?\\b(?! cụm từ| từ)");
    private static final Pattern REPLACE_PHRASE = Pattern.compile("(?U)(?i)thay thế (?:cụm )?từ|thay thế\\b[^;]{0,80}cụm từ");
    private static final Pattern AMEND = Pattern.compile("(?U)(?i)sửa đổi|bổ sung|điều chỉnh|đính chính");
    /** What makes "sửa đổi …" a plan or a task, not this document's own amendment. */
    private static final Pattern PLAN = Pattern.compile(
            "(?U)(?i)(?:xây dựng|dự thảo|trình|nghiên cứu|đề xuất|đề nghị|rà soát|hướng dẫn|thực hiện|theo|để|tiếp tục|"
                    + "chương trình|kế hoạch|đề án|nhiệm vụ|giải pháp)\\b");
    /** Between two items of one list: a date, an issuer, a comma or "và" — no verb of its own. */
    private static final Pattern LIST_GOES_ON = Pattern.compile(
            "(?U)(?i)(?:\\s*ngày [\\d/ ]+(?:tháng [\\d ]+năm \\d{4})?)?(?:\\s*của [^,;]{1,60})?\\s*(?:,|và|, và)\\s*"
                    + "(?:(?:Bộ luật|Luật|Nghị định|Nghị quyết|Thông tư|Quyết định|Pháp lệnh)\\s+)?(?:số\\s*:?\\s*)?");
    /**
     * Between an amended document (with its date, issuer and trích yếu) and the next of the same list: it ends in "và"
     * or "," before the next one's type word, with no verb of a relation and no clause break.
     */
    private static final Pattern AMENDED_LIST_GOES_ON = Pattern.compile(
            "(?U)(?i)^(?![^;]*(?:sửa đổi|bổ sung|thay thế|bãi bỏ|hết hiệu lực|hướng dẫn|được|;))[^;]{0,300}?(?:,|\\bvà)\\s*"
                    + "(?:(?:Bộ luật|Luật|Nghị định|Nghị quyết|Thông tư|Quyết định|Pháp lệnh)\\s+)(?:số\\s*:?\\s*)?$");
    /** The leads of a preamble's paragraphs; a paragraph without one continues the one before it. */
    private static final Pattern PREAMBLE_LEAD = Pattern.compile(
            "(?U)(?i)^(?:căn cứ|thực hiện|theo đề nghị|xét đề nghị|sau khi|trên cơ sở|theo)\\b");
    /** Another document's number before this one in the same clause: this one is then part of its title. */
    private static final Pattern ANY_NUMBER = Pattern.compile("\\d+(?:/\\d{4})?[/-]\\p{Lu}");
    /**
     * "… đến ngày các quy định … tại Nghị quyết số … hết hiệu lực": the other document's end is a time limit of this
     * one's, not something this one does to it.
     */
    private static final Pattern TIME_LIMIT = Pattern.compile("(?U)(?i)\\b(?:đến|tới|trước|cho đến) (?:ngày|khi|thời điểm)\\b");
    /** After a document, only a state ends it: "… hết hiệu lực", "… bị bãi bỏ" ("X bãi bỏ …" is X's own act). */
    private static final Pattern REPEALED = Pattern.compile(
            "(?U)(?i)(?:hết|chấm dứt|ngưng) hiệu lực|\\b(?:bị|được) (?:bãi bỏ|hủy bỏ|huỷ bỏ)");
    /**
     * Words between "bãi bỏ" and a citation that show the citation is not what is repealed: "từ ngày bãi bỏ quyết định
     * giao đất đến ngày … theo quy định tại Nghị quyết số …".
     */
    private static final Pattern NOT_THE_OBJECT = Pattern.compile("(?U)(?i)\\b(?:theo|đến|tới|để|thì|khi|mà|nếu)\\b");
    /** "Luật số 56/2024/QH15 … về sửa đổi, bổ sung một số điều của [Luật Chứng khoán, Luật Kế toán, …]". */
    private static final Pattern AMENDS_NAMED = Pattern.compile(
            "(?U)(?i)^[^;]{0,80}?(?<!được )(?<!đã được )sửa đổi, bổ sung(?: một số điều)?(?: của)?\\s*(?:các\\s+)?$");
    /** Between two laws of one named list: a comma or "và", and at most the rest of a name the table did not know. */
    private static final Pattern NAMED_LIST_GOES_ON = Pattern.compile("(?U)[\\p{L}, ]{0,40}?(?:,|\\bvà\\b)\\s*(?:và\\s+)?");
    private static final Pattern PART = Pattern.compile("(?U)(?i)\\b(?:điều|khoản|điểm|chương|mục|phụ lục|phần)\\s+\\S");

    private RelationReader() {
    }

    /**
     * @param normalised the document's text as {@link CitationExtractor#normalise} gives it
     * @param citations  the citations in it, in reading order
     * @param self       the document's own key ({@link Citation#key()}), whose mentions are skipped
     */
    public static List<DocumentRelation> read(String normalised, List<Citation> citations, @Nullable String self) {
        Matcher body = BODY_START.matcher(normalised);
        int preambleEnd = body.find() ? body.start() : normalised.length();
        List<Citation> others = citations.stream().filter(c -> !c.key().equals(self)).toList();
        List<DocumentRelation> result = new ArrayList<>();
        for (Citation c : others) {
            result.add(new DocumentRelation(null, ownRelation(normalised, c, preambleEnd), c));
        }
        // Between two cited documents only numbered citations count: a law named in a title is no party to it.
        List<Citation> numbered = others.stream().filter(c -> !c.byName()).toList();
        DocumentRelation lastPair = null;
        for (int i = 1; i < numbered.size(); i++) {
            Citation c = numbered.get(i);
            Citation previous = numbered.get(i - 1);
            if (c.start() < previous.end() || c.start() - previous.end() >= 400 || !sameSentence(previous, c)) {
                lastPair = null;
                continue;
            }
            String between = normalised.substring(previous.end(), c.start());
            Optional<DocumentRelation> pair = pairRelation(between, previous, c);
            if (pair.isEmpty() && lastPair != null && lastPair.source() == previous
                    && LIST_GOES_ON.matcher(between).matches()) {
                // "được sửa đổi, bổ sung bởi Luật số 65/2020/QH14 và Luật số 62/2025/QH15": each amends the first.
                pair = Optional.of(new DocumentRelation(c, lastPair.relation(), lastPair.target()));
            } else if (pair.isEmpty() && lastPair != null && lastPair.target() == previous
                    && lastPair.relation() == Relation.AMENDS && sameKind(previous, c)
                    && AMENDED_LIST_GOES_ON.matcher(between).find()) {
                // "Nghị định số 54/2022/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số 78/2016/NĐ-CP … về … và
                // Nghị định số 08/2021/NĐ-CP": the amending one amends each of the list.
                pair = Optional.of(new DocumentRelation(lastPair.source(), Relation.AMENDS, c));
            }
            pair = pair.filter(RelationReader::inOrderOfTime).filter(RelationReader::inOrderOfRank);
            pair.ifPresent(result::add);
            lastPair = pair.orElse(null);
        }
        result.addAll(amendedByName(normalised, numbered, others));
        return result;
    }

    /**
     * A numbered law amending laws it names without their numbers ("Luật số 56/2024/QH15 … sửa đổi, bổ sung một số
     * điều của Luật Chứng khoán, Luật Kế toán, …"): it amends each law of the list.
     */
    private static List<DocumentRelation> amendedByName(String text, List<Citation> numbered, List<Citation> others) {
        List<DocumentRelation> result = new ArrayList<>();
        for (Citation c : numbered) {
            List<Citation> named = others.stream()
                    .filter(b -> b.byName() && b.start() >= c.end() && sameSentence(c, b)).toList();
            if (named.isEmpty() || !AMENDS_NAMED.matcher(text.substring(c.end(), named.getFirst().start())).matches()) {
                continue;
            }
            Citation previous = null;
            for (Citation b : named) {
                if (previous != null && !NAMED_LIST_GOES_ON.matcher(text.substring(previous.end(), b.start())).matches()) {
                    break;
                }
                result.add(new DocumentRelation(c, Relation.AMENDS, b));
                previous = b;
            }
        }
        return result;
    }

    private static Relation ownRelation(String text, Citation c, int preambleEnd) {
        int lineStart = text.lastIndexOf('\n', c.start() - 1) + 1;
        String line = text.substring(lineStart, c.start());
        if (c.start() < preambleEnd) {
            return PREAMBLE_BASIS.matcher(preambleParagraph(text, lineStart)).find() ? Relation.BASIS
                    : Relation.REFERS;
        }
        int clauseStart = clauseStart(text, c.start());
        int clauseEnd = clauseEnd(text, c.end());
        String before = text.substring(clauseStart, c.start());
        String after = text.substring(c.end(), clauseEnd);
        if (REPLACE_PHRASE.matcher(before).find()) {
            return Relation.AMENDS;
        }
        Matcher replace = REPLACE.matcher(before);
        if (replace.find() && !PLAN.matcher(before.substring(0, replace.start())).find()) {
            return Relation.REPLACES;
        }
        Matcher repealBefore = REPEAL.matcher(before);
        if (repealBefore.find() && !ANY_NUMBER.matcher(before.substring(repealBefore.end())).find()
                && !NOT_THE_OBJECT.matcher(before.substring(repealBefore.end())).find()) {
            return PART.matcher(before.substring(repealBefore.end())).find() ? Relation.REPEALS_IN_PART
                    : Relation.REPEALS;
        }
        Matcher repealAfter = REPEALED.matcher(after);
        if (repealAfter.find() && !ANY_NUMBER.matcher(before).find() && !TIME_LIMIT.matcher(before).find()) {
            return PART.matcher(before).find() ? Relation.REPEALS_IN_PART : Relation.REPEALS;
        }
        if (ITEM.matcher(text.substring(lineStart)).lookingAt() && !ANY_NUMBER.matcher(line).find()) {
            // the item's first document is what the lead-in ends; later ones are its title's references
            String leadIn = leadIn(text, lineStart);
            if (leadIn != null && REPEAL.matcher(leadIn).find()) {
                return PART.matcher(line).find() ? Relation.REPEALS_IN_PART : Relation.REPEALS;
            }
        }
        Matcher amend = AMEND.matcher(before);
        if (amend.find() && !PLAN.matcher(before).find() && !ANY_NUMBER.matcher(before).find()
                && directObject(before.substring(amend.end()))) {
            return Relation.AMENDS;
        }
        return Relation.REFERS;
    }

    /** "sửa đổi, bổ sung một số điều của [Nghị định số]": the citation is what is amended, not a reason. */
    private static boolean directObject(String between) {
        String b = between.toLowerCase(Locale.ROOT).strip();
        return between.length() < 120 && (b.isEmpty() || b.matches("(?s).*\\b(?:của|tại)\\s+\\S*(?:\\s+\\S+){0,3}(?:\\s+số)?:?\\s*$"));
    }

    /**
     * The preamble paragraph a line belongs to: itself when it starts with a lead ("Căn cứ", "Theo đề nghị"), else
     * the nearest line above that does and ends its clause with ";" ("Căn cứ Luật …;" / "Luật sửa đổi … ;").
     */
    private static String preambleParagraph(String text, int lineStart) {
        int start = lineStart;
        while (true) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            if (PREAMBLE_LEAD.matcher(line).find()) {
                return line;
            }
            if (start == 0) {
                return line;
            }
            int previousStart = text.lastIndexOf('\n', start - 2) + 1;
            if (!text.substring(previousStart, start - 1).stripTrailing().endsWith(";")) {
                return line;
            }
            start = previousStart;
        }
    }

    /** The line ending in ":" that the item list starting at {@code itemLine} hangs from, if any. */
    private static @Nullable String leadIn(String text, int itemLine) {
        int end = itemLine - 1;
        while (end > 0) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(start, end);
            if (line.stripTrailing().endsWith(":")) {
                return line;
            }
            if (!ITEM.matcher(line).lookingAt()) {
                return null;
            }
            end = start - 1;
        }
        return null;
    }

    private static int clauseStart(String text, int from) {
        int best = text.lastIndexOf('\n', from - 1);
        for (String stop : List.of(";", ":", ". ")) {
            best = Math.max(best, text.lastIndexOf(stop, from - 1) + stop.length() - 1);
        }
        return best + 1;
    }

    private static int clauseEnd(String text, int from) {
        int best = text.length();
        for (String stop : List.of("\n", ";", ":", ". ")) {
            int i = text.indexOf(stop, from);
            if (i >= 0) {
                best = Math.min(best, i);
            }
        }
        return best;
    }

    private static Optional<DocumentRelation> pairRelation(String between, Citation a, Citation b) {
        String lower = between.toLowerCase(Locale.ROOT);
        if (lower.contains(";")) {
            return Optional.empty();
        }
        if (lower.contains("được sửa đổi") || lower.contains("được bổ sung") || lower.contains("được đính chính")) {
            return Optional.of(new DocumentRelation(b, Relation.AMENDS, a));
        }
        if (lower.contains("sửa đổi")) {
            return Optional.of(new DocumentRelation(a, Relation.AMENDS, b));
        }
        if (lower.contains("hướng dẫn")) {
            return Optional.of(new DocumentRelation(a, Relation.GUIDES, b));
        }
        return Optional.empty();
    }

    /**
     * An amendment comes after what it amends: "A được sửa đổi, bổ sung bởi B ngày 01/7/2025 và C ngày 01/4/2025" with
     * A of 01/4/2025 makes C a document of its own (the clause's next basis), not A's second amendment.
     */
    private static boolean inOrderOfTime(DocumentRelation r) {
        if (r.relation() != Relation.AMENDS || r.source() == null) {
            return true;
        }
        var amending = r.source().date();
        var amended = r.target().date();
        return amending == null || amended == null || amending.isAfter(amended);
    }

    /**
     * A document is amended by one of its own rank or higher: in "Nghị định số 123/2020/NĐ-CP … được sửa đổi, bổ sung
     * bởi Nghị định số 70/2025/NĐ-CP và Thông tư số 32/2025/TT-BTC …" the circular is a document of its own, not the
     * decree's amendment. Ranks from the number's symbol; a symbol of unknown rank is not judged.
     */
    private static boolean inOrderOfRank(DocumentRelation r) {
        if (r.relation() != Relation.AMENDS || r.source() == null || r.source().number() == null
                || r.target().number() == null) {
            return true;
        }
        int amending = rank(r.source().number());
        int amended = rank(r.target().number());
        return amending == 0 || amended == 0 || amending <= amended;
    }

    /** 1 a law or resolution of the National Assembly, 2 of its Standing Committee, 3 the Government's, 4 the Prime
     * Minister's, 5 a minister's circular; 0 unknown. */
    private static int rank(DocumentNumber n) {
        String issuer = n.issuerCode();
        if (issuer.matches("QH\\d*")) {
            return 1;
        }
        if (issuer.matches("UBTVQH\\d*")) {
            return 2;
        }
        if (issuer.equals("CP")) {
            return 3;
        }
        if (issuer.equals("TTg")) {
            return 4;
        }
        return n.typeBySymbol() == DocumentType.THONG_TU ? 5 : 0;
    }

    /** Two documents of one type and issuer ("Nghị định số … và Nghị định số …"). */
    private static boolean sameKind(Citation a, Citation b) {
        return a.number() != null && b.number() != null && a.type() == b.type()
                && a.number().issuerCode().equals(b.number().issuerCode());
    }

    private static boolean sameSentence(Citation a, Citation b) {
        return a.sentence().equals(b.sentence());
    }
}
