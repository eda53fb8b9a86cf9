package vn.hungyen.khcn.legal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.legal.LegalModule;
import vn.hungyen.khcn.legal.domain.Articles;
import vn.hungyen.khcn.legal.domain.Citation;
import vn.hungyen.khcn.legal.domain.CitationExtractor;
import vn.hungyen.khcn.legal.domain.LegalDocument;

/**
 * Toàn văn: the full text structured into Chương / Mục / Điều where the text has them (each Điều an anchor,
 * {@code #dieu-12}), every paragraph set as text, the citations in it as links to the cited documents' pages.
 */
final class FullText extends Div {

    private static final Pattern CHAPTER = Pattern.compile("(?U)^(?:Chương|CHƯƠNG|PHẦN|Phần) [\\p{L}IVXLC\\d]+[.:]?$|^(?:Chương|CHƯƠNG) [IVXLC\\d]+\\b.*");
    private static final Pattern SECTION = Pattern.compile("(?U)^(?:Mục|MỤC) \\d+\\b.*");

    FullText(String text, @Nullable LocalDate issuedOn, Set<String> knownSlugs) {
        setId("legal-full-text");
        CitationExtractor extractor = new CitationExtractor();
        List<String> lines = CitationExtractor.normalise(text).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (CHAPTER.matcher(line).matches()) {
                String heading = line;
                if (i + 1 < lines.size() && isUpperCase(lines.get(i + 1))) {
                    heading = line + " — " + lines.get(++i);
                }
                H3 h = new H3(heading);
                h.addClassName("legal-chapter");
                add(h);
            } else if (SECTION.matcher(line).matches()) {
                H4 h = new H4(line);
                h.addClassName("legal-section");
                add(h);
            } else {
                Matcher article = Articles.HEADING.matcher(line);
                if (article.matches()) {
                    H5 h = new H5(line);
                    h.setId(Articles.anchor(article.group(1)));
                    h.addClassName("legal-article");
                    add(h);
                } else {
                    add(paragraph(line, extractor.extract(line), issuedOn, knownSlugs));
                }
            }
        }
    }

    private static Component paragraph(String line, List<Citation> citations, @Nullable LocalDate issuedOn,
            Set<String> knownSlugs) {
        Paragraph p = new Paragraph();
        p.getStyle().set("margin", "0 0 var(--lumo-space-s) 0");
        int at = 0;
        for (Citation c : citations) {
            String slug = slugOf(c, issuedOn);
            if (c.start() < at || !knownSlugs.contains(slug)) {
                continue;
            }
            p.add(new Span(line.substring(at, c.start())));
            Anchor link = new Anchor(LegalModule.documentPath(slug), line.substring(c.start(), c.end()));
            link.addClassName("legal-citation");
            p.add(link);
            at = c.end();
        }
        p.add(new Span(line.substring(at)));
        return p;
    }

    private static String slugOf(Citation c, @Nullable LocalDate issuedOn) {
        if (c.number() != null) {
            return c.number().slug();
        }
        return LegalDocument.constitutionSlug(LegalDocument.constitutionYear(c.year(), issuedOn));
    }

    private static boolean isUpperCase(String line) {
        return line.chars().anyMatch(Character::isLetter) && line.chars().noneMatch(Character::isLowerCase);
    }
}
