package vn.hungyen.khcn.deliverables.extraction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Why a deliverable has a topic: a phrase of its name ({@code “ốc nhồi” → 405 (topic-rules.tsv:13)}), its kind
 * ({@code loại trademark → 502 (kinds.tsv:10)}) or an editor's choice with the editor's note
 * ({@code biên tập viên: làng nghề mộc}). Stored with the topic in that written form, which stays the audit trail;
 * this is the one place that writes it and reads it back, so a page can say it in words of the bundles.
 *
 * @param phrase     the phrase found in the name, {@code null} unless a rule of a phrase
 * @param kind       the kind's code, {@code null} unless a rule of a kind
 * @param editorNote the editor's note, {@code null} unless an editor chose the topic
 * @param topic      the topic a rule gives, {@code null} for an editor's choice
 * @param where      the rule's file and line, {@code null} for an editor's choice
 */
public record TopicRule(@Nullable String phrase, @Nullable String kind, @Nullable String editorNote,
        @Nullable String topic, @Nullable String where) {

    private static final Pattern PHRASE = Pattern.compile("“(.+)” → (\\S+) \\((.+)\\)");
    private static final Pattern KIND = Pattern.compile("loại (\\S+) → (\\S+) \\((.+)\\)");
    private static final String EDITOR = "biên tập viên: ";

    public static TopicRule ofPhrase(String phrase, String topic, String where) {
        return new TopicRule(phrase, null, null, topic, where);
    }

    public static TopicRule ofKind(String kind, String topic, String where) {
        return new TopicRule(null, kind, null, topic, where);
    }

    public static TopicRule ofEditor(String note) {
        return new TopicRule(null, null, note, null, null);
    }

    /** The stored form read back; empty for a text this class did not write. */
    public static Optional<TopicRule> read(String stored) {
        if (stored.startsWith(EDITOR)) {
            return Optional.of(ofEditor(stored.substring(EDITOR.length())));
        }
        Matcher m = PHRASE.matcher(stored);
        if (m.matches()) {
            return Optional.of(ofPhrase(m.group(1), m.group(2), m.group(3)));
        }
        m = KIND.matcher(stored);
        return m.matches() ? Optional.of(ofKind(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    /** The stored form. */
    @Override
    public String toString() {
        if (editorNote != null) {
            return EDITOR + editorNote;
        }
        return (phrase != null ? "“" + phrase + "”" : "loại " + kind) + " → " + topic + " (" + where + ")";
    }
}
