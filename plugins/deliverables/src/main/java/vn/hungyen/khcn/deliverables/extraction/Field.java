package vn.hungyen.khcn.deliverables.extraction;

import org.jspecify.annotations.Nullable;

/**
 * Lĩnh vực KH&CN: one entry of the S&T field classification, a field (cấp 1, e.g. {@code 4} Khoa học nông
 * nghiệp) or a sector (cấp 2, e.g. {@code 405} Thủy sản).
 */
public record Field(String code, @Nullable String parentCode, String nameVi, String nameEn) {

    public boolean isTopLevel() {
        return parentCode == null;
    }

    public String name(boolean english) {
        return english ? nameEn : nameVi;
    }
}
