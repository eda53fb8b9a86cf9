package vn.hungyen.khcn.plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of one table cell (or a merge of cell fragments) as paragraphs and list items, never as
 * markup: every block is NFC, whitespace-collapsed and free of tags.
 */
public record StructuredText(List<Block> blocks) {

    /** What a block is in the source: a paragraph ({@code <p>}, plain text) or a list entry. */
    public enum Kind { PARAGRAPH, LIST_ITEM }

    /** One paragraph or list item; its text is one line, clean and non-empty. */
    public record Block(Kind kind, String text) {
        public Block {
            Objects.requireNonNull(kind, "kind");
            text = Texts.clean(text);
            if (text.isEmpty()) {
                throw new IllegalArgumentException("a block needs text");
            }
            if (TAG.matcher(text).find()) {
                throw new IllegalArgumentException("markup left in block text: " + text);
            }
        }
    }

    /** The empty text: no blocks. */
    public static final StructuredText EMPTY = new StructuredText(List.of());

    static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
    // A dash bullet inside <ul> text or a cell that starts with one: "- Quy trình …; - Quy trình …".
    // Only a dash before an upper-case letter starts an item, so "kinh tế - xã hội" stays whole.
    private static final Pattern DASH_ITEM = Pattern.compile("(?:^|(?<=\\s))[-–•]\\s*(?=\\p{Lu})");
    private static final String BULLET = "• ";

    public StructuredText {
        blocks = List.copyOf(blocks);
    }

    /** Plain text of one paragraph, or {@link #EMPTY} when the text is blank. */
    public static StructuredText ofPlain(String text) {
        String clean = Texts.clean(text);
        return clean.isEmpty() ? EMPTY : new StructuredText(List.of(new Block(Kind.PARAGRAPH, clean)));
    }

    /**
     * Reads an HTML-ish table cell as exported from Word: {@code <p>} and {@code <br>} make paragraphs,
     * {@code <li>} and dash bullets inside {@code <ul>} make list items, inline tags ({@code <i>} …)
     * are dropped, entities decoded. A cell without markup is one paragraph (or dash items).
     */
    public static StructuredText fromHtml(String cell) {
        if (cell == null || cell.isBlank()) {
            return EMPTY;
        }
        List<Block> out = new ArrayList<>();
        if (cell.indexOf('<') < 0 && !ENTITY.matcher(cell).find()) {
            flush(new StringBuilder(cell), Context.PARAGRAPH, out);
        } else {
            Element body = Jsoup.parseBodyFragment(cell).body();
            StringBuilder run = new StringBuilder();
            walk(body, Context.PARAGRAPH, run, out);
            flush(run, Context.PARAGRAPH, out);
        }
        return new StructuredText(out);
    }

