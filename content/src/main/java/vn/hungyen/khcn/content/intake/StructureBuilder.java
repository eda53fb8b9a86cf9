package vn.hungyen.khcn.content.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import vn.hungyen.khcn.content.spi.DocumentStructure;
import vn.hungyen.khcn.content.spi.DocumentStructure.Block;
import vn.hungyen.khcn.content.spi.DocumentStructure.Cell;
import vn.hungyen.khcn.content.spi.DocumentStructure.Paragraph;
import vn.hungyen.khcn.content.spi.DocumentStructure.Row;
import vn.hungyen.khcn.content.spi.DocumentStructure.Table;

/**
 * Builds a {@link DocumentStructure} and its line-per-block text from what a file gives: HTML (Tika's XHTML of a
 * Word, OpenDocument or PDF file, or an uploaded web page), or plain text with TAB-separated rows, Markdown pipe
 * tables and Markdown headings. Every text is NFC, with no-break and other odd spaces made plain.
 */
final class StructureBuilder {

    /** The text and the structure, line numbers of the one pointing into the other. */
    record Built(String text, DocumentStructure structure) {
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    private static final Pattern MD_SEPARATOR = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1");

    private final List<String> lines = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();

    private StructureBuilder() {
    }

    // ---- HTML ------------------------------------------------------------------------------------------------

    static Built fromHtml(String html) {
        StructureBuilder b = new StructureBuilder();
        b.walk(Jsoup.parse(html).body());
        return b.built(String.join("\n", b.lines));
    }

