package vn.hungyen.khcn.legal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the relations a document's text tells from its citations: the preamble's "Căn cứ …" / "Thực hiện …"
 * gives its basis; "… hết hiệu lực kể từ ngày Luật này có hiệu lực" what it replaces; "Sửa đổi, bổ sung … của
 * Luật X" what it amends; between two citations, "A … sửa đổi, bổ sung … B" and "B đã được sửa đổi, bổ sung
 * theo A" that A amends B, "A hướng dẫn … B" that A guides B. Every other citation is a reference (dẫn chiếu).
 */
public final class RelationReader {

    /** Where the preamble ends: the first chapter, part, article or roman-numbered heading. */
    private static final Pattern BODY_START = Pattern.compile("(?U)(?m)^(?:Chương|CHƯƠNG|PHẦN|Phần thứ|Điều 1\\b|I\\. )");
    private static final Pattern PREAMBLE_BASIS = Pattern.compile("(?U)(?i)^(?:căn cứ|thực hiện)\\b");

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
            result.add(new DocumentRelation(null, ownRelation(normalised, c, i == 0 ? null : others.get(i - 1),
                    preambleEnd), c));
            if (i > 0) {
                Citation previous = others.get(i - 1);
                if (c.start() - previous.end() < 400 && sameSentence(previous, c)) {
                    pairRelation(normalised.substring(previous.end(), c.start()), previous, c).ifPresent(result::add);
                }
            }
        }
        return result;
    }

    private static Relation ownRelation(String text, Citation c, @Nullable Citation previous, int preambleEnd) {
        String sentence = c.sentence();
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (c.start() < preambleEnd && PREAMBLE_BASIS.matcher(sentence).find()) {
            return Relation.BASIS;
        }
        if (lower.contains("hết hiệu lực")) {
            return Relation.REPLACES;
        }
        int sentenceStart = text.lastIndexOf(sentence, c.start());
        boolean firstInSentence = previous == null || !sameSentence(previous, c);
        if (firstInSentence && sentenceStart >= 0
                && text.substring(sentenceStart, c.start()).toLowerCase(Locale.ROOT).startsWith("sửa đổi")) {
            return Relation.AMENDS;
        }
        return Relation.REFERS;
    }

    private static java.util.Optional<DocumentRelation> pairRelation(String between, Citation a, Citation b) {
        String lower = between.toLowerCase(Locale.ROOT);
        if (lower.contains(";")) {
            return java.util.Optional.empty();
        }
        if (lower.contains("được sửa đổi")) {
            return java.util.Optional.of(new DocumentRelation(b, Relation.AMENDS, a));
        }
        if (lower.contains("sửa đổi")) {
            return java.util.Optional.of(new DocumentRelation(a, Relation.AMENDS, b));
        }
        if (lower.contains("hướng dẫn")) {
            return java.util.Optional.of(new DocumentRelation(a, Relation.GUIDES, b));
        }
        return java.util.Optional.empty();
    }

    private static boolean sameSentence(Citation a, Citation b) {
        return a.sentence().equals(b.sentence());
    }
}
