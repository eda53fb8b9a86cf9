-- Follow-up of the plan through the year (issue 17): the units' reports, their approvals and the editors' answers
-- to changes in a task's basis. Every table is append-only: a report is corrected by a new revision, never
-- overwritten; an approval or an answer is a row of its own.
CREATE TABLE plan_report (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    activity_id  BIGINT         NOT NULL,
    unit_id      BIGINT         NOT NULL,
    period       VARCHAR(16)    NOT NULL,
    revision     INT            NOT NULL,
    status       VARCHAR(16)    NOT NULL,
    result       VARCHAR(4000)  NOT NULL,
    note         VARCHAR(2000),
    reported_by  VARCHAR(100)   NOT NULL,
    reported_at  ${datetime}    NOT NULL,
    CONSTRAINT fk_plan_report_activity FOREIGN KEY (activity_id) REFERENCES plan_activity (id),
    CONSTRAINT fk_plan_report_unit FOREIGN KEY (unit_id) REFERENCES plan_organisation (id),
    CONSTRAINT uk_plan_report_revision UNIQUE (activity_id, unit_id, period, revision)
);

CREATE INDEX ix_plan_report_period ON plan_report (period);

CREATE TABLE plan_report_kpi (
    report_id  BIGINT         NOT NULL,
    position   INT            NOT NULL,
    reached    DECIMAL(19, 4),
    PRIMARY KEY (report_id, position),
    CONSTRAINT fk_plan_report_kpi_report FOREIGN KEY (report_id) REFERENCES plan_report (id)
);

CREATE TABLE plan_report_evidence (
    report_id    BIGINT        NOT NULL,
    position     INT           NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    media_type   VARCHAR(100)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    stored_path  VARCHAR(500)  NOT NULL,
    PRIMARY KEY (report_id, position),
    CONSTRAINT fk_plan_report_evidence_report FOREIGN KEY (report_id) REFERENCES plan_report (id)
);

CREATE TABLE plan_report_approval (
    report_id    BIGINT        NOT NULL PRIMARY KEY,
    approved_by  VARCHAR(100)  NOT NULL,
    approved_at  ${datetime}   NOT NULL,
    CONSTRAINT fk_plan_report_approval_report FOREIGN KEY (report_id) REFERENCES plan_report (id)
);

CREATE TABLE plan_basis_review (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id     BIGINT         NOT NULL,
    link_id     BIGINT         NOT NULL,
    decision    VARCHAR(16)    NOT NULL,
    note        VARCHAR(2000),
    decided_by  VARCHAR(100)   NOT NULL,
    decided_at  ${datetime}    NOT NULL,
    CONSTRAINT fk_plan_basis_review_task FOREIGN KEY (task_id) REFERENCES plan_task (id),
    CONSTRAINT uk_plan_basis_review UNIQUE (task_id, link_id)
);
