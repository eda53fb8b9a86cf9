-- Điều chỉnh kế hoạch (issue 17): an editor changes or cancels an activity during the year, with the reason and the
-- deciding document. Append-only: the signed plan_activity row never changes; each adjustment is a row holding the
-- whole new version (requirement, target, deadline) or the cancellation, and the newest one is in force.
CREATE TABLE plan_adjustment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    activity_id      BIGINT         NOT NULL,
    kind             VARCHAR(16)    NOT NULL,
    requirement      VARCHAR(4000),
    target           VARCHAR(4000),
    deadline         DATE,
    reason           VARCHAR(2000)  NOT NULL,
    decision_number  VARCHAR(100)   NOT NULL,
    decision_date    DATE           NOT NULL,
    decided_by       VARCHAR(100)   NOT NULL,
    decided_at       ${datetime}    NOT NULL,
    CONSTRAINT fk_plan_adjustment_activity FOREIGN KEY (activity_id) REFERENCES plan_activity (id)
);

CREATE INDEX ix_plan_adjustment_activity ON plan_adjustment (activity_id);

-- The KPIs read from the adjusted target, in the order reports give their values.
CREATE TABLE plan_adjustment_kpi (
    adjustment_id  BIGINT          NOT NULL,
    position       INT             NOT NULL,
    text           VARCHAR(1000)   NOT NULL,
    min_value      DECIMAL(19, 4),
    max_value      DECIMAL(19, 4),
    unit           VARCHAR(200),
    PRIMARY KEY (adjustment_id, position),
    CONSTRAINT fk_plan_adjustment_kpi FOREIGN KEY (adjustment_id) REFERENCES plan_adjustment (id)
);
