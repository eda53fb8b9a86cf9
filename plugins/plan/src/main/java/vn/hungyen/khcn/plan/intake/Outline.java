package vn.hungyen.khcn.plan.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The tree of numbered items of one part of a document (a table, a run of paragraphs). Levels come from the kinds
 * of numbering in the order the part first uses them ("I." then "1." then "a)"): an item of a kind already open
 * closes what is below it, an item of a new kind opens a level.
 */
final class Outline {

    private final List<Draft> roots = new ArrayList<>();
    private final List<Draft> open = new ArrayList<>();

    /** Places {@code draft} in the tree and returns it. */
    Draft add(Draft draft) {
        String key = draft.numbering.levelKey();
        int at = -1;
        for (int i = open.size() - 1; i >= 0; i--) {
            if (open.get(i).numbering.levelKey().equals(key)) {
                at = i;
                break;
            }
        }
        if (at >= 0) {
            open.subList(at, open.size()).clear();
        } else if (draft.numbering.kind() == Numbering.Kind.ROMAN) {
            // A Roman part closes everything: it is the top of a plan's outline even if an item came first.
            open.clear();
        }
        Draft parent = open.isEmpty() ? null : open.getLast();
        draft.parent = parent;
        (parent == null ? roots : parent.children).add(draft);
        open.add(draft);
        return draft;
    }

    /** The last item placed, to continue its text; {@code null} before the first. */
    @Nullable Draft current() {
        return open.isEmpty() ? null : open.getLast();
    }

    List<Draft> roots() {
        return roots;
    }

    /**
     * Gives every kept item a code unique in the document ({@code used} holds the codes of earlier parts): the number
     * as printed where it is unique, else prefixed by its parent's code ("2.a", "II.1").
     */
    static void assignCodes(List<Draft> items, Set<String> used) {
        assign(items, used);
    }

    private static void assign(List<Draft> siblings, Set<String> used) {
        int ordinal = 0;
        for (Draft d : siblings) {
            ordinal++;
            String part = d.numbering.codePart(ordinal);
            Numbering.Kind kind = d.numbering.kind();
            boolean relative = kind == Numbering.Kind.LETTER || kind == Numbering.Kind.BRACKET
                    || kind == Numbering.Kind.DASH || kind == Numbering.Kind.PLUS;
            String code = d.parent != null && (relative || used.contains(key(part))) ? d.parent.code + "." + part : part;
            String unique = code;
            for (int n = 2; used.contains(key(unique)); n++) {
                unique = code + "-" + n;
            }
            d.code = unique;
            used.add(key(unique));
            assign(d.children, used);
        }
    }

    private static String key(String code) {
        return code.toLowerCase(Locale.ROOT);
    }

    /** Every item in document order (parents before children). */
    static List<Draft> flatten(List<Draft> roots) {
        List<Draft> all = new ArrayList<>();
        for (Draft d : roots) {
            all.add(d);
            all.addAll(flatten(d.children));
        }
        return all;
    }

    /** Keeps the tasks and the items above them; an item with neither is dropped with its subtree. */
    static List<Draft> prune(List<Draft> items) {
        List<Draft> kept = new ArrayList<>();
        for (Draft d : items) {
            List<Draft> children = prune(d.children);
            d.children.clear();
            d.children.addAll(children);
            if (d.task || !children.isEmpty()) {
                kept.add(d);
            }
        }
        return kept;
    }

    static Set<String> newCodeSet() {
        return new HashSet<>();
    }
}
