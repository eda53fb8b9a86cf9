package vn.hungyen.khcn.deliverables.domain;

import vn.hungyen.khcn.content.domain.FacetValues;
import vn.hungyen.khcn.content.domain.SearchFacets;
import vn.hungyen.khcn.deliverables.extraction.FieldClassification;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
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
import vn.hungyen.khcn.content.domain.Slugs;

/**
 * Kết quả nghiên cứu: a research deliverable a task hands over, publishes or manages — a technical procedure,
 * a collective trademark, a management solution, a publication — with its handover metadata and topics. Its
 * tasks are the sources of {@code output} links to it.
 */
@Entity
@Table(name = "deliverable")
@PrimaryKeyJoinColumn(name = "id")
@Indexed
public class Deliverable extends ContentItem {

    public static final String TYPE = "deliverable";
    private static final int SLUG_LENGTH = 90;

    @Column(name = "kind_code", nullable = false, length = 64)
    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16)
    private @Nullable HandoverStatus status;

    @Column(name = "handover_year")
    private @Nullable Integer year;

    /** Đơn vị chủ trì. */
    @Column(name = "responsible_unit", length = 500)
    private @Nullable String responsibleUnit;

    /** Nơi tiếp nhận. */
    @Column(name = "receiving_organisation", length = 500)
    private @Nullable String receivingOrganisation;

    /** Địa bàn, e.g. {@code Phù Cừ}. */
    @Column(name = "locality", length = 200)
    @KeywordField(aggregable = Aggregable.YES)
    private @Nullable String locality;

    @Enumerated(EnumType.STRING)
    @Column(name = "locality_level", length = 16)
    private @Nullable LocalityLevel localityLevel;

    @Column(name = "locality_rule", length = 1000)
    private @Nullable String localityRule;

    /** The sentence of the source the deliverable was read from. */
    @Column(name = "source_sentence", length = 4000)
    private @Nullable String sourceSentence;

    @Column(name = "ordinal", nullable = false)
    private int ordinal;

    /** Whether an editor chose the topics (then imports leave them alone). */
    @Column(name = "topics_by_editor", nullable = false)
    private boolean topicsByEditor;

    @ElementCollection
    @CollectionTable(name = "deliverable_topic", joinColumns = @JoinColumn(name = "deliverable_id"))
    @OrderColumn(name = "position")
    private List<TopicAssignment> topics = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "deliverable_tag", joinColumns = @JoinColumn(name = "deliverable_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", nullable = false, length = 200)
    @KeywordField(aggregable = Aggregable.YES)
    private List<String> tags = new ArrayList<>();

    /** Other spellings of the title ("Giò chả Trai Trang" for the source's "Giò trả Trai Trang"). */
    @ElementCollection
    @CollectionTable(name = "deliverable_alias", joinColumns = @JoinColumn(name = "deliverable_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false, length = 2000)
    private List<String> aliases = new ArrayList<>();

    protected Deliverable() {
        this.kind = "";
    }

    public Deliverable(String title, String kind, int ordinal) {
        super(TYPE, slugFor(title), title);
        this.kind = Slugs.requireValid(kind);
        this.ordinal = ordinal;
    }

    /** A readable, bounded slug: the title folded, cut at a word boundary. */
    public static String slugFor(String title) {
        String slug = Slugs.of(title);
        if (slug.length() <= SLUG_LENGTH) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', SLUG_LENGTH);
        return slug.substring(0, cut > 20 ? cut : SLUG_LENGTH);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = Slugs.requireValid(kind);
    }

    public @Nullable HandoverStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable HandoverStatus status) {
        this.status = status;
    }

    public @Nullable Integer getYear() {
        return year;
    }

    public void setYear(@Nullable Integer year) {
        this.year = year;
    }

    public @Nullable String getResponsibleUnit() {
        return responsibleUnit;
    }

    public void setResponsibleUnit(@Nullable String responsibleUnit) {
        this.responsibleUnit = responsibleUnit;
    }

    public @Nullable String getReceivingOrganisation() {
        return receivingOrganisation;
    }

    public void setReceivingOrganisation(@Nullable String receivingOrganisation) {
        this.receivingOrganisation = receivingOrganisation;
    }

    public @Nullable String getLocality() {
        return locality;
    }

    public @Nullable LocalityLevel getLocalityLevel() {
        return localityLevel;
    }

    public @Nullable String getLocalityRule() {
        return localityRule;
    }

    public void setLocality(@Nullable String name, @Nullable LocalityLevel level, @Nullable String rule) {
        this.locality = name;
        this.localityLevel = name == null ? null : level;
        this.localityRule = name == null ? null : rule;
    }

    public @Nullable String getSourceSentence() {
        return sourceSentence;
    }

    public void setSourceSentence(@Nullable String sourceSentence) {
        this.sourceSentence = sourceSentence == null || sourceSentence.length() <= 4000 ? sourceSentence
                : sourceSentence.substring(0, 4000);
    }

    public int getOrdinal() {
        return ordinal;
    }

    public boolean isTopicsByEditor() {
        return topicsByEditor;
    }

    public List<TopicAssignment> getTopics() {
        return List.copyOf(topics);
    }

    /** Topics chosen by rules; ignored once an editor has chosen. */
    public void setRuleTopics(List<TopicAssignment> chosen) {
        if (!topicsByEditor) {
            topics.clear();
            topics.addAll(chosen);
        }
    }

    /** Topics chosen by an editor: they replace the rules' choice for good. */
    public void setEditorTopics(List<TopicAssignment> chosen) {
        topics.clear();
        topics.addAll(chosen);
        topicsByEditor = true;
    }

    /** Undoes an editor's choice: the rules' topics again, and later imports may change them. */
    public void returnTopicsToRules(List<TopicAssignment> chosen) {
        topicsByEditor = false;
        setRuleTopics(chosen);
    }

    public List<String> getTags() {
        return List.copyOf(tags);
    }

    public void setTags(List<String> values) {
        tags.clear();
        values.stream().distinct().forEach(tags::add);
    }

    public List<String> getAliases() {
        return List.copyOf(aliases);
    }

    public void setAliases(List<String> values) {
        aliases.clear();
        values.stream().distinct().forEach(aliases::add);
    }

    /** Search facets: each topic as "code name" (its field too, so "4 Khoa học nông nghiệp" gathers its sectors), and the year. */
    @Override
    protected void contributeFacets(FacetValues facets) {
        FieldClassification classification = FieldClassification.shared();
        for (TopicAssignment topic : topics) {
            classification.field(topic.getCode()).ifPresent(field -> {
                facets.add(SearchFacets.TOPIC, field.code() + " " + field.nameVi());
                if (field.parentCode() != null) {
                    classification.field(field.parentCode())
                            .ifPresent(parent -> facets.add(SearchFacets.TOPIC, parent.code() + " " + parent.nameVi()));
                }
            });
        }
        if (year != null) {
            facets.add(SearchFacets.YEAR, String.valueOf(year));
        }
    }

    /** schema.org {@code Report} (a {@code CreativeWork}): the year it was delivered and who was responsible. */
    @Override
    protected void describeForSchemaOrg(java.util.Map<String, Object> data) {
        data.put("@type", "Report");
        if (year != null) {
            data.put("datePublished", String.valueOf(year));
        }
        if (responsibleUnit != null) {
            data.put("author", java.util.Map.of("@type", "Organization", "name", responsibleUnit));
        }
        if (!tags.isEmpty()) {
            data.put("keywords", String.join(", ", tags));
        }
        data.put("inLanguage", "vi");
    }
}
