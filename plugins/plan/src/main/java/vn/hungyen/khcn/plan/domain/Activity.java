package vn.hungyen.khcn.plan.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import java.time.LocalDate;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.LongText;
import vn.hungyen.khcn.content.domain.SearchFacets;
import vn.hungyen.khcn.content.domain.FacetValues;
import vn.hungyen.khcn.content.domain.Slugs;

/**
 * Hoạt động: one requirement of a task with its target, timeframe and units — a sub-row of the appendix, or
 * one of several items that share a cell.
 */
@Entity
@Table(name = "plan_activity")
@PrimaryKeyJoinColumn(name = "id")
@Indexed
public class Activity extends ContentItem {

    public static final String TYPE = "plan-activity";
    private static final int ALL_MONTHS = 0xFFF;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    private PlanTask task;

    @Column(name = "ordinal", nullable = false)
    private int ordinal;

    /** Yêu cầu, nhiệm vụ cụ thể, in {@code StructuredText} storage form. */
    @Column(name = "requirement", length = LongText.LENGTH)
    private @Nullable String requirement;

    /** Chỉ tiêu/sản phẩm, in {@code StructuredText} storage form. */
    @Column(name = "target", length = LongText.LENGTH)
    private @Nullable String target;

    /** Thời gian thực hiện as written. */
    @Column(name = "timeframe_text", length = 1000)
    private @Nullable String timeframeText;

    /** Months 1..12 as bits 0..11. */
    @Column(name = "months", nullable = false)
    private int months;

    @Column(name = "recurring", nullable = false)
    private boolean recurring;

    /** The timeframe is set by another body's plan ("Theo Kế hoạch của Sở Nội vụ"). */
    @Column(name = "externally_set", nullable = false)
    private boolean externallySet;

    @Column(name = "note", length = 2000)
    private @Nullable String note;

    /** Thời hạn as dates, when the document gave them (a plan read by the intake); the bundled plan has months. */
    @Column(name = "deadline_from")
    private @Nullable LocalDate deadlineFrom;

    @Column(name = "deadline_to")
    private @Nullable LocalDate deadlineTo;

    /** How the deadline recurs: continuous, yearly, quarterly, monthly, weekly; {@code null} when it does not. */
    @Column(name = "deadline_recurrence", length = 16)
    private @Nullable String deadlineRecurrence;

    @Column(name = "source_line", nullable = false)
    private int sourceLine;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_activity_unit", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    private List<ActivityUnit> units = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "plan_activity_kpi", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    private List<KpiValue> kpis = new ArrayList<>();

    protected Activity() {
        this.task = null;
    }

    public Activity(PlanTask task, int ordinal, String title) {
        super(TYPE, Slugs.child(task.getSlug(), String.valueOf(ordinal)), title);
        this.task = task;
        this.ordinal = ordinal;
    }

    public PlanTask getTask() {
        return task;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public @Nullable String getRequirement() {
        return requirement;
    }

    public void setRequirement(@Nullable String requirement) {
        this.requirement = requirement;
    }

    public @Nullable String getTarget() {
        return target;
    }

    public void setTarget(@Nullable String target) {
        this.target = target;
    }

    public @Nullable String getTimeframeText() {
        return timeframeText;
    }

    public List<Integer> getMonths() {
        return IntStream.rangeClosed(1, 12).filter(this::isActiveIn).boxed().toList();
    }

    public boolean isActiveIn(int month) {
        return month >= 1 && month <= 12 && (months & (1 << (month - 1))) != 0;
    }

    public void setTimeframe(@Nullable String text, List<Integer> activeMonths, boolean recurring, boolean externallySet) {
        int mask = 0;
        for (int month : activeMonths) {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("not a month: " + month);
            }
            mask |= 1 << (month - 1);
        }
        this.timeframeText = text;
        this.months = mask & ALL_MONTHS;
        this.recurring = recurring;
        this.externallySet = externallySet;
    }

    public boolean isRecurring() {
        return recurring;
    }

    public boolean isExternallySet() {
        return externallySet;
    }

    public @Nullable LocalDate getDeadlineFrom() {
        return deadlineFrom;
    }

    public @Nullable LocalDate getDeadlineTo() {
        return deadlineTo;
    }

    public @Nullable String getDeadlineRecurrence() {
        return deadlineRecurrence;
    }

    public void setDeadline(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String recurrence) {
        this.deadlineFrom = from;
        this.deadlineTo = to;
        this.deadlineRecurrence = recurrence;
    }

    public @Nullable String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note;
    }

    public int getSourceLine() {
        return sourceLine;
    }

    public void setSourceLine(int sourceLine) {
        this.sourceLine = sourceLine;
    }

    public List<ActivityUnit> getUnits() {
        return List.copyOf(units);
    }

    public List<Organisation> unitsIn(UnitRole role) {
        return units.stream().filter(u -> u.getRole() == role).map(ActivityUnit::getOrganisation).toList();
    }

    public void addUnit(Organisation organisation, UnitRole role) {
        units.add(new ActivityUnit(organisation, role));
    }

    public List<KpiValue> getKpis() {
        return List.copyOf(kpis);
    }

    public void addKpi(KpiValue kpi) {
        kpis.add(kpi);
    }

    /** An activity is part of its task: readers see it only with its task (and the task's plan). */
    @Override
    public ContentItem partOf() {
        return task;
    }

    /**
     * Under the activity in search results: its task ("1.4. Công tác pháp chế"); stored only while the task is
     * visible ({@link ContentItem#searchSubtitleForReaders()}).
     */
    @Override
    public String searchSubtitle() {
        return task.getCode() + ". " + task.getTitle();
    }

    /** Search facets: the task's group, the lead units (phòng/đơn vị chủ trì) and the plan's year. */
    @Override
    protected void contributeFacets(FacetValues facets) {
        facets.add(SearchFacets.GROUP, task.getGroup().facetLabel())
                .addAll(SearchFacets.LEAD_UNIT, unitsIn(UnitRole.LEAD).stream().map(Organisation::getName).toList())
                .add(SearchFacets.YEAR, task.getPlan().yearOfIssue());
    }
}
