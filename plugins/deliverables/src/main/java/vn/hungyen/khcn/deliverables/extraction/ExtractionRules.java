package vn.hungyen.khcn.deliverables.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hungyen.khcn.deliverables.domain.HandoverStatus;
import vn.hungyen.khcn.deliverables.domain.LocalityLevel;

/**
 * Every rule the extractor and the classifier apply, loaded from the module's data files under
 * {@code deliverables/}: kinds, topic and tag rules, spelling variants, status phrases, locality markers and
 * references. A rule naming an unknown kind, sector, status or level is refused at load.
 */
public final class ExtractionRules {

    private static final String DIR = "deliverables/";
    // A place name: capitalised syllables, e.g. "Phù Cừ", "Hưng Yên", "Đại Tập".
    private static final String PROPER_NAME = "\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*)*";
    private static final Pattern TRAILING_PLACE = Pattern.compile("\\s(" + PROPER_NAME + ")\\s*$");

    private final FieldClassification classification;
    private final List<KindDefinition> kinds;
    private final List<Rule<String>> topicRules;
    private final List<Rule<String>> tagRules;
    private final Map<Phrase, String> spellings;
    private final List<Rule<HandoverStatus>> statusRules;
    private final List<Marker> localityMarkers;
    private final List<ReferenceRule> referenceRules;

    /** A phrase and what it gives, with where the rule is written. */
    record Rule<T>(Phrase phrase, T value, String where) {
    }

    private record Marker(Pattern pattern, String marker, LocalityLevel level, String where) {
    }

    /** "nhãn hiệu của tỉnh đã được bảo hộ" → every trademark, relation {@code managed}. */
    public record ReferenceRule(String phrase, String kind, String relation, String where) {
    }

    private ExtractionRules(FieldClassification classification) {
        this.classification = classification;
        this.kinds = Tsv.read(DIR + "kinds.tsv", 7).stream().map(this::kind).toList();
        this.topicRules = Tsv.read(DIR + "topic-rules.tsv", 2).stream()
                .map(r -> new Rule<>(Phrase.of(r.cell(0)), classification.require(r.cell(1)).code(), r.where()))
                .toList();
        this.tagRules = Tsv.read(DIR + "tag-rules.tsv", 2).stream()
                .map(r -> new Rule<>(Phrase.of(r.cell(0)), r.cell(1), r.where())).toList();
        Map<Phrase, String> spelling = new LinkedHashMap<>();
        Tsv.read(DIR + "spelling-variants.tsv", 2).forEach(r -> spelling.put(Phrase.of(r.cell(0)), r.cell(1)));
        this.spellings = spelling;
        this.statusRules = Tsv.read(DIR + "statuses.tsv", 2).stream()
                .map(r -> new Rule<>(Phrase.of(r.cell(0)), HandoverStatus.valueOf(r.cell(1)), r.where())).toList();
        this.localityMarkers = Tsv.read(DIR + "locality-markers.tsv", 2).stream()
                .map(r -> new Marker(Pattern.compile("(?<!\\p{L})" + Pattern.quote(r.cell(0)) + "\\s+(" + PROPER_NAME + ")"),
                        r.cell(0), LocalityLevel.valueOf(r.cell(1)), r.where()))
                .toList();
        this.referenceRules = Tsv.read(DIR + "references.tsv", 3).stream()
                .map(r -> new ReferenceRule(r.cell(0), requireKind(r.cell(1)).code(), r.cell(2), r.where())).toList();
    }

    public static ExtractionRules load() {
        return new ExtractionRules(FieldClassification.load());
    }

    private KindDefinition kind(Tsv.Row r) {
        String topic = r.cell(5);
        if (!topic.isEmpty()) {
            classification.require(topic);
        }
        return new KindDefinition(r.cell(0), r.cell(1), r.cell(2), r.cell(3),
                KindDefinition.Announcement.valueOf(r.cell(4).toUpperCase(Locale.ROOT)), topic.isEmpty() ? null : topic,
                "yes".equals(r.cell(6)), r.where());
    }

    public FieldClassification classification() {
        return classification;
    }

    public List<KindDefinition> kinds() {
        return kinds;
    }

    public KindDefinition requireKind(String code) {
        return kinds.stream().filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no deliverable kind '" + code + "' in kinds.tsv"));
    }

    public List<ReferenceRule> referenceRules() {
        return referenceRules;
    }

    /** The common spellings of a name the source spells otherwise: "Giò trả Trai Trang" → "Giò chả Trai Trang". */
    public List<String> aliases(String name) {
        List<String> result = new ArrayList<>();
        spellings.forEach((source, common) -> {
            if (source.foundIn(name)) {
                result.add(source.pattern().matcher(name).replaceAll(Matcher.quoteReplacement(common)));
            }
        });
        return result;
    }

    /**
     * The sectors for a deliverable: every topic rule whose phrase is in one of its names (title and aliases),
     * then the sector of its kind; each sector once, with the first rule that gave it.
     */
    public List<TopicChoice> topics(List<String> names, KindDefinition kind) {
        Map<String, TopicChoice> chosen = new LinkedHashMap<>();
        for (Rule<String> rule : topicRules) {
            names.stream().filter(rule.phrase()::foundIn).findFirst().ifPresent(name -> chosen.putIfAbsent(rule.value(),
                    new TopicChoice(rule.value(), TopicRule.ofPhrase(rule.phrase().text(), rule.value(), rule.where())
                            .toString())));
        }
        if (kind.topic() != null) {
            chosen.putIfAbsent(kind.topic(), new TopicChoice(kind.topic(),
                    TopicRule.ofKind(kind.code(), kind.topic(), kind.where()).toString()));
        }
        return List.copyOf(chosen.values());
    }

    public List<String> tags(List<String> names) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        tagRules.stream().filter(r -> names.stream().anyMatch(r.phrase()::foundIn)).forEach(r -> tags.add(r.value()));
        return List.copyOf(tags);
    }

    /** The status the sentence announcing a deliverable gives it: the first status phrase of the file found. */
    public Optional<HandoverStatus> status(String sentence) {
        return statusRules.stream().filter(r -> r.phrase().foundIn(sentence)).map(Rule::value).findFirst();
    }

    /**
     * The locality a name states: a marker and a capitalised name ("huyện Phù Cừ", "tỉnh Hưng Yên"), the most
     * precise one when there are several; else, for kinds whose names end with a place, that place
     * ("Mộc Đại Tập" → "Đại Tập", level not stated).
     */
    public Optional<Place> place(String name, KindDefinition kind) {
        Place best = null;
        for (Marker marker : localityMarkers) {
            Matcher m = marker.pattern().matcher(name);
            if (m.find() && (best == null || marker.level().compareTo(best.level()) > 0)) {
                best = new Place(m.group(1), marker.level(), "“" + marker.marker() + " " + m.group(1) + "” ("
                        + marker.where() + ")");
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        if (kind.placeInName()) {
            // The first word is the product ("Mộc", "Hương", "Hoa, cây cảnh"), capitalised as the name's start.
            int firstSpace = name.indexOf(' ');
            Matcher m = TRAILING_PLACE.matcher(name);
            if (firstSpace > 0 && m.find(firstSpace) && m.start(1) > firstSpace) {
                return Optional.of(new Place(m.group(1), LocalityLevel.PLACE,
                        "tên gọi kết thúc bằng địa danh (" + kind.where() + ")"));
            }
        }
        return Optional.empty();
    }
}
