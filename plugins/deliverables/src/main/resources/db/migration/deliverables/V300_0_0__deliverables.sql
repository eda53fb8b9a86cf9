-- The deliverables module's tables (versions 300.x belong to this module). H2 and MariaDB; see the placeholders
-- in the application's configuration.
CREATE TABLE deliverable_kind (
    code        VARCHAR(64)   NOT NULL PRIMARY KEY,
    name_vi     VARCHAR(200)  NOT NULL,
    name_en     VARCHAR(200)  NOT NULL,
    ordinal     INT           NOT NULL,
    origin      VARCHAR(16)   NOT NULL
);

CREATE TABLE deliverable (
    id                      BIGINT         NOT NULL PRIMARY KEY,
    kind_code               VARCHAR(64)    NOT NULL,
    status                  VARCHAR(16),
    handover_year           INT,
    responsible_unit        VARCHAR(500),
    receiving_organisation  VARCHAR(500),
    locality                VARCHAR(200),
    locality_level          VARCHAR(16),
    locality_rule           VARCHAR(1000),
    source_sentence         VARCHAR(4000),
    ordinal                 INT            NOT NULL,
    topics_by_editor        BOOLEAN        NOT NULL,
    CONSTRAINT fk_deliverable_item FOREIGN KEY (id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_deliverable_kind FOREIGN KEY (kind_code) REFERENCES deliverable_kind (code)
);

CREATE INDEX ix_deliverable_kind ON deliverable (kind_code);
CREATE INDEX ix_deliverable_locality ON deliverable (locality);

CREATE TABLE deliverable_topic (
    deliverable_id  BIGINT         NOT NULL,
    position        INT            NOT NULL,
    code            VARCHAR(16)    NOT NULL,
    rule_text       VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (deliverable_id, position),
    CONSTRAINT fk_deliverable_topic FOREIGN KEY (deliverable_id) REFERENCES deliverable (id) ON DELETE CASCADE
);

CREATE INDEX ix_deliverable_topic_code ON deliverable_topic (code);

CREATE TABLE deliverable_tag (
    deliverable_id  BIGINT        NOT NULL,
    position        INT           NOT NULL,
    tag             VARCHAR(200)  NOT NULL,
    PRIMARY KEY (deliverable_id, position),
    CONSTRAINT fk_deliverable_tag FOREIGN KEY (deliverable_id) REFERENCES deliverable (id) ON DELETE CASCADE
);

CREATE TABLE deliverable_alias (
    deliverable_id  BIGINT         NOT NULL,
    position        INT            NOT NULL,
    alias           VARCHAR(2000)  NOT NULL,
    PRIMARY KEY (deliverable_id, position),
    CONSTRAINT fk_deliverable_alias FOREIGN KEY (deliverable_id) REFERENCES deliverable (id) ON DELETE CASCADE
);
