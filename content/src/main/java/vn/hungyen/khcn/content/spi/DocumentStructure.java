package vn.hungyen.khcn.content.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Bố cục văn bản: an uploaded document as read once — its paragraphs and tables in document order, whatever the
 * file was (Word, OpenDocument, HTML, PDF, Markdown, a TAB-separated export). Readers of content modules work on
 * this, never on the file.
 *
 * @param blocks paragraphs and tables in order
 */
public record DocumentStructure(List<Block> blocks) {

    public DocumentStructure {
        blocks = List.copyOf(blocks);
    }

    /** A paragraph or a table. */
    public sealed interface Block permits Paragraph, Table {
        /** 1-based line of the block's start in {@link ReadDocument#text()}. */
        int line();
    }

    /**
     * One paragraph (or heading, or list item) as one line of text.
     *
     * @param heading 1–6 for a heading the file marks as such, 0 for body text
     */
    public record Paragraph(String text, int line, int heading) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A table: its rows as the file has them (a cell merged over several rows or columns appears once). */
    public record Table(List<Row> rows, int line) implements Block {
        public Table {
            rows = List.copyOf(rows);
        }

        /**
         * The table as a rectangle: a cell spanning several columns or rows is repeated in each position it covers
         * (a lead unit merged over three task rows belongs to each of them). Short rows are padded with "".
         */
        public List<List<String>> grid() {
            List<List<String>> grid = new ArrayList<>();
            List<int[]> pending = new ArrayList<>(); // per column: rows still covered by a row-spanning cell
            List<String> pendingText = new ArrayList<>();
            int width = 0;
            for (Row row : rows) {
                List<String> out = new ArrayList<>();
                int col = 0;
                for (Cell cell : row.cells()) {
                    while (col < pending.size() && pending.get(col)[0] > 0) {
                        out.add(pendingText.get(col));
                        pending.get(col)[0]--;
                        col++;
                    }
                    for (int s = 0; s < Math.max(1, cell.colSpan()); s++) {
                        while (pending.size() <= col) {
                            pending.add(new int[] {0});
                            pendingText.add("");
                        }
                        out.add(cell.text());
                        pending.get(col)[0] = Math.max(0, cell.rowSpan() - 1);
                        pendingText.set(col, cell.text());
                        col++;
                    }
                }
                while (col < pending.size() && pending.get(col)[0] > 0) {
                    out.add(pendingText.get(col));
                    pending.get(col)[0]--;
                    col++;
                }
                width = Math.max(width, out.size());
                grid.add(out);
            }
            for (List<String> r : grid) {
                while (r.size() < width) {
                    r.add("");
                }
            }
            return grid.stream().map(List::copyOf).toList();
        }
    }

    /** A table row. @param line 1-based line of the row in {@link ReadDocument#text()} */
    public record Row(List<Cell> cells, int line) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A table cell: its paragraphs joined by {@code \n}, plain text.
     *
     * @param colSpan columns it covers (1 for an ordinary cell)
     * @param rowSpan rows it covers (1 for an ordinary cell)
     */
    public record Cell(String text, int colSpan, int rowSpan) {
        public Cell {
            Objects.requireNonNull(text, "text");
            colSpan = Math.max(1, Math.min(colSpan, 64));
            rowSpan = Math.max(1, Math.min(rowSpan, 10_000));
        }

        public static Cell of(String text) {
            return new Cell(text, 1, 1);
        }
    }

    /** Every table, in order. */
    public List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    /** Every paragraph, in order. */
    public List<Paragraph> paragraphs() {
        return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }
}
