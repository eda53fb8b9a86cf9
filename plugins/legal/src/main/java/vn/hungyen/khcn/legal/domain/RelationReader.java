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
            "(?U)(?m)^(?:Chương|CHƯƠNG|PHẦN|Phần thứ|Điều 1\\b|I\\. |QUYẾT ĐỊNH:|QUYẾT NGHỊ:|NGHỊ QUYẾT:)");
    private static final Pattern PREAMBLE_BASIS = Pattern.compile("(?U)(?i)^(?:căn cứ|thực hiện)\\b");
    private static final Pattern ITEM = Pattern.compile("(?U)^(?:\\p{Ll}\\)|[-+•–]|\\d+\\.)\\s");
    private static final Pattern REPEAL = Pattern.compile(
            "(?U)(?i)(?:bãi bỏ|hủy bỏ|huỷ bỏ|hết hiệu lực|chấm dứt hiệu lực|ngưng hiệu lực)");
    private static final Pattern REPLACE = Pattern.compile("(?U)(?i)(?<!được )(?<!bị )\\bthay thế(?: cho)?\\b(?! cụm từ| từ)");
    private static final Pattern REPLACE_PHRASE = Pattern.compile("(?U)(?i)thay thế (?:cụm )?từ|thay thế [^;]{0,80}cụm từ");
    private static final Pattern AMEND = Pattern.compile("(?U)(?i)sửa đổi|bổ sung|điều chỉnh|đính chính");
    /** What makes "sửa đổi …" a plan or a task, not this document's own amendment. */
    private static final Pattern PLAN = Pattern.compile(
            "(?U)(?i)(?:xây dựng|dự thảo|trình|nghiên cứu|đề xuất|đề nghị|rà soát|hướng dẫn|thực hiện|theo|để|tiếp tục|"
                    + "chương trình|kế hoạch|đề án|nhiệm vụ|giải pháp)\\b");
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
        for (int i = 0; i < others.size(); i++) {
            Citation c = others.get(i);
            result.add(new DocumentRelation(null, ownRelation(normalised, c, preambleEnd), c));
            if (i > 0) {
                Citation previous = others.get(i - 1);
                if (c.start() >= previous.end() && c.start() - previous.end() < 400 && sameSentence(previous, c)) {
                    pairRelation(normalised.substring(previous.end(), c.start()), previous, c).ifPresent(result::add);
                }
            }
        }
        return result;
    }

    private static Relation ownRelation(String text, Citation c, int preambleEnd) {
        int lineStart = text.lastIndexOf('\n', c.start() - 1) + 1;
        String line = text.substring(lineStart, c.start());
        if (c.start() < preambleEnd) {
            return PREAMBLE_BASIS.matcher(line).find() ? Relation.BASIS : Relation.REFERS;
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
        if (repealBefore.find()) {
            return PART.matcher(before.substring(repealBefore.end())).find() ? Relation.REPEALS_IN_PART
                    : Relation.REPEALS;
        }
        if (REPEAL.matcher(after).find()) {
            return PART.matcher(before).find() ? Relation.REPEALS_IN_PART : Relation.REPEALS;
        }
        if (ITEM.matcher(text.substring(lineStart)).lookingAt()) {
            String leadIn = leadIn(text, lineStart);
            if (leadIn != null && REPEAL.matcher(leadIn).find()) {
                return PART.matcher(line).find() ? Relation.REPEALS_IN_PART : Relation.REPEALS;
            }
        }
        Matcher amend = AMEND.matcher(before);
        if (amend.find() && !PLAN.matcher(before).find() && directObject(before.substring(amend.end()))) {
            return Relation.AMENDS;
        }
        return Relation.REFERS;
    }

    /** "sửa đổi, bổ sung một số điều của [Nghị định số]": the citation is what is amended, not a reason. */
    private static boolean directObject(String between) {
        String b = between.toLowerCase(Locale.ROOT).strip();
        return between.length() < 120 && (b.isEmpty() || b.matches("(?s).*\\b(?:của|tại)\\s+\\S*(?:\\s+\\S+){0,3}(?:\\s+số)?:?\\s*$"));
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

    private static boolean sameSentence(Citation a, Citation b) {
        return a.sentence().equals(b.sentence());
    }
}
