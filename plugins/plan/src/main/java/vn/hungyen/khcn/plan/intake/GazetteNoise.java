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
}