    /** The blocks' text joined by a newline, without bullets. */
    public String plain() {
        return blocks.stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    /** True when there is no text at all. */
    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /**
     * A lossless one-string form for a database column: one line per block, list items prefixed
     * {@code "• "}; a paragraph that itself starts with the bullet or a backslash is escaped with "\".
     */
    public String toStorage() {
        return blocks.stream().map(b -> switch (b.kind()) {
            case LIST_ITEM -> BULLET + b.text();
            case PARAGRAPH -> b.text().startsWith(BULLET) || b.text().startsWith("\\") ? "\\" + b.text() : b.text();
        }).collect(Collectors.joining("\n"));
    }

    /** Reads what {@link #toStorage()} wrote. */
    public static StructuredText fromStorage(String stored) {
        if (stored == null || stored.isEmpty()) {
            return EMPTY;
        }
        List<Block> out = new ArrayList<>();
        for (String line : stored.split("\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith(BULLET)) {
                out.add(new Block(Kind.LIST_ITEM, line.substring(BULLET.length())));
            } else if (line.startsWith("\\")) {
                out.add(new Block(Kind.PARAGRAPH, line.substring(1)));
            } else {
                out.add(new Block(Kind.PARAGRAPH, line));
            }
        }
        return new StructuredText(out);
    }

    /**
     * Appends the fragment of this cell that a page break pushed into the next table row. The first
     * fragment block continues this text's last block (joined by a space) when it starts in lower case
     * or the last block is unfinished; otherwise the fragment's blocks simply follow.
     */
    StructuredText continueWith(StructuredText fragment) {
        return continueWith(fragment, false);
    }

    /**
     * As {@link #continueWith(StructuredText)}; with {@code dropRepeatedTail} a fragment that merely
     * repeats the last words of this text (the export sometimes repeats a cut unit name's last word,
     * "Phòng Quản lý Chuyên ngành" + "ngành") is not appended again.
     */
    StructuredText continueWith(StructuredText fragment, boolean dropRepeatedTail) {
        if (fragment.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return fragment;
        }
        Block last = blocks.getLast();
        Block first = fragment.blocks().getFirst();
        List<Block> merged = new ArrayList<>(blocks.subList(0, blocks.size() - 1));
        if (dropRepeatedTail && fragment.blocks().size() == 1
                && Texts.lower(last.text()).endsWith(" " + Texts.lower(first.text()))) {
            merged.add(last);
        } else if (Texts.startsLowerCase(first.text())
                || (Texts.endsUnfinished(last.text()) && !startsNewItem(first))) {
            if (last.kind() == Kind.LIST_ITEM && first.kind() == Kind.PARAGRAPH) {
                // The rest of a dash list cut by a page break arrives as plain text: "…công nghiệp; - Các giải pháp …".
                String[] items = DASH_ITEM.split(first.text());
                merged.add(new Block(Kind.LIST_ITEM, last.text() + " " + items[0]));
                for (int i = 1; i < items.length; i++) {
                    if (!items[i].isBlank()) {
                        merged.add(new Block(Kind.LIST_ITEM, items[i]));
                    }
                }
            } else {
                merged.add(new Block(last.kind(), last.text() + " " + first.text()));
            }
            merged.addAll(fragment.blocks().subList(1, fragment.blocks().size()));
        } else {
            merged.add(last);
            merged.addAll(fragment.blocks());
        }
        return new StructuredText(merged);
    }

    private static final Pattern NEW_ITEM = Pattern.compile("^(\\(\\d{1,2}\\)|\\d{1,2}\\.\\s)");

    private static boolean startsNewItem(Block block) {
        return NEW_ITEM.matcher(block.text()).find();
    }

    /** Concatenates texts block by block. */
    static StructuredText concat(List<StructuredText> parts) {
        List<Block> all = new ArrayList<>();
        parts.forEach(p -> all.addAll(p.blocks()));
        return new StructuredText(all);
    }

    // ---- HTML walking -------------------------------------------------------------------------

    /** Where a run of inline text sits: in a paragraph, a list item, or directly in a list. */
    private enum Context { PARAGRAPH, LIST_ITEM, LIST }

    private static void walk(Node node, Context context, StringBuilder run, List<Block> out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                run.append(text.getWholeText());
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                switch (tag) {
                    case "br" -> flush(run, context, out);
                    case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table", "blockquote" -> {
                        flush(run, context, out);
                        walk(element, context == Context.LIST_ITEM ? Context.LIST_ITEM : Context.PARAGRAPH, run, out);
                        flush(run, context == Context.LIST_ITEM ? Context.LIST_ITEM : Context.PARAGRAPH, out);
                    }
                    case "li" -> {
                        flush(run, context, out);
                        walk(element, Context.LIST_ITEM, run, out);
                        flush(run, Context.LIST_ITEM, out);
                    }
                    case "ul", "ol" -> {
                        flush(run, context, out);
                        walk(element, Context.LIST, run, out);
                        flush(run, Context.LIST, out);
                    }
                    default -> walk(element, context, run, out); // inline: <i>, <b>, <span>, <sup> …
                }
            }
        }
    }

    private static void flush(StringBuilder run, Context context, List<Block> out) {
        String text = Texts.clean(run.toString());
        run.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        // Stray markup that jsoup kept as text (an unescaped "<p" cut by a page break) must not leak.
        text = Texts.clean(TAG.matcher(text).replaceAll(" "));
        if (text.isEmpty()) {
            return;
        }
        boolean dashList = context == Context.LIST || DASH_ITEM.matcher(text).lookingAt();
        if (dashList) {
            String[] items = DASH_ITEM.split(text);
            boolean first = true;
            for (String item : items) {
                String clean = Texts.clean(item);
                if (!clean.isEmpty()) {
                    // Text before the first dash inside a list is not an item of it.
                    Kind kind = first && !DASH_ITEM.matcher(text).lookingAt() && context != Context.LIST
                            ? Kind.PARAGRAPH : Kind.LIST_ITEM;
                    out.add(new Block(kind, clean));
                }
                first = false;
            }
        } else {
            out.add(new Block(context == Context.LIST_ITEM ? Kind.LIST_ITEM : Kind.PARAGRAPH, text));
        }
    }
}
