package vn.hungyen.khcn.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.plan.importer.StructuredText;
import vn.hungyen.khcn.plan.service.PlanViews.KpiView;

/** Small display helpers shared by the plan pages. Text is always set as text, never as HTML. */
final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Formats() {
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Paragraphs and list items of a structured text as components. */
    static Component structured(StructuredText text) {
        Div div = new Div();
        UnorderedList list = null;
        for (StructuredText.Block block : text.blocks()) {
            if (block.kind() == StructuredText.Kind.LIST_ITEM) {
                if (list == null) {
                    list = new UnorderedList();
                    div.add(list);
                }
                list.add(new ListItem(block.text()));
            } else {
                list = null;
                Paragraph p = new Paragraph(block.text());
                p.getStyle().set("margin", "0 0 var(--lumo-space-xs) 0");
                div.add(p);
            }
        }
        return div;
    }

    static String months(List<Integer> months) {
        if (months.isEmpty()) {
            return "";
        }
        // Consecutive months read as a range: [3, 4, 5, 9] → "3–5, 9".
        StringBuilder out = new StringBuilder();
        int start = months.getFirst();
        int prev = start;
        for (int i = 1; i <= months.size(); i++) {
            int m = i < months.size() ? months.get(i) : -1;
            if (m != prev + 1) {
                if (!out.isEmpty()) {
                    out.append(", ");
                }
                out.append(start == prev ? String.valueOf(start) : start + "–" + prev);
                start = m;
            }
            prev = m;
        }
        return out.toString();
    }

    /** A KPI with its range: "Số sáng kiến → 20–25 sáng kiến". */
    static String kpi(KpiView k) {
        String range = k.min() == null ? "" : k.max() == null ? "≥ " + k.min().stripTrailingZeros().toPlainString()
                : k.min().compareTo(k.max()) == 0 ? k.min().stripTrailingZeros().toPlainString()
                : k.min().stripTrailingZeros().toPlainString() + "–" + k.max().stripTrailingZeros().toPlainString();
        return k.text() + (range.isEmpty() ? "" : " → " + range + (k.unit() == null ? "" : " " + k.unit()));
    }

    static String units(List<String> units) {
        return units.stream().collect(Collectors.joining("; "));
    }
}
