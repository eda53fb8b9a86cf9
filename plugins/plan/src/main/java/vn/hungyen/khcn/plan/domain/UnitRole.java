package vn.hungyen.khcn.plan.domain;

/** The part a unit plays in an activity, as the appendix's columns (6), (7) and (8) name it. */
public enum UnitRole {
    /** Phòng/đơn vị chủ trì. */
    LEAD,
    /** Phòng/đơn vị thực hiện chính. */
    IMPLEMENTING,
    /** Cơ quan, phòng/đơn vị phối hợp. */
    COORDINATING
}
