package vn.hungyen.khcn.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.LongText;
import vn.hungyen.khcn.content.domain.SearchFacets;
import vn.hungyen.khcn.content.domain.FacetValues;
import vn.hungyen.khcn.content.domain.Slugs;

/** Nhiệm vụ, giải pháp: a numbered task of the plan's appendix (1.1 … 8.1), with its activities. */
@Entity
@Table(name = "plan_task")
@PrimaryKeyJoinColumn(name = "id")
@Indexed
public class PlanTask extends ContentItem {

    public static final String TYPE = "plan-task";
    /** How the plan's text calls a task, before its number: the word its search name starts with. */
    static final String NAMED_AS = "Nhiệm vụ";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private PlanGroup group;

    /** Số thứ tự, e.g. {@code 4.2}, {@code 1.2.1}, or as another document numbers it: {@code II.3}, {@code 2.a}. */
    @Column(name = "code", nullable = false, length = 32)
    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    private String code;

    @Column(name = "parent_code", length = 32)
    private @Nullable String parentCode;

    @Column(name = "ordinal", nullable = false)
    private int ordinal;

    /** Chỉ tiêu/sản phẩm of the task row, in {@code StructuredText} storage form. */
    @Column(name = "target", length = LongText.LENGTH)
    private @Nullable String target;

    @Column(name = "source_line", nullable = false)
    private int sourceLine;

    @OneToMany(mappedBy = "task", fetch = FetchType.LAZY)
    @OrderBy("ordinal")
    private List<Activity> activities = new ArrayList<>();

    protected PlanTask() {
        this.plan = null;
        this.group = null;
        this.code = "";
    }

    public PlanTask(Plan plan, PlanGroup group, String code, String title, int ordinal) {
        super(TYPE, slugFor(plan, code), title);
        this.plan = plan;
        this.group = group;
        this.code = code;
        this.ordinal = ordinal;
    }

    /** Codes read from any document may be "I.3" or "2.a": the slug is the code in lower case, the URL the code. */
    public static String slugFor(Plan plan, String code) {
        return Slugs.child(plan.getSlug(), code.toLowerCase(java.util.Locale.ROOT));
    }

    public Plan getPlan() {
        return plan;
    }

    public PlanGroup getGroup() {
        return group;
    }

    public String getCode() {
        return code;
    }

    /** A result shows the task as the plan numbers it: "4.2. Triển khai hiệu quả…". */
    @Override
    public String searchLabel() {
        return code;
    }

    /**
     * Staff call a task by its number, with or without the word the plan's appendix heads its column with: "5.3" and
     * "nhiệm vụ 5.3" find it first. Searched, never shown (the visible type name comes from the bundle).
     */
    @Override
    public String searchNames() {
        return NAMED_AS + " " + code;
    }

    public @Nullable String getParentCode() {
        return parentCode;
    }

    public void setParentCode(@Nullable String parentCode) {
        this.parentCode = parentCode;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public @Nullable String getTarget() {
        return target;
    }

    public void setTarget(@Nullable String target) {
        this.target = target;
    }

    public int getSourceLine() {
        return sourceLine;
    }

    public void setSourceLine(int sourceLine) {
        this.sourceLine = sourceLine;
    }

    public List<Activity> getActivities() {
        return activities;
    }

    /** A task is part of its plan: readers see it only while the plan is published. */
    @Override
    public ContentItem partOf() {
        return plan;
    }

    /** Search facets: the task's group ("I. Cải cách hành chính, …") and the plan's year. */
    @Override
    protected void contributeFacets(FacetValues facets) {
        facets.add(SearchFacets.GROUP, group.facetLabel())
                .add(SearchFacets.YEAR, plan.yearOfIssue());
    }
}
