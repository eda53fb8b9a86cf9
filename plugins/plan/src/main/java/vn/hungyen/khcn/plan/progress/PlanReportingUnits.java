package vn.hungyen.khcn.plan.progress;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.spi.ReportingUnits;

/** The plan's units, offered to the accounts page as the units a reporter can be scoped to. */
@Component
class PlanReportingUnits implements ReportingUnits {

    private final ProgressRepository repository;

    PlanReportingUnits(ProgressRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Unit> units() {
        return repository.units().stream().map(o -> new Unit(o.getSlug(), o.getName())).toList();
    }
}
