package vn.hungyen.khcn.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Chỉ tiêu định lượng: a number read from a target, e.g. "Công nhận 20-25 sáng kiến" → 20..25 sáng kiến. */
@Embeddable
public class KpiValue {

    @Column(name = "text", nullable = false, length = 1000)
    private String text;

    @Column(name = "min_value", precision = 19, scale = 4)
    private @Nullable BigDecimal min;

    @Column(name = "max_value", precision = 19, scale = 4)
    private @Nullable BigDecimal max;

    @Column(name = "unit", length = 200)
    private @Nullable String unit;

    protected KpiValue() {
        this.text = "";
    }

    public KpiValue(String text, @Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable String unit) {
        this.text = text;
        this.min = min;
        this.max = max;
        this.unit = unit;
    }

    public String getText() {
        return text;
    }

    public @Nullable BigDecimal getMin() {
        return min;
    }

    public @Nullable BigDecimal getMax() {
        return max;
    }

    public @Nullable String getUnit() {
        return unit;
    }
}
