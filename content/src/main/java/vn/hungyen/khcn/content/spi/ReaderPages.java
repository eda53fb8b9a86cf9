package vn.hungyen.khcn.content.spi;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Trang cho bạn đọc: what a module shows on the public page of one of its items beyond the title and the text — a
 * task's code, its activities with months and units, its legal basis with trích yếu — as typed data, so a page written
 * outside the live UI (the static export) shows what the live page shows without knowing the module. Words are
 * bundle keys ({@link Message}); the values are the item's own text.
 */
public interface ReaderPages {

    /** The sections of the item's page in the live page's order; empty for an item of another module. */
    List<Section> sectionsOf(ContentRef item);

    /**
     * A titled part of the page.
     *
     * @param id      a stable anchor name, e.g. {@code task-basis}
     * @param heading the section's heading
     * @param fields  labelled values of the section itself
     * @param entries the things it lists (activities, basis documents), in order
     * @param none    what to say when it lists nothing, {@code null} to leave the section out then
     */
    record Section(String id, Message heading, List<Field> fields, List<Entry> entries, @Nullable Message none) {

        public Section {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(heading, "heading");
            fields = List.copyOf(fields);
            entries = List.copyOf(entries);
        }
    }

    /**
     * One listed thing.
     *
     * @param heading  its heading when it has one (Hoạt động 2), {@code null} otherwise
     * @param title    its title as text, empty when it is only a group of fields
     * @param path     the live page of the item it names, relative to the portal root, {@code null} when it has none
     * @param subtitle the line a reader needs under the title (a legal document's trích yếu), {@code null} when none
     * @param fields   its labelled values
     * @param notes    what the named item's module notes about it (amended, expired)
     */
    record Entry(@Nullable Message heading, String title, @Nullable String path, @Nullable String subtitle,
            List<Field> fields, List<Message> notes) {

        public Entry {
            Objects.requireNonNull(title, "title");
            fields = List.copyOf(fields);
            notes = List.copyOf(notes);
        }
    }

    /**
     * A labelled value: the item's own text followed by qualifiers in words from the bundles
     * ("Quý II — các tháng 4–6 — thường xuyên").
     */
    record Field(Message label, String text, List<Message> qualifiers) {

        public Field {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
            qualifiers = List.copyOf(qualifiers);
        }

        public static Field of(String labelKey, String text) {
            return new Field(Message.of(labelKey), text, List.of());
        }
    }
}
