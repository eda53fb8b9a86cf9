-- The plan module's tables (versions 100.x belong to this module). H2 and MariaDB; see the placeholders in
-- the application's configuration.
CREATE TABLE plan_document (
    id          BIGINT        NOT NULL PRIMARY KEY,
    number      VARCHAR(64)   NOT NULL,
    issued_on   DATE,
    place       VARCHAR(200),
    issuer      VARCHAR(500),
    signer      VARCHAR(500),
    CONSTRAINT fk_plan_document_item FOREIGN KEY (id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT uk_plan_document_number UNIQUE (number)
);

CREATE TABLE plan_section (
    id              BIGINT       NOT NULL PRIMARY KEY,
    plan_id         BIGINT       NOT NULL,
    path            VARCHAR(64)  NOT NULL,
    level           INT          NOT NULL,
    ordinal         INT          NOT NULL,
    solution_group  INT,
    CONSTRAINT fk_plan_section_item FOREIGN KEY (id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_section_plan FOREIGN KEY (plan_id) REFERENCES plan_document (id)
);

CREATE TABLE plan_group (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT        NOT NULL,
    numeral     VARCHAR(8)    NOT NULL,
    number      INT           NOT NULL,
    title       VARCHAR(2000) NOT NULL,
    CONSTRAINT fk_plan_group_plan FOREIGN KEY (plan_id) REFERENCES plan_document (id),
    CONSTRAINT uk_plan_group UNIQUE (plan_id, number)
);

CREATE TABLE plan_task (
    id           BIGINT       NOT NULL PRIMARY KEY,
    plan_id      BIGINT       NOT NULL,
    group_id     BIGINT       NOT NULL,
    code         VARCHAR(32)  NOT NULL,
    parent_code  VARCHAR(32),
    ordinal      INT          NOT NULL,
    target       ${longtext},
    source_line  INT          NOT NULL,
    CONSTRAINT fk_plan_task_item FOREIGN KEY (id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_task_plan FOREIGN KEY (plan_id) REFERENCES plan_document (id),
    CONSTRAINT fk_plan_task_group FOREIGN KEY (group_id) REFERENCES plan_group (id),
    CONSTRAINT uk_plan_task_code UNIQUE (plan_id, code)
);

CREATE TABLE plan_activity (
    id              BIGINT        NOT NULL PRIMARY KEY,
    task_id         BIGINT        NOT NULL,
    ordinal         INT           NOT NULL,
    requirement     ${longtext},
    target          ${longtext},
    timeframe_text  VARCHAR(1000),
    months          INT           NOT NULL,
    recurring       BOOLEAN       NOT NULL,
    externally_set  BOOLEAN       NOT NULL,
    note            VARCHAR(2000),
    source_line     INT           NOT NULL,
    CONSTRAINT fk_plan_activity_item FOREIGN KEY (id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_activity_task FOREIGN KEY (task_id) REFERENCES plan_task (id),
    CONSTRAINT uk_plan_activity UNIQUE (task_id, ordinal)
);

CREATE TABLE plan_organisation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug        VARCHAR(200) NOT NULL,
    name        VARCHAR(500) NOT NULL,
    short_name  VARCHAR(200),
    CONSTRAINT uk_plan_organisation_slug UNIQUE (slug)
);

CREATE TABLE plan_organisation_alias (
    organisation_id  BIGINT       NOT NULL,
    alias            VARCHAR(500) NOT NULL,
    CONSTRAINT fk_plan_organisation_alias FOREIGN KEY (organisation_id) REFERENCES plan_organisation (id) ON DELETE CASCADE
);

CREATE TABLE plan_activity_unit (
    activity_id      BIGINT       NOT NULL,
    position         INT          NOT NULL,
    organisation_id  BIGINT       NOT NULL,
    role             VARCHAR(16)  NOT NULL,
    PRIMARY KEY (activity_id, position),
    CONSTRAINT fk_plan_activity_unit_activity FOREIGN KEY (activity_id) REFERENCES plan_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_activity_unit_org FOREIGN KEY (organisation_id) REFERENCES plan_organisation (id)
);

CREATE INDEX ix_plan_activity_unit_org ON plan_activity_unit (organisation_id, role);

CREATE TABLE plan_activity_kpi (
    activity_id  BIGINT         NOT NULL,
    position     INT            NOT NULL,
    text         VARCHAR(1000)  NOT NULL,
    min_value    DECIMAL(19, 4),
    max_value    DECIMAL(19, 4),
    unit         VARCHAR(200),
    PRIMARY KEY (activity_id, position),
    CONSTRAINT fk_plan_activity_kpi_activity FOREIGN KEY (activity_id) REFERENCES plan_activity (id) ON DELETE CASCADE
);
