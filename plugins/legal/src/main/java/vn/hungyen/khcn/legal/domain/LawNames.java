package vn.hungyen.khcn.legal.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.content.domain.Slugs;

/**
 * Sổ tên luật: laws and codes by the name texts cite them with ({@code legal/law-names.tsv}), so "Căn cứ Luật Tổ
 * chức chính quyền địa phương ngày 19 tháng 6 năm 2015" resolves to 77/2015/QH13. Names are compared without marks
 * or case ("Luật ban hành văn bản …" is "Luật Ban hành văn bản …").
 */
final class LawNames {

    static final String RESOURCE = "/legal/law-names.tsv";
    private static final LawNames INSTANCE = load();

    /** One version of a law: its number, its name and the name's folded form. */
    record Law(DocumentNumber number, String name, String key) {
    }

    private final List<Law> laws;

    private LawNames(List<Law> laws) {
        this.laws = laws;
    }

    static LawNames get() {
        return INSTANCE;
    }

    private static LawNames load() {
        return new LawNames(DataTable.read(RESOURCE, 2).stream()
                .map(f -> new Law(DocumentNumber.parse(f[0]), f[1], Slugs.of(f[1]))).toList());
    }

    /**
     * The law whose name the text starts with (the longest such name), in the version of {@code year} when the text
     * dates it, else the latest issued by {@code citedYear} (none when every version is later), else the latest.
     *
     * @param text      the text from the law's type word on ("Luật Tổ chức Chính phủ ngày …")
     * @param year      the year the citation prints, if any
     * @param citedYear the year of the citing document, if known
     */
    Optional<Law> resolve(String text, @Nullable Integer year, @Nullable Integer citedYear) {
        String key = Slugs.of(text.length() > 200 ? text.substring(0, 200) : text);
        List<Law> named = laws.stream().filter(l -> key.equals(l.key()) || key.startsWith(l.key() + "-")).toList();
        int longest = named.stream().mapToInt(l -> l.key().length()).max().orElse(-1);
        List<Law> versions = named.stream().filter(l -> l.key().length() == longest)
                .sorted(Comparator.comparing(l -> l.number().year().orElse(0))).toList();
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        if (year != null) {
            return versions.stream().filter(l -> l.number().year().orElse(0).equals(year)).findFirst();
        }
        if (citedYear != null) {
            // A 2013 law naming "Luật Giáo dục đại học" means a version the table may not hold, never a later one.
            return versions.stream().filter(l -> l.number().year().orElse(0) <= citedYear).reduce((a, b) -> b);
        }
        return Optional.of(versions.getLast());
    }
}
