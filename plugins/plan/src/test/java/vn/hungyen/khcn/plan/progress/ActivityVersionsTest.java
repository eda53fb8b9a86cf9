package vn.hungyen.khcn.plan.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.plan.domain.Activity;
import vn.hungyen.khcn.plan.domain.Plan;
import vn.hungyen.khcn.plan.domain.PlanGroup;
import vn.hungyen.khcn.plan.domain.PlanTask;

/**
 * The version in force of an activity of Kế hoạch 21/KH-SKHCN (2022): 3.5 activity 1, "Điều tra, khảo sát đánh giá
 * thực trạng quản lý đo lường của các doanh nghiệp", Tháng 2 – Tháng 6, and how an adjusted deadline moves the months
 * that owe reports.
 */
class ActivityVersionsTest {

    @Test
    void the_signed_months_and_deadline_hold_while_no_adjustment_moves_them() {
        ActivityVersions.Version signed = version(null);
        assertThat(signed.months()).containsExactly(2, 3, 4, 5, 6);
        assertThat(signed.deadline()).contains(LocalDate.of(2022, 6, 30));
        assertThat(signed.cancelled()).isFalse();
        assertThat(new ActivityVersions(List.of()).current(signed.signed()).requirement())
                .isEqualTo("Điều tra, khảo sát đánh giá thực trạng quản lý đo lường của các doanh nghiệp");
    }

    @Test
    void a_later_deadline_stretches_the_months_and_an_earlier_one_cuts_them() {
        ActivityVersions.Version later = version(LocalDate.of(2022, 9, 30));
        assertThat(later.months()).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(later.deadline()).contains(LocalDate.of(2022, 9, 30));
        assertThat(version(LocalDate.of(2022, 4, 15)).months()).containsExactly(2, 3, 4);
        // A deadline moved into the next year runs to the end of the plan's year; one before it leaves no month.
        assertThat(version(LocalDate.of(2023, 3, 31)).months()).endsWith(12).hasSize(11);
        assertThat(version(LocalDate.of(2021, 12, 31)).months()).isEmpty();
    }

    private static ActivityVersions.Version version(@Nullable LocalDate adjustedDeadline) {
        Plan plan = new Plan("21/KH-SKHCN", "Kế hoạch công tác năm 2022 của Sở Khoa học và Công nghệ");
        plan.setIssuedOn(LocalDate.of(2022, 2, 14));
        PlanGroup group = new PlanGroup(plan, "III", 3, "Nhóm nhiệm vụ về tiêu chuẩn đo lường chất lượng");
        PlanTask task = new PlanTask(plan, group, "3.5", "Triển khai hiệu quả Đề án tăng cường đổi mới hoạt động đo lường",
                5);
        Activity activity = new Activity(task, 1, "Điều tra, khảo sát đánh giá thực trạng quản lý đo lường");
        activity.setRequirement("Điều tra, khảo sát đánh giá thực trạng quản lý đo lường của các doanh nghiệp");
        activity.setTimeframe("Tháng 2 – Tháng 6", List.of(2, 3, 4, 5, 6), false, false);
        return new ActivityVersions.Version(activity, ProgressReports.requirement(activity),
                ProgressReports.target(activity), List.of(), adjustedDeadline, null);
    }
}
