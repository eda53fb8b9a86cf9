package vn.hungyen.khcn.content.spi;

import java.util.List;
import java.util.Objects;

/**
 * Đơn vị báo cáo: the units a reporter can be scoped to, published by the module that knows them (the plan module)
 * so that the accounts page offers them without importing that module. A portal without such a module has no bean;
 * a consumer takes an {@code ObjectProvider<ReportingUnits>}.
 */
public interface ReportingUnits {

    /** Every unit that can report, by name. */
    List<Unit> units();

    /**
     * One unit.
     *
     * @param slug the stable key stored with a reporter's account (granted as {@code Roles.unitAuthority(slug)})
     * @param name the unit's name as the plans print it
     */
    record Unit(String slug, String name) {

        public Unit {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(name, "name");
        }
    }
}
