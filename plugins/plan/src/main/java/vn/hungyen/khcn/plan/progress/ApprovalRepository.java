package vn.hungyen.khcn.plan.progress;

import org.springframework.data.repository.Repository;

/** Approvals are only added. */
interface ApprovalRepository extends Repository<ReportApproval, Long> {

    ReportApproval save(ReportApproval approval);
}
