package vn.hungyen.khcn.deliverables.extraction;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one task's text says about deliverables: how many it states, which it names, and which existing
 * deliverables it refers to without naming them.
 *
 * @param statedTotal "21 đề tài, dự án" → 21; null when the text states no total
 * @param groups      each counted list: its kind, the count it states and how many names followed
 * @param named       the named deliverables, in text order
 * @param references  sentences that refer to every deliverable of a kind
 */
public record TaskExtraction(@Nullable Integer statedTotal, List<StatedGroup> groups, List<ExtractedDeliverable> named,
        List<Reference> references) {

    public TaskExtraction {
        groups = List.copyOf(groups);
        named = List.copyOf(named);
        references = List.copyOf(references);
    }

    public boolean isEmpty() {
        return named.isEmpty() && references.isEmpty() && statedTotal == null;
    }

    /** "05 quy trình kỹ thuật" followed by 5 names: kind {@code procedure}, stated 5, named 5. */
    public record StatedGroup(String kind, int stated, int named, String heading) {
    }

    /** "Quản lý và phát triển 03-05 nhãn hiệu của tỉnh đã được bảo hộ": every trademark, relation managed. */
    public record Reference(String kind, String relation, String sentence, String rule) {
    }
}
