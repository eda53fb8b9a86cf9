package vn.hungyen.khcn.deliverables.service;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.deliverables.domain.HandoverStatus;
import vn.hungyen.khcn.deliverables.domain.LocalityLevel;

/** Read models of deliverables for pages and the API: plain values, loaded in one transaction. */
public final class DeliverableViews {

    private DeliverableViews() {
    }

    /** A sector or field with its names and, on a deliverable, the rule that gave it. */
    public record TopicView(String code, String nameVi, String nameEn, @Nullable String rule) {

        public String name(boolean english) {
            return english ? nameEn : nameVi;
        }
    }

    public record KindView(String code, String nameVi, String nameEn) {

        public String name(boolean english) {
            return english ? nameEn : nameVi;
        }
    }

    /** What a card and the API show of a deliverable. */
    public record DeliverableCard(String slug, String path, String title, KindView kind, List<TopicView> topics,
            List<String> taskCodes, @Nullable HandoverStatus status, @Nullable Integer year, @Nullable String locality,
            @Nullable LocalityLevel localityLevel, List<String> tags, List<String> aliases) {
    }

    /** A link to another item: a task, a legal document, a deliverable. */
    public record ItemLink(String title, @Nullable String path, @Nullable String kind, @Nullable String evidence) {
    }

    /** A task that produced, published or manages the deliverable, with the task's own legal basis. */
    public record TaskLink(String code, String title, @Nullable String path, @Nullable String relation,
            @Nullable String evidence, List<ItemLink> legalBasis) {
    }

    public record DeliverableDetail(DeliverableCard card, @Nullable String sourceSentence,
            @Nullable String responsibleUnit, @Nullable String receivingOrganisation, @Nullable String localityRule,
            boolean topicsByEditor, List<TaskLink> tasks, List<ItemLink> publishes, List<ItemLink> publishedAs,
            List<DeliverableCard> related) {
    }

    /** A node of the topic tree: a field or sector and how many deliverables are in it (sectors included). */
    public record TopicNode(String code, String nameVi, String nameEn, long count, List<TopicNode> children) {

        public String name(boolean english) {
            return english ? nameEn : nameVi;
        }
    }

    public record KindCount(KindView kind, long count) {
    }

    public record LocalityCount(String name, @Nullable LocalityLevel level, long count) {
    }

    /** What a task states and what it names: "21 đề tài, dự án", 19 named. {@code slug} identifies the task to editors. */
    public record TaskCoverage(String slug, String code, String title, @Nullable String path, @Nullable Integer stated, int named,
            List<GroupCoverage> groups) {

        /** Whether the task states more results than it names: editors may add the rest. */
        public boolean hasUnnamed() {
            return stated != null && named < stated;
        }
    }

    public record GroupCoverage(KindView kind, int stated, int named) {
    }
}
