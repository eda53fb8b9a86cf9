package vn.hungyen.khcn.plan.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.ToXMLContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.xml.sax.SAXException;

/**
 * Turns a plan document (DOCX; PDF only partly, see below) into the text layout {@link PlanParser}
 * reads: one narrative paragraph per line, one table row per line as {@value AppendixParser#COLUMNS}
 * TAB-separated cells, a cell of several paragraphs as {@code <p>…</p> <p>…</p>}.
 *
 * <p>The type is detected from the content, never from a file name. Tika's XHTML keeps Word tables as
 * {@code <table>/<tr>/<td>}, so rows and cells come out exactly. A PDF has no table structure — Tika
 * gives positioned lines only — so for a PDF the narrative comes out right but the appendix table does
 * not: its cells are emitted as plain lines, which the parser reports as problems instead of guessing.
 */
public final class TikaPlanText {

    private final AutoDetectParser parser = new AutoDetectParser();

    /** The document's text in the parser's layout. Closes nothing; the caller owns {@code in}. */
    public String extract(InputStream in) throws IOException {
        ToXMLContentHandler handler = new ToXMLContentHandler();
        Metadata metadata = new Metadata();
        try {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (SAXException | TikaException e) {
            throw new IOException("Tika could not read the document: " + e.getMessage(), e);
        }
        return layout(handler.toString());
    }

    /** The parser's layout of Tika's XHTML output. */
    static String layout(String xhtml) {
        Document doc = Jsoup.parse(xhtml);
        List<String> lines = new ArrayList<>();
        walk(doc.body(), lines);
        return String.join("\n", lines);
    }

    private static void walk(Element parent, List<String> lines) {
        for (Element e : parent.children()) {
            switch (e.normalName()) {
                case "table" -> table(e, lines);
                case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li" -> {
                    String text = Texts.clean(e.wholeText().replace('\t', ' '));
                    if (!text.isEmpty()) {
                        lines.add(text);
                    }
                }
                default -> walk(e, lines); // div.page (PDF), ul, body …
            }
        }
    }

    private static void table(Element table, List<String> lines) {
        for (Element row : table.select("tr")) {
            if (row.closest("table") != table) {
                continue; // a nested table's rows belong to its cell
            }
            List<String> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(cell(cell));
                }
            }
            while (cells.size() < AppendixParser.COLUMNS) {
                cells.add("");
            }
            lines.add(String.join("\t", cells));
        }
    }

    /** One paragraph as plain text; several as {@code <p>…</p>} fragments, text escaped. */
    private static String cell(Element cell) {
        List<String> paragraphs = new ArrayList<>();
        for (Element p : cell.select("p, li")) {
            String text = Texts.clean(p.wholeText().replace('\t', ' '));
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            return Texts.clean(cell.wholeText().replace('\t', ' '));
        }
        if (paragraphs.size() == 1) {
            return paragraphs.getFirst();
        }
        StringBuilder sb = new StringBuilder();
        for (String p : paragraphs) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append("<p>").append(Entities.escape(p)).append("</p>");
        }
        return sb.toString();
    }
}
