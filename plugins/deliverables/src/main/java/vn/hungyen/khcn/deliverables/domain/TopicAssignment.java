package vn.hungyen.khcn.deliverables.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Một lĩnh vực được gán: a sector of the S&T classification given to a deliverable, and the rule or editor that gave it. */
@Embeddable
public class TopicAssignment {

    @Column(name = "code", nullable = false, length = 16)
    private String code;

    @Column(name = "rule_text", nullable = false, length = 1000)
    private String rule;

    protected TopicAssignment() {
        this.code = "";
        this.rule = "";
    }

    public TopicAssignment(String code, String rule) {
        this.code = Objects.requireNonNull(code, "code");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public String getCode() {
        return code;
    }

    public String getRule() {
        return rule;
    }
}
