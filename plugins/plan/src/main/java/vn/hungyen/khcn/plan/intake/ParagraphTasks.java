package vn.hungyen.khcn.plan.intake;

import vn.hungyen.khcn.content.intake.GazetteNoise;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.hungyen.khcn.content.spi.DocumentStructure.Paragraph;

/**
 * Reads tasks written as numbered paragraphs: an item with labelled parts ("3. Rà soát … cụ thể: a) Cơ quan chủ trì:
 * Sở Nội vụ; b) Cơ quan phối hợp: …; c) Thời gian thực hiện: …", the labels on the same line or on lines of their
 * own), an item naming a unit before a colon ("1. Bộ Công an: chỉ đạo …"), and the items under a heading that only
 * names a unit ("5. Bộ Nội vụ" then "a) Chủ trì …"). Numbered items that carry none of this — the articles and
 * clauses of a decree, the aims of a plan — are not tasks. Lines continue the item before them, so a sentence a PDF
 * broke over several lines is read whole.
 */
final class ParagraphTasks {

    private static final Pattern ARTICLE = Pattern.compile("^(Điều\\s+\\d+[a-z]?\\.?|Chương\\s+[IVXL\\d]+|Mục\\s+\\d+)(\\s|$).*");
    private static final Pattern FOOTER = Pattern.compile("^(Nơi\\s*nhận|Nơi\\s*gửi)\\s*:?.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern APPENDIX = Pattern.compile("^(PHỤ\\s*LỤC|Phụ\\s*lục)(\\s+[IVXL\\d.]+)?\\s*$");
    private static final Pattern UNIT_COLON = Pattern.compile("^([^:]{3,120}?)\\s*:\\s*(.+)$");

    private final UnitNames units;
    private final Set<Draft> inArticleAt = Collections.newSetFromMap(new IdentityHashMap<>());
    private Outline outline = new Outline();
    private boolean inArticle;
    private boolean inFooter;

    ParagraphTasks(UnitNames units) {
        this.units = units;
    }

    /** Reads a run of paragraphs into the current outline. */
    void read(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            line(p.text(), p.line());
        }
    }

    /** The outline read so far; a new one starts for what follows. */
    Outline finish() {
        Outline done = outline;
        outline = new Outline();
        return done;
    }

    private void line(String raw, int number) {
        String line = raw.strip();
        if (line.isEmpty() || GazetteNoise.isNoise(line)) {
            return;
        }
        if (APPENDIX.matcher(line).matches()) {
            inArticle = false;
            inFooter = false;
            return;
        }
        if (inFooter) {
            return;
        }
        if (FOOTER.matcher(line).matches()) {
            inFooter = true;
            return;
        }
        if (ARTICLE.matcher(line).matches()) {
            inArticle = line.startsWith("Điều") || inArticle;
            return;
        }
        Draft current = outline.current();
        if (current != null && Labels.startsWithLabel(line)) {
            current.appendTitle(line); // "a) Cơ quan chủ trì: …" belongs to the item above, it is no sub-item
            return;
        }
        Numbering n = Numbering.of(line);
        if (n != null && !(n.kind() == Numbering.Kind.ARABIC && n.rest().isEmpty())) {
            Draft d = new Draft(n, number);
            d.appendTitle(n.rest());
            d.heading = n.kind() == Numbering.Kind.ROMAN;
            if (inArticle) {
                inArticleAt.add(d); // a clause of a decree's article: a task only if it carries task labels
            }
            outline.add(d);
            return;
        }
        if (current != null) {
            current.appendTitle(line);
        }
    }

    /** Decides which items are tasks and fills their fields from their labels; call once the outline is complete. */
    void resolve(Outline done) {
        for (Draft d : Outline.flatten(done.roots())) {
            String text = d.titleText();
            List<Labels.Part> parts = Labels.in(text);
            if (!parts.isEmpty()) {
                String title = text.substring(0, parts.getFirst().start()).strip()
                        .replaceAll("(?i)[,;]?\\s*(cụ thể|như sau|gồm)?\\s*:?$", "").strip();
                d.title.setLength(0);
                d.appendTitle(title);
                for (Labels.Part part : parts) {
                    switch (part.field()) {
                        case LEAD -> Draft.addOnce(d.lead, part.value());
                        case COORDINATING -> Draft.addOnce(d.coordinating, part.value());
                        case DEADLINE -> Draft.addOnce(d.deadline, part.value());
                        case OUTPUT -> Draft.addOnce(d.outputs, part.value());
                        case KPI -> Draft.addOnce(d.kpis, part.value());
                        default -> {
                        }
                    }
                }
                // A lead, or a deadline that reads as one: "Thời gian: 50 giờ chuẩn" or "Hình thức: trực tuyến" in a
                // decree's procedure is no task.
                d.task = !d.lead.isEmpty() || d.deadline.stream().anyMatch(DeadlineText::looksLikeDeadline);
            }
            if (!d.task && !d.heading && !insideArticle(d)) {
                unitHeadingOrColon(d);
            }
            if (!d.task && underUnitHeading(d) && !insideArticle(d)) {
                d.task = true;
            }
        }
    }

    private void unitHeadingOrColon(Draft d) {
        String text = d.titleText();
        if (units.looksLikeUnit(text) && !d.children.isEmpty()) {
            d.unitHeading = true;
            d.heading = true;
            Draft.addOnce(d.lead, text.replaceAll("[:.]+$", ""));
            return;
        }
        var m = UNIT_COLON.matcher(text);
        if (m.matches() && units.looksLikeUnit(m.group(1))) {
            Draft.addOnce(d.lead, m.group(1));
            d.title.setLength(0);
            d.appendTitle(m.group(2));
            if (d.children.isEmpty()) {
                d.task = true;
            } else {
                d.unitHeading = true;
                d.heading = true;
            }
        }
    }

    private static boolean underUnitHeading(Draft d) {
        for (Draft p = d.parent; p != null; p = p.parent) {
            if (p.unitHeading) {
                return true;
            }
        }
        return false;
    }

    private boolean insideArticle(Draft d) {
        return inArticleAt.contains(d);
    }
}
