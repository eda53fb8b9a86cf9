package vn.hungyen.khcn.deliverables.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.deliverables.extraction.KindDefinition.Announcement;
import vn.hungyen.khcn.deliverables.extraction.TaskExtraction.Reference;
import vn.hungyen.khcn.deliverables.extraction.TaskExtraction.StatedGroup;

/**
 * Reads the deliverables a plan task names from its text (one paragraph or list item a line), by three rules:
 * <ol>
 * <li>a numbered sentence with a count before a kind's phrase heads a list: "1. Nghiệm thu và bàn giao 05 quy
 * trình kỹ thuật …:" and the lines after it, up to the next numbered sentence, are the names;</li>
 * <li>a kind announced by a verb names its items in the verb's object: "xuất bản … quy trình kỹ thuật nuôi ốc
 * nhồi thương phẩm và chăn nuôi gà Đông Tảo" gives two publications;</li>
 * <li>a sentence with a reference phrase refers to every deliverable of a kind.</li>
 * </ol>
 * The total the task states ("21 đề tài, dự án") is kept beside the names, so what is named and what is not
 * can be shown honestly.
 */
public final class DeliverableExtractor {

    private static final Pattern NUMBERED = Pattern.compile("^\\d+\\.\\s+(.*)$");
    private static final Pattern COUNT = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,3})\\s+");
    // "kết quả nghiên cứu 21 đề tài, dự án": the results of that many projects (not "tuyển chọn 27 đề tài").
    private static final Pattern STATED_TOTAL = Pattern.compile("kết quả nghiên cứu\\s+(\\d{1,3})\\s+đề tài,?\\s+dự án");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern AND = Pattern.compile("\\s+và\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s;,.:]+$");

    private final ExtractionRules rules;

    public DeliverableExtractor(ExtractionRules rules) {
        this.rules = rules;
    }

    public TaskExtraction extract(String taskText) {
        List<String> lines = taskText.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<StatedGroup> groups = new ArrayList<>();
        List<ExtractedDeliverable> named = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Optional<ListHeading> heading = listHeading(line);
            if (heading.isPresent()) {
                int first = named.size();
                int j = i + 1;
                for (; j < lines.size() && !NUMBERED.matcher(lines.get(j)).matches(); j++) {
                    add(named, seen, clean(lines.get(j)), heading.get().kind(), lines.get(j), line);
                }
                groups.add(new StatedGroup(heading.get().kind().code(), heading.get().count(), named.size() - first, line));
                i = j - 1;
                continue;
            }
            for (String[] item : verbObjects(line)) {
                add(named, seen, item[1], rules.requireKind(item[0]), line, line);
            }
        }
        return new TaskExtraction(statedTotal(lines), groups, named, references(lines));
    }

    private record ListHeading(KindDefinition kind, int count) {
    }

    /** "1. … 05 quy trình kỹ thuật …:" → (procedure, 5): the first count followed by a list kind's phrase. */
    private Optional<ListHeading> listHeading(String line) {
        Matcher numbered = NUMBERED.matcher(line);
        if (!numbered.matches()) {
            return Optional.empty();
        }
        String sentence = numbered.group(1);
        Matcher count = COUNT.matcher(sentence);
        while (count.find()) {
            String rest = sentence.substring(count.end());
            for (KindDefinition kind : rules.kinds()) {
                if (kind.announcement() == Announcement.LIST && Phrase.of(kind.phrase()).indexIn(rest) == 0) {
                    return Optional.of(new ListHeading(kind, Integer.parseInt(count.group(1))));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Biên tập, xuất bản và phổ biến quy trình kỹ thuật A và B" → [publication, "Quy trình kỹ thuật A"],
     * [publication, "Quy trình kỹ thuật B"]: a verb kind's phrase, then a list kind's phrase as the object's head.
     */
    private List<String[]> verbObjects(String line) {
        List<String[]> items = new ArrayList<>();
        for (KindDefinition verb : rules.kinds()) {
            if (verb.announcement() != Announcement.VERB) {
                continue;
            }
            int afterVerb = Phrase.of(verb.phrase()).endIn(line);
            if (afterVerb < 0) {
                continue;
            }
            String object = line.substring(afterVerb);
            for (KindDefinition head : rules.kinds()) {
                Phrase headPhrase = Phrase.of(head.phrase());
                int at = headPhrase.indexIn(object);
                if (head.announcement() != Announcement.LIST || at < 0) {
                    continue;
                }
                String headText = object.substring(at, headPhrase.endIn(object));
                for (String part : AND.split(clean(object.substring(headPhrase.endIn(object))))) {
                    if (!part.isBlank()) {
                        items.add(new String[] {verb.code(), capitalise(headText) + " " + part.strip()});
                    }
                }
                return items;
            }
        }
        return items;
    }

    private void add(List<ExtractedDeliverable> named, Set<String> seen, String title, KindDefinition kind,
            String sentence, String heading) {
        if (title.isEmpty() || !seen.add(title)) {
            return;
        }
        List<String> aliases = rules.aliases(title);
        List<String> names = new ArrayList<>();
        names.add(title);
        names.addAll(aliases);
        named.add(new ExtractedDeliverable(title, kind.code(), rules.status(heading).orElse(null), sentence, heading,
                named.size() + 1, aliases, rules.topics(names, kind), rules.tags(names),
                rules.place(title, kind).orElse(null)));
    }

    private List<Reference> references(List<String> lines) {
        List<Reference> refs = new ArrayList<>();
        for (ExtractionRules.ReferenceRule rule : rules.referenceRules()) {
            Phrase phrase = Phrase.of(rule.phrase());
            // The target ("03-05 nhãn hiệu …") says more than the task's title: a sentence with a count first.
            List<String> matching = lines.stream().filter(phrase::foundIn).toList();
            matching.stream().filter(l -> DIGIT.matcher(l).find()).findFirst()
                    .or(() -> matching.stream().findFirst()).ifPresent(line -> refs.add(
                    new Reference(rule.kind(), rule.relation(), line, "“" + rule.phrase() + "” (" + rule.where() + ")")));
        }
        return refs;
    }

    private static @Nullable Integer statedTotal(List<String> lines) {
        for (String line : lines) {
            Matcher m = STATED_TOTAL.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return null;
    }

    private static String clean(String item) {
        return TRAILING_PUNCTUATION.matcher(item.strip()).replaceAll("");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }
}
