package vn.hungyen.khcn.plan.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.plan.importer.StructuredText;

/** Read models of the plan for pages and the API: plain values, loaded in one transaction. */
public final class PlanViews {

    private PlanViews() {
    }

    public record PlanSummary(String slug, String number, @Nullable LocalDate issuedOn, String title,
            @Nullable String issuer, @Nullable String signer) {
    }

    public record SectionView(String path, String heading, String text, int level, @Nullable Integer solutionGroup) {

        /**
         * The section's number as the plan prints it ("2.5"): its path without the part it is in, which the path
         * carries only to keep numbers unique ("II_2.5").
         */
        public String number() {
            return path.substring(path.lastIndexOf('_') + 1);
        }
    }

    public record GroupView(String numeral, int number, String title, List<TaskView> tasks) {
    }

    public record TaskView(String planSlug, String code, @Nullable String parentCode, String title, int groupNumber,
            String groupNumeral, String groupTitle, StructuredText target, List<ActivityView> activities,
            List<LinkView> legalBasis, List<LinkView> outputs) {

        public boolean involves(String unit) {
            return activities.stream().anyMatch(a -> a.involves(unit));
        }

        public boolean activeIn(int month) {
            return activities.stream().anyMatch(a -> a.months().contains(month));
        }
    }

    public record ActivityView(int ordinal, StructuredText requirement, StructuredText target,
            @Nullable String timeframeText, List<Integer> months, boolean recurring, boolean externallySet,
            List<String> leadUnits, List<String> implementingUnits, List<String> coordinatingUnits,
            @Nullable String note, List<KpiView> kpis, int sourceLine) {

        public boolean involves(String unit) {
            return leadUnits.contains(unit) || implementingUnits.contains(unit) || coordinatingUnits.contains(unit);
        }
    }

    public record KpiView(String text, @Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable String unit) {
    }

    /**
     * A link from a task to another item, e.g. its legal basis; {@code path} is the target's page. A {@code kind} is
     * named in the bundles under {@code link.kind.<kind>} by the module that writes it. {@code subtitle} is the line a
     * reader needs under the title (a legal document's trích yếu under its number), {@code notes} what the target's
     * module tells about it (a basis "đã được sửa đổi, bổ sung bởi …"); both on a task's own page only.
     */
    public record LinkView(String title, String type, @Nullable String kind, @Nullable String path,
            @Nullable String evidence, @Nullable String subtitle, List<Message> notes) {

        public LinkView {
            notes = List.copyOf(notes);
        }
    }

    /** What one unit leads, implements and coordinates in a plan. */
    public record UnitWork(String slug, String name, @Nullable String shortName, List<String> aliases,
            List<TaskActivity> leads, List<TaskActivity> implementsActivities, List<TaskActivity> coordinates) {
    }

    public record TaskActivity(String taskCode, String taskTitle, int ordinal, String requirement,
            @Nullable String timeframeText) {
    }
}
