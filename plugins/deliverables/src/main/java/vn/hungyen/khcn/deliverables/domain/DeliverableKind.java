package vn.hungyen.khcn.deliverables.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.hungyen.khcn.content.domain.Slugs;

/** Loại kết quả: a kind of deliverable (quy trình kỹ thuật, nhãn hiệu, …). Seeded from data; editors add more. */
@Entity
@Table(name = "deliverable_kind")
public class DeliverableKind {

    /** Where a kind comes from. */
    public enum Origin {
        /** The module's data file. */
        DATA,
        /** Added by an editor. */
        EDITOR
    }

    @Id
    @Column(name = "code", nullable = false, length = 64)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "ordinal", nullable = false)
    private int ordinal;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 16)
    private Origin origin;

    protected DeliverableKind() {
        this.code = "";
        this.nameVi = "";
        this.nameEn = "";
        this.origin = Origin.DATA;
    }

    public DeliverableKind(String code, String nameVi, String nameEn, int ordinal, Origin origin) {
        this.code = Slugs.requireValid(code);
        if (nameVi.isBlank() || nameEn.isBlank()) {
            throw new IllegalArgumentException("a kind needs a Vietnamese and an English name");
        }
        this.nameVi = nameVi.strip();
        this.nameEn = nameEn.strip();
        this.ordinal = ordinal;
        this.origin = origin;
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(boolean english) {
        return english ? nameEn : nameVi;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public Origin getOrigin() {
        return origin;
    }
}
