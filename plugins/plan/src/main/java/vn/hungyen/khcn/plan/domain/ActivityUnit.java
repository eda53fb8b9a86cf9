package vn.hungyen.khcn.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A unit in one of its roles for an activity. */
@Embeddable
public class ActivityUnit {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private UnitRole role;

    protected ActivityUnit() {
        this.organisation = null;
        this.role = UnitRole.LEAD;
    }

    public ActivityUnit(Organisation organisation, UnitRole role) {
        this.organisation = organisation;
        this.role = role;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public UnitRole getRole() {
        return role;
    }
}
