package vn.hungyen.khcn.content.spi;

import java.util.Locale;

/** Lớp văn bản of a citation: what kind of paper the cited document is. */
public enum CitationClass {
    /** Văn bản quy phạm pháp luật and other legal acts: luật, nghị định, quyết định, thông tư, chỉ thị … */
    LEGAL,
    /** Văn bản của Đảng: nghị quyết, kết luận, quy định of the Party's committees (…-NQ/TW, …-KL/TW). */
    PARTY,
    /** Văn bản hành chính: tờ trình, báo cáo, công văn, thông báo, công điện, kế hoạch … */
    ADMINISTRATIVE;

    /** Short name for the API and the SPI: {@code legal}, {@code party}, {@code administrative}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
