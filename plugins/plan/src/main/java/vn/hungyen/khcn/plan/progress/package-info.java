/**
 * Theo dõi thực hiện kế hoạch: the plan followed through the year — units' reports per activity and period (append-only,
 * approved by editors, scoped to the reporter's units on the server), deadlines and due reports, flags on tasks whose
 * legal basis changed, the dashboard, the period report as DOCX/XLSX, and {@code /api/progress}.
 */
@NullMarked
package vn.hungyen.khcn.plan.progress;

import org.jspecify.annotations.NullMarked;
