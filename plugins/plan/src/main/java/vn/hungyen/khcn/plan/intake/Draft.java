package vn.hungyen.khcn.plan.intake;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One numbered item while a document is being read: its texts as printed, before units and dates are resolved. */
final class Draft {

    final Numbering numbering;
    final int line;
    final StringBuilder title = new StringBuilder();
    final List<String> lead = new ArrayList<>();
    final List<String> coordinating = new ArrayList<>();
    final List<String> deadline = new ArrayList<>();
    final List<String> outputs = new ArrayList<>();
    final List<String> kpis = new ArrayList<>();
    final List<Draft> children = new ArrayList<>();
    @Nullable Draft parent;
    /** A heading of the document's structure (a Roman part, a spanning table row): a group unless it is all there is. */
    boolean heading;
    /** A heading that only names a unit ("5. Bộ Nội vụ"): what is under it is that unit's to do. */
    boolean unitHeading;
    /** Read as a task (a row of a task table, a labelled paragraph, an item under a unit heading). */
    boolean task;
    String code = "";

    Draft(Numbering numbering, int line) {
        this.numbering = numbering;
        this.line = line;
    }

    void appendTitle(String text) {
        String t = text.strip();
        if (!t.isEmpty()) {
            if (!title.isEmpty()) {
                title.append(title.charAt(title.length() - 1) == '-' ? "" : " ");
            }
            title.append(t);
        }
    }

    /** Adds a cell's text to a field, unless it repeats what is there (a merged cell seen again on the next row). */
    static void addOnce(List<String> field, String text) {
        String t = text.strip();
        if (!t.isEmpty() && (field.isEmpty() || !field.getLast().equals(t))) {
            field.add(t);
        }
    }

    boolean carriesTaskData() {
        return !lead.isEmpty() || !deadline.isEmpty() || !outputs.isEmpty();
    }

    String titleText() {
        return title.toString().replaceAll("\\s+", " ").strip();
    }
}
