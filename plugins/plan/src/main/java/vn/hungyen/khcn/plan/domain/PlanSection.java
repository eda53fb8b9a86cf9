package vn.hungyen.khcn.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.SearchFacets;
import vn.hungyen.khcn.content.domain.FacetValues;
import vn.hungyen.khcn.content.domain.Slugs;

/** Mục của kế hoạch: a numbered part of the plan's narrative ("I. Mục đích, yêu cầu", "II.3 …"). */
@Entity
@Table(name = "plan_section")
@PrimaryKeyJoinColumn(name = "id")
@Indexed
public class PlanSection extends ContentItem {

    public static final String TYPE = "plan-section";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    /** Numbering as in the text, e.g. {@code I}, {@code II.1}. */
    @Column(name = "path", nullable = false, length = 64)
    private String path;

    @Column(name = "level", nullable = false)
    private int level;

    @Column(name = "ordinal", nullable = false)
    private int ordinal;

    /** For the narrative of a solution group (II.1 … II.8), the appendix group it describes (1 … 8). */
    @Column(name = "solution_group")
    private @Nullable Integer solutionGroup;

    protected PlanSection() {
        this.plan = null;
        this.path = "";
    }

    public PlanSection(Plan plan, String path, String heading, int level, int ordinal) {
        super(TYPE, Slugs.child(plan.getSlug(), Slugs.of(path)), heading);
        this.plan = plan;
        this.path = path;
        this.level = level;
        this.ordinal = ordinal;
    }

    public Plan getPlan() {
        return plan;
    }

    public String getPath() {
        return path;
    }

    public String getHeading() {
        return getTitle();
    }

    public int getLevel() {
        return level;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public @Nullable Integer getSolutionGroup() {
        return solutionGroup;
    }

    public void setSolutionGroup(@Nullable Integer solutionGroup) {
        this.solutionGroup = solutionGroup;
    }

    /** A section is part of its plan: readers see it only while the plan is published. */
    @Override
    public ContentItem partOf() {
        return plan;
    }

    /** Under the heading in search results: which plan and which part of it ("21/KH-SKHCN — III.1"). */
    @Override
    public String searchSubtitle() {
        return plan.getNumber() + " — " + path;
    }

    /** Search facet: the plan's year. */
    @Override
    protected void contributeFacets(FacetValues facets) {
        facets.add(SearchFacets.YEAR, plan.yearOfIssue());
    }
}
