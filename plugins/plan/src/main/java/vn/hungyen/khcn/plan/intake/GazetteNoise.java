package vn.hungyen.khcn.plan.intake;

import java.util.regex.Pattern;

/**
 * What a printed page adds to a document's text that is not the document: the gazette's page header ("CÔNG BÁO/Số
 * 302/Ngày 02-06-2026"), page numbers, the digital-signature block ("Ký bởi:", "Cơ quan:", "Ngày ký:"), separator
 * rules. A PDF's text has them between any two lines, even mid-sentence and mid-table.
 */
final class GazetteNoise {

    private static final Pattern NOISE = Pattern.compile(
            "^(?:CÔNG\\s*BÁO\\s*/.*|\\d{1,4}|Trang\\s*\\d+.*|Ký\\s*bởi\\s*:.*|Cơ\\s*quan\\s*:\\s*(?:VĂN PHÒNG|CÔNG BÁO).*"
                    + "|Ngày\\s*ký\\s*:.*|Thời\\s*gian\\s*ký\\s*:.*|Email\\s*:.*|[_\\-=.…]{3,})$");

    private GazetteNoise() {
    }

    static boolean isNoise(String line) {
        return NOISE.matcher(line.strip()).matches();
    }

    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern PAGE_HEADER = Pattern.compile("^CÔNG\\s*BÁO\\s*/.*");

    /**
     * Whether line {@code i} is noise, judged with its neighbours: a bare number is a page number only next to the
     * gazette's page header; elsewhere it is a table row's number ("1", "2" each on its own line).
     */
    static boolean isNoise(java.util.List<String> lines, int i) {
        String line = lines.get(i).strip();
        if (!BARE_NUMBER.matcher(line).matches()) {
            return isNoise(line);
        }
        return i > 0 && PAGE_HEADER.matcher(lines.get(i - 1).strip()).matches()
                || i + 1 < lines.size() && PAGE_HEADER.matcher(lines.get(i + 1).strip()).matches();
    }
}
