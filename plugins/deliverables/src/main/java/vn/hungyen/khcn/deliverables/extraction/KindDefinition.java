package vn.hungyen.khcn.deliverables.extraction;

import org.jspecify.annotations.Nullable;

/**
 * Loại kết quả as the data file defines it: the phrase that announces the kind in a plan and how (a counted
 * list or a verb), the sector every item of the kind gets, and whether names end with a place.
 */
public record KindDefinition(String code, String nameVi, String nameEn, String phrase, Announcement announcement,
        @Nullable String topic, boolean placeInName, String where) {

    /** How a plan's text announces items of a kind. */
    public enum Announcement {
        /** "05 quy trình kỹ thuật:" followed by one name a line. */
        LIST,
        /** "xuất bản quy trình kỹ thuật A và B": the verb's object names the items. */
        VERB
    }
}
