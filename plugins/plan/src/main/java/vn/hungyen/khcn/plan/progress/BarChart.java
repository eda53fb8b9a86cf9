package vn.hungyen.khcn.plan.progress;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import vn.hungyen.khcn.content.web.Html;

/**
 * A horizontal bar chart drawn on the server as SVG (so it needs no script and works in a static copy), with the same
 * numbers in a table beside it for screen readers and for copying. Every text goes through {@link Html#escape}.
 */
final class BarChart {

    private static final int WIDTH = 640;
    private static final int LABEL = 250;
    private static final int BAR = 20;
    private static final int GAP = 8;

    /** One bar: its label, its value and, when it has one, the whole it is part of (drawn behind it). */
    record Bar(String label, long value, long whole) {
    }

    private BarChart() {
    }

    /** The SVG markup: a {@code <title>} for the chart, a labelled bar and its number per row. */
    static String svg(String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(b -> Math.max(b.value(), b.whole())).max().orElse(1));
        int height = bars.size() * (BAR + GAP) + GAP;
        StringBuilder svg = new StringBuilder(256 + bars.size() * 300);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\"><title>").append(Html.escape(title)).append("</title>");
        int y = GAP;
        int span = WIDTH - LABEL - 60;
        for (Bar b : bars) {
            String label = b.label().length() > 40 ? b.label().substring(0, 39) + "…" : b.label();
            svg.append("<text x=\"0\" y=\"").append(y + BAR - 6).append("\" font-size=\"12\">")
                    .append(Html.escape(label)).append("</text>");
            if (b.whole() > 0) {
                svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
                        .append(span * b.whole() / max).append("\" height=\"").append(BAR)
                        .append("\" fill=\"#dde3ea\"/>");
            }
            svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
                    .append(span * b.value() / max).append("\" height=\"").append(BAR).append("\" fill=\"#1676f3\"/>")
                    .append("<text x=\"").append(LABEL + span * Math.max(b.value(), b.whole()) / max + 4)
                    .append("\" y=\"").append(y + BAR - 6).append("\" font-size=\"12\">").append(b.value())
                    .append(b.whole() > 0 ? "/" + b.whole() : "").append("</text>");
            y += BAR + GAP;
        }
        return svg.append("</svg>").toString();
    }

    /** The chart and, beside it, a table with one row per bar: label, value and whole (when there is one). */
    static Div of(String id, String title, List<String> columns, List<Bar> bars) {
        Div chart = new Div(new com.vaadin.flow.component.Html("<div aria-hidden=\"true\">" + svg(title, bars) + "</div>"));
        NativeTable table = new NativeTable();
        table.setCaptionText(title);
        NativeTableRow head = table.getHead().addRow();
        columns.forEach(c -> head.addHeaderCell().setText(c));
        for (Bar b : bars) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(b.label());
            row.addDataCell().setText(String.valueOf(b.value()));
            if (columns.size() > 2) {
                row.addDataCell().setText(String.valueOf(b.whole()));
            }
        }
        Div box = new Div(chart, table);
        box.setId(id);
        box.addClassName("progress-chart");
        box.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)")
                .set("align-items", "flex-start");
        return box;
    }
}