    private void walk(Element parent) {
        StringBuilder inline = new StringBuilder();
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode t) {
                inline.append(t.getWholeText());
                continue;
            }
            if (!(node instanceof Element e)) {
                continue;
            }
            switch (e.normalName()) {
                case "table" -> {
                    flush(inline, 0);
                    table(e);
                }
                case "p", "li", "dt", "dd", "pre", "blockquote", "caption" -> {
                    flush(inline, 0);
                    paragraphs(e, 0);
                }
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    flush(inline, 0);
                    paragraphs(e, e.normalName().charAt(1) - '0');
                }
                case "br" -> flush(inline, 0);
                case "script", "style", "head", "title", "meta", "noscript", "template" -> {
                }
                case "b", "i", "u", "em", "strong", "span", "a", "sub", "sup", "font", "small", "big", "mark", "s" ->
                        inline.append(blockText(e));
                default -> {
                    flush(inline, 0);
                    walk(e); // div (a PDF page), section, ul, ol, body …
                }
            }
        }
        flush(inline, 0);
    }

    private void flush(StringBuilder inline, int heading) {
        if (!inline.isEmpty()) {
            addParagraphs(inline.toString(), heading);
            inline.setLength(0);
        }
    }

    private void paragraphs(Element e, int heading) {
        if (!e.select("table").isEmpty()) {
            walk(e); // a table inside a list item or quote: keep it a table
            return;
        }
        addParagraphs(blockText(e), heading);
    }

    /** A PDF's paragraph holds its printed lines separated by newlines: each becomes a paragraph of its own. */
    private void addParagraphs(String text, int heading) {
        for (String line : text.split("\n")) {
            String clean = clean(line);
            if (!clean.isEmpty()) {
                lines.add(clean);
                blocks.add(new Paragraph(clean, lines.size(), heading));
            }
        }
    }

    /** An element's text with its line breaks ({@code <br>}, inner paragraphs) as newlines. */
    private static String blockText(Element e) {
        StringBuilder sb = new StringBuilder();
        appendText(e, sb);
        return sb.toString();
    }

    private static void appendText(Node node, StringBuilder sb) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String name = e.normalName();
                if (name.equals("br")) {
                    sb.append('\n');
                } else if (name.equals("script") || name.equals("style")) {
                    continue;
                } else if (name.equals("p") || name.equals("div") || name.equals("li") || name.equals("tr")
                        || name.matches("h[1-6]")) {
                    sb.append('\n');
                    appendText(e, sb);
                    sb.append('\n');
                } else if (name.equals("td") || name.equals("th")) {
                    appendText(e, sb);
                    sb.append(' ');
                } else {
                    appendText(e, sb);
                }
            }
        }
    }

    private void table(Element table) {
        List<Row> rows = new ArrayList<>();
        int first = lines.size() + 1;
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue; // a nested table's rows stay in their cell's text
            }
            List<Cell> cells = new ArrayList<>();
            for (Element td : tr.children()) {
                if (td.normalName().equals("td") || td.normalName().equals("th")) {
                    cells.add(new Cell(cellText(td), span(td.attr("colspan")), span(td.attr("rowspan"))));
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            lines.add(String.join("\t", cells.stream().map(StructureBuilder::cellLine).toList()));
            rows.add(new Row(cells, lines.size()));
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table(rows, first));
        }
    }

    /**
     * A cell in the text's row line: its one paragraph as it is, several as {@code <p>…</p> <p>…</p>} (text escaped) —
     * the layout of the department's TAB-separated plan export, so a Word table and that export read alike.
     */
    private static String cellLine(Cell cell) {
        if (cell.text().indexOf('\n') < 0) {
            return cell.text();
        }
        StringBuilder sb = new StringBuilder();
        for (String p : cell.text().split("\n")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append("<p>").append(org.jsoup.nodes.Entities.escape(p)).append("</p>");
        }
        return sb.toString();
    }

    private static String cellText(Element td) {
        List<String> parts = new ArrayList<>();
        for (String line : blockText(td).split("\n")) {
            String clean = clean(line);
            if (!clean.isEmpty()) {
                parts.add(clean);
            }
        }
        return String.join("\n", parts);
    }

    private static int span(String value) {
        try {
            return value.isBlank() ? 1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    // ---- plain text ------------------------------------------------------------------------------------------

    /**
     * Plain text keeps its lines as they are (a TAB-separated export stays readable by line); consecutive lines with
     * TABs, or Markdown pipe rows, form tables; cells may hold HTML paragraphs ({@code <p>…</p>}).
     */
    static Built fromPlainText(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        StructureBuilder b = new StructureBuilder();
        String[] lines = text.split("\n", -1);
        List<Row> rows = new ArrayList<>();
        int tableLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            List<Cell> cells = rowCells(line);
            if (cells == null && MD_SEPARATOR.matcher(line.strip()).matches() && line.contains("-")) {
                continue; // the |---|---| line under a Markdown header row
            }
            if (cells != null) {
                if (rows.isEmpty()) {
                    tableLine = number;
                }
                rows.add(new Row(cells, number));
                continue;
            }
            if (!rows.isEmpty()) {
                b.blocks.add(new Table(rows, tableLine));
                rows = new ArrayList<>();
            }
            String clean = clean(line);
            if (clean.isEmpty()) {
                continue;
            }
            var heading = MD_HEADING.matcher(clean);
            if (heading.matches()) {
                b.blocks.add(new Paragraph(markdownInline(heading.group(2)), number, heading.group(1).length()));
            } else {
                b.blocks.add(new Paragraph(markdownInline(clean), number, 0));
            }
        }
        if (!rows.isEmpty()) {
            b.blocks.add(new Table(rows, tableLine));
        }
        return new Built(text, new DocumentStructure(b.blocks));
    }

    /** The cells of a TAB-separated or Markdown pipe row; {@code null} for a line that is not a row. */
    private static List<Cell> rowCells(String line) {
        String[] parts;
        if (line.indexOf('\t') >= 0) {
            parts = line.split("\t", -1);
        } else {
            String s = line.strip();
            if (s.length() < 3 || s.charAt(0) != '|' || s.chars().filter(c -> c == '|').count() < 2
                    || MD_SEPARATOR.matcher(s).matches()) {
                return null;
            }
            s = s.substring(1, s.endsWith("|") && s.length() > 1 ? s.length() - 1 : s.length());
            parts = s.split("(?<!\\\\)\\|", -1);
        }
        List<Cell> cells = new ArrayList<>();
        for (String part : parts) {
            String cell = part.contains("<") ? cellText(Jsoup.parseBodyFragment(part).body()) : clean(part);
            cells.add(Cell.of(markdownInline(cell.replace("\\|", "|"))));
        }
        return cells;
    }

    private static String markdownInline(String s) {
        return MD_EMPHASIS.matcher(s).replaceAll("$2");
    }

    static String clean(String s) {
        return SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    private Built built(String text) {
        return new Built(text, new DocumentStructure(blocks));
    }
}
