package vn.hungyen.khcn.deliverables.extraction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a publication is about a given work: "Quy trình kỹ thuật nuôi ốc nhồi thương phẩm" has the subject
 * "nuôi ốc nhồi thương phẩm", and every word of it is in "Quy trình sản xuất giống và nuôi thương phẩm ốc
 * nhồi"; "chăn nuôi gà Đông Tảo" is not in the procedure for cattle, so that publication has no procedure.
 */
public final class SubjectMatch {

    private SubjectMatch() {
    }

    /** What follows the head phrase in a title: ("Quy trình kỹ thuật nuôi ốc nhồi", "quy trình kỹ thuật") → "nuôi ốc nhồi". */
    public static Optional<String> subject(String title, String headPhrase) {
        Phrase head = Phrase.of(headPhrase);
        if (head.indexIn(title) != 0) {
            return Optional.empty();
        }
        String rest = title.substring(head.endIn(title)).strip();
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }

    public static boolean covers(String title, String subject) {
        return words(title).containsAll(words(subject));
    }

    private static Set<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }
}
