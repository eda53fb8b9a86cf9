package vn.hungyen.khcn.plan.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The server-side SVG: bars scaled to the largest value, and unit names escaped, never markup. */
class BarChartTest {

    @Test
    void bars_are_scaled_to_the_largest_value_and_labels_are_escaped() {
        String svg = BarChart.svg("Tiến độ theo đơn vị", List.of(
                new BarChart.Bar("Văn phòng Sở", 3, 12),
                new BarChart.Bar("<script>alert(1)</script> & Chi cục", 6, 6)));
        assertThat(svg).startsWith("<svg ").contains("<title>Tiến độ theo đơn vị</title>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Chi cục").doesNotContain("<script>")
                .contains(">3/12<", ">6/6<");
        // 330 px of bar for the largest value (12): 3 of 12 is a quarter of it.
        assertThat(svg).contains("width=\"330\" height=\"20\" fill=\"#dde3ea\"", "width=\"82\" height=\"20\" fill=\"#1676f3\"");
    }
}
