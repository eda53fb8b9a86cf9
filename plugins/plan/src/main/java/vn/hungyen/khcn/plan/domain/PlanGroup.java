package vn.hungyen.khcn.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import vn.hungyen.khcn.content.domain.ContentChanges;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Nhóm nhiệm vụ, giải pháp: one of the appendix's groups I … VIII that the plan's tasks belong to. */
@Entity
@EntityListeners(ContentChanges.Listener.class)
@Table(name = "plan_group")
public class PlanGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    /** Roman numeral as printed: I … VIII. */
    @Column(name = "numeral", nullable = false, length = 8)
    private String numeral;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "title", nullable = false, length = 2000)
    private String title;

    protected PlanGroup() {
        this.plan = null;
        this.numeral = "";
        this.title = "";
    }

    public PlanGroup(Plan plan, String numeral, int number, String title) {
        this.plan = plan;
        this.numeral = numeral;
        this.number = number;
        this.title = title;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public String getNumeral() {
        return numeral;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    /** The group as the group search facet shows it: "I. Cải cách hành chính, tổ chức bộ máy, …". */
    public String facetLabel() {
        return numeral + ". " + title;
    }
}
